#!/usr/bin/env bash
# What StatusKit costs per request on a real container: two identical embedded Jetty 12 (ee11) + Jersey
# servers on 127.0.0.1, one with StatusKit (servlet filter + Jakarta REST feature) and one without, loaded in
# turn by wrk (A/B/A/B after a warm-up of every request on both, and an unmeasured round A/B of the scenario's
# request just before it). Prints throughput ratios, p99 latencies and each server's own CPU time per request
# (from /proc, on Linux) for
#   (a) GET /api/items/1                         200 JSON, with / without StatusKit
#   (b) GET /no/such/page                        404: StatusKit problem+json / Jetty's default error page
#   (c) GET /no/such/page, Accept-Language: zh-CN 404 in Chinese with / without StatusKit
#
# Usage: benchmarks/http-overhead.sh          (from anywhere; builds benchmarks.jar if it is missing)
# Settings, as environment variables: DURATION (10s), WARMUP (10s), THREADS (2), CONNECTIONS (32),
# JAVA_OPTS (-Xms256m -Xmx256m), for both servers alike; ON (on): with ON=floor the first server runs no StatusKit and
# replays StatusKit's English 404, made once, from a plain servlet (OverheadServer's floor mode), so that (b) reads
# the most any change to StatusKit could reach against Jetty's page.
#
# Traffic goes to 127.0.0.1 only. Every step is bounded in time, and both servers are stopped on exit,
# however the script ends.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/benchmarks/target/benchmarks.jar"
DURATION="${DURATION:-10s}"
WARMUP="${WARMUP:-10s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
JAVA_OPTS="${JAVA_OPTS:--Xms256m -Xmx256m}"
ON="${ON:-on}"
case "$ON" in
  on | floor) ;;
  *) echo "ON must be on or floor, not: $ON" >&2; exit 2 ;;
esac
HOST=127.0.0.1

# --- wrk ------------------------------------------------------------------------------------------------
if ! command -v wrk >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "== installing wrk with apt-get"
    timeout 300 apt-get update -qq
    DEBIAN_FRONTEND=noninteractive timeout 300 apt-get install -y -qq wrk >/dev/null
  else
    echo "wrk is missing. Install it, then run this again:" >&2
    echo "  Debian/Ubuntu: sudo apt-get install wrk    macOS: brew install wrk    others: https://github.com/wg/wrk" >&2
    exit 1
  fi
fi

# --- the servers ----------------------------------------------------------------------------------------
if [ ! -f "$JAR" ]; then
  echo "== building $JAR"
  (cd "$ROOT" && timeout 600 ./mvnw -B -q -pl benchmarks -am package -DskipTests)
fi

WORK="$(mktemp -d)"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 1 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -9 "$pid" 2>/dev/null || true
  done
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# start NAME on|off: starts a server on a free port and sets URL_<NAME>
start() {
  local name="$1" mode="$2" log="$WORK/$1.log"
  : >"$log" # made here, not by the background job: the wait below may read it before that job opens it
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  java $JAVA_OPTS -cp "$JAR" dev.statuskit.benchmarks.OverheadServer --port 0 --statuskit "$mode" >"$log" 2>&1 &
  PIDS+=("$!")
  local url=""
  for _ in $(seq 1 600); do
    url="$(sed -n 's/^Listening on \(http:\/\/127\.0\.0\.1:[0-9]*\/\).*/\1/p' "$log" | head -n 1)"
    [ -n "$url" ] && break
    kill -0 "$!" 2>/dev/null || break
    sleep 0.1
  done
  if [ -z "$url" ]; then
    echo "The $name server did not start within 60 s:" >&2
    cat "$log" >&2
    exit 1
  fi
  printf -v "URL_$name" '%s' "$url"
  printf -v "PID_$name" '%s' "$!"
}

# The CPU time a process has used, user and system, in clock ticks; empty where /proc has no such file. Field 2
# of /proc/PID/stat is the command in parentheses, so the fields are counted from the last ")".
TICKS_PER_SECOND="$(getconf CLK_TCK 2>/dev/null || echo 100)"
cpu_ticks() {
  [ -r "/proc/$1/stat" ] || return 0
  sed 's/.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'
}

echo "== machine: $(nproc) cores; $(java -version 2>&1 | head -n 1); $(wrk --version 2>&1 | head -n 1 | cut -d' ' -f1-2)"
echo "== load before start: $(uptime)"
start on "$ON"
start off off
echo "== StatusKit $ON:  $URL_on"
echo "== StatusKit off: $URL_off"

PATH_200="api/items/1"
PATH_404="no/such/page"

# What each server answers, so that the comparison is known to compare what it says
if command -v curl >/dev/null 2>&1; then
  echo "== answers (status, Content-Type, body bytes)"
  for side in on off; do
    base="URL_$side"
    for request in "$PATH_200|" "$PATH_404|" "$PATH_404|zh-CN"; do
      path="${request%%|*}"
      language="${request#*|}"
      header=()
      [ -n "$language" ] && header=(-H "Accept-Language: $language")
      answer="$(curl -s --max-time 10 -o /dev/null "${header[@]}" -w '%{http_code} %{content_type} %{size_download}' "${!base}$path")"
      printf '   %-3s /%-14s %-22s %s\n' "$side" "$path" "${language:+Accept-Language: $language}" "$answer"
    done
  done
fi

