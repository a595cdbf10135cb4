#!/bin/sh
# `npm start`: builds, then serves. The per-route build log (about 230 lines) goes to build.log
# so that the address to open is the last thing printed; VERBOSE=1 npm start shows the log.
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
if [ "${VERBOSE:-}" = 1 ]; then
  npm run build
else
  echo "Building the site and its search index (log in build.log; VERBOSE=1 npm start shows it) ..."
  if ! npm run build >build.log 2>&1; then
    tail -n 40 build.log >&2
    echo "The build failed; the whole log is in build.log." >&2
    exit 1
  fi
fi
port=${PORT:-4321}
url="http://127.0.0.1:$port/"
# The server's own lines go to preview.log, so that the address below stays the last line.
npx astro preview --host 127.0.0.1 --port "$port" >preview.log 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null' INT TERM EXIT
tries=0
until node -e "fetch('$url').then(() => process.exit(0), () => process.exit(1))" 2>/dev/null; do
  if ! kill -0 "$pid" 2>/dev/null || [ "$tries" -ge 60 ]; then
    cat preview.log >&2
    echo "The server did not start (is port $port taken? PORT=4322 npm start picks another)." >&2
    exit 1
  fi
  tries=$((tries + 1))
  sleep 0.5
done
echo
echo "    The site is ready: open $url  (Ctrl+C stops the server)"
wait "$pid"
