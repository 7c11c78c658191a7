#!/usr/bin/env bash
# A bounded load run against the demo's 404 path on loopback: wrk for 30 s (by default), rotating
# Accept-Language over the 12 locales; fails if any answer is not a 404 or a socket error occurred.
#   it-tests/load/wrk-404.sh [seconds] [connections] [threads]
# Builds the demo jar if it is missing (through the reactor, never mvn install), starts it on a free
# loopback port, reads the port from its first line, runs wrk, and stops the demo.
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION="${1:-30}"
CONNECTIONS="${2:-32}"
THREADS="${3:-2}"
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }

JAR=demo/target/statuskit-demo.jar
if [ ! -f "$JAR" ]; then
  mvn -B -q -pl demo -am package -DskipTests
fi

OUT=$(mktemp)
java -jar "$JAR" --port 0 >"$OUT" 2>&1 &
DEMO=$!
cleanup() {
  rc=$?
  kill "$DEMO" 2>/dev/null || true
  wait "$DEMO" 2>/dev/null || true
  rm -f "$OUT"
  exit "$rc"
}
trap cleanup EXIT
for _ in $(seq 1 100); do
  if grep -q '^Listening on http://127.0.0.1:' "$OUT"; then break; fi
  kill -0 "$DEMO" 2>/dev/null || { cat "$OUT" >&2; exit 1; }
  sleep 0.2
done
BASE=$(sed -n 's#^Listening on \(http://127\.0\.0\.1:[0-9]*/\)$#\1#p' "$OUT" | head -n 1)
[ -n "$BASE" ] || { echo "the demo printed no port" >&2; cat "$OUT" >&2; exit 1; }
URL="${BASE}api/items/9"

echo "== wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s $URL (java $(java -version 2>&1 | head -n 1 | cut -d'"' -f2), $(nproc) cores)"
RESULT=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s it-tests/load/rotate-locales.lua "$URL")
echo "$RESULT"
echo "$RESULT" | grep -q '^non-404 answers: 0$' || { echo "FAILED: answers other than 404" >&2; exit 1; }
echo "$RESULT" | grep -q '^socket errors: connect 0, read 0, write 0, timeout 0$' || { echo "FAILED: socket errors" >&2; exit 1; }
echo "== no unexpected status"