# load URL DURATION PID [header]: one bounded wrk run against the server of that PID; prints
# "requests/s p99-ms socket-errors cpu-us-per-request" (the last is "-" without /proc)
load() {
  local url="$1" duration="$2" pid="$3"
  shift 3
  local out before after
  before="$(cpu_ticks "$pid")"
  out="$(timeout 120 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --latency "$@" "$url")"
  after="$(cpu_ticks "$pid")"
  echo "$out" >>"$WORK/wrk.log"
  echo "$out" | awk -v before="$before" -v after="$after" -v hz="$TICKS_PER_SECOND" '
    /^ +99%/ { v = $2; u = v; sub(/[a-z]+$/, "", v); sub(/^[0-9.]+/, "", u)
               p99 = (u == "us") ? v / 1000 : (u == "ms") ? v : (u == "s") ? v * 1000 : (u == "m") ? v * 60000 : v }
    /^Requests\/sec:/ { rps = $2 }
    / requests in / { requests = $1 }
    /Socket errors:/ { errors = $0; sub(/^ *Socket errors: */, "", errors); gsub(/ /, "", errors) }
    END {
      cpu = (before == "" || after == "" || requests == 0) ? "-" : sprintf("%.2f", (after - before) * 1e6 / hz / requests)
      printf "%.1f %.3f %s %s\n", rps, p99, (errors == "" ? "-" : errors), cpu
    }'
}

# scenario LABEL PATH [wrk header args]: A/B/A/B; prints the runs and the summary line
SUMMARY=()
scenario() {
  local label="$1" path="$2"
  shift 2
  echo
  echo "== ($label) /$path $* -- load now: $(uptime | sed 's/.*load average/load average/')"
  # Round 0, unmeasured: A then B for as long as a measured run, so that before every measured run, round 1's
  # too, each side has sat idle for exactly one run of the other. Without it, A sat idle through B's whole
  # warm-up (30 s) before round 1 of (a), and round 1 read 0.89 on average against 1.01 for round 2 over twelve
  # runs; a shorter settle run in the order B, A turned that round the other way (BENCHMARKS.md, section 5).
  load "${URL_on}$path" "$DURATION" "$PID_on" "$@" >/dev/null
  load "${URL_off}$path" "$DURATION" "$PID_off" "$@" >/dev/null
  local results=()
  for round in 1 2; do
    for side in on off; do
      local base="URL_$side" pid="PID_$side" result
      result="$(load "${!base}$path" "$DURATION" "${!pid}" "$@")"
      local shown="$side"
      [ "$side" = on ] && shown="$ON"
      printf '   round %s  statuskit %-5s  %10s req/s  p99 %8s ms  socket errors %s  server CPU %s us/request\n' "$round" "$shown" $result
      results+=("$side $result")
    done
    printf '   round %s  ratio %s\n' "$round" "$(printf '%s\n' "${results[@]: -2}" | awk '{ r[$1] = $2 } END { printf "%.3f", r["on"] / r["off"] }')"
  done
  local line
  line="$(printf '%s\n' "${results[@]}" | awk -v label="$label" '
    { rps[$1] += $2; p99[$1] += $3; n[$1]++; if ($5 == "-") nocpu = 1; else cpu[$1] += $5 }
    END {
      a = rps["on"] / n["on"]; b = rps["off"] / n["off"]
      cpuline = nocpu ? "" : sprintf("   server CPU on %.2f us/request, off %.2f, off/on %.3f",
                                     cpu["on"] / n["on"], cpu["off"] / n["off"], cpu["off"] / cpu["on"])
      printf "(%s) ratio %.3f   on %.0f req/s p99 %.2f ms   off %.0f req/s p99 %.2f ms%s\n",
             label, a / b, a, p99["on"] / n["on"], b, p99["off"] / n["off"], cpuline
    }')"
  echo "   $line"
  SUMMARY+=("$line")
}

# Warm-up: every request of every scenario on both servers, so that the JIT has compiled all paths
# before the first measured run
echo
echo "== warm-up: ${WARMUP} per request and server"
for side in on off; do
  base="URL_$side"
  pid="PID_$side"
  load "${!base}$PATH_200" "$WARMUP" "${!pid}" >/dev/null
  load "${!base}$PATH_404" "$WARMUP" "${!pid}" >/dev/null
  load "${!base}$PATH_404" "$WARMUP" "${!pid}" -H "Accept-Language: zh-CN" >/dev/null
done

scenario a "$PATH_200"
scenario b "$PATH_404"
scenario c "$PATH_404" -H "Accept-Language: zh-CN"

echo
echo "== summary: throughput ratio = StatusKit $ON / off (mean of 2 runs each; p99 = mean of the runs' p99)"
echo "   ${THREADS} threads, ${CONNECTIONS} connections, ${DURATION} a run, after ${WARMUP} of warm-up per request and side"
echo "   and an unmeasured round (on, then off) before each scenario's two"
echo "   server CPU: each server's user + system time during its runs (/proc/PID/stat) over the requests wrk completed;"
echo "   off/on > 1 means the server with StatusKit spent less CPU on a request. wrk shares the machine's cores with"
echo "   both servers, so this moves less with the load than throughput does"
echo "   (a) 200 JSON, with / without StatusKit"
echo "   (b) 404: StatusKit problem+json / the container's default 404 page"
echo "   (c) 404 with Accept-Language: zh-CN, with / without StatusKit"
printf '   %s\n' "${SUMMARY[@]}"
echo "== load after: $(uptime)"
