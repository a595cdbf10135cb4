#!/bin/sh
# Runs "$@" with Node >= 22.12 on PATH and the project's dependencies installed.
# Astro 7 and vitest 5 need Node 22.12+, while our machines ship Node 20: the npm
# registry serves Node itself, so a fresh clone needs nothing but Node 20 and npm.
# A machine that already has Node 22.12+ uses its own and downloads nothing.
set -e
root=$(cd "$(dirname "$0")/.." && pwd)

node_ok() {
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)' 2>/dev/null
}

if ! node_ok; then
  tools="$root/.tools/node22"
  if [ ! -x "$tools/node_modules/.bin/node" ]; then
    echo "with-node: Node $(node --version 2>/dev/null || echo none) is too old; installing node@22 from the npm registry into .tools/" >&2
    mkdir -p "$tools"
    npm install --prefix "$tools" --no-audit --no-fund --loglevel=error node@22 >&2
  fi
  PATH="$tools/node_modules/.bin:$PATH"
  export PATH
  node_ok || { echo "with-node: could not provide Node >= 22.12" >&2; exit 1; }
fi

# Install (or refresh) dependencies when node_modules is missing or older than the lock file.
# `npm install` rather than `npm ci`: npm 11 leaves other platforms' optional binaries
# (esbuild, Astro's compiler, Pagefind) out of the lock file and `npm ci` then refuses it;
# with a lock file present, `npm install` still installs exactly the locked versions.
if [ ! -f "$root/node_modules/.package-lock.json" ] || [ "$root/package-lock.json" -nt "$root/node_modules/.package-lock.json" ]; then
  echo "with-node: installing dependencies (npm install from package-lock.json)" >&2
  (cd "$root" && npm install --no-audit --no-fund --loglevel=error >&2)
fi

exec "$@"
