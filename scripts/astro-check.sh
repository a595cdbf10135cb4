#!/bin/sh
# Runs `astro check` (type errors in .astro files as well as .ts/.tsx). @astrojs/check drives
# TypeScript's JavaScript API, which TypeScript 7, the project's own compiler, no longer ships:
# so it runs from a folder of its own with TypeScript 6, pinned by scripts/astro-check/package-lock.json
# and installed there on first use.
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
dir="$root/scripts/astro-check"
if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
  echo "astro-check: installing @astrojs/check and TypeScript 6 into scripts/astro-check/" >&2
  (cd "$dir" && npm install --no-audit --no-fund --loglevel=error >&2)
fi
exec "$dir/node_modules/.bin/astro-check" --root "$root" --minimumFailingSeverity warning "$@"
