#!/usr/bin/env bash
# The render goals of issue 14 as paired ratios. Each StatusKit benchmark of RenderBenchmark runs in one JMH run
# with what it is compared to (Spring on Jackson 3, or StatusKit's JSON render for the other formats), so the two
# sides are measured seconds apart, not minutes; that is repeated ROUNDS times, and the mean of the rounds' ratios
# is the result. On a machine whose speed drifts, one long run of all benchmarks compares a side measured early
# with one measured late; pairing takes that drift out of the ratio.
#
# Usage: benchmarks/render-ratios.sh          (from anywhere; builds benchmarks.jar if it is missing)
# Settings, as environment variables: ROUNDS (3), LANGUAGES (zh-CN,en), JMH_OPTS (-f 1 -wi 3 -w 1 -i 5 -r 1).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/benchmarks/target/benchmarks.jar"
ROUNDS="${ROUNDS:-3}"
LANGUAGES="${LANGUAGES:-zh-CN,en}"
JMH_OPTS="${JMH_OPTS:--f 1 -wi 3 -w 1 -i 5 -r 1}"

if [ ! -f "$JAR" ]; then
  echo "== building $JAR"
  (cd "$ROOT" && timeout 600 ./mvnw -B -q -pl benchmarks -am package -DskipTests)
fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# Each group is one JMH run: its first benchmark is the reference, the others are each compared with it. Against
# Spring the ratio is Spring's time / StatusKit's (goal: >= 5 for JSON, >= 3 for the richer problems); against
# StatusKit's JSON it is the format's time / the JSON's (goal: <= 2 for XML, HTML and text). The last group renders
# both formats to a stream, as an answer sends its body (ErrorAnswer.writeBody): there the parts an HTML page shares
# with every other page are written as they are, not first copied into an array of the whole page.
GROUPS_=(
  "spring statuskit statuskitToStream"
  "spring500 statuskit500 statuskit500ToStream"
  "springOutOfCredit statuskitOutOfCredit statuskitOutOfCreditToStream"
  "springValidation statuskitValidation statuskitValidationToStream"
  "statuskit statuskitXml statuskitHtml statuskitText htmlPageCopy"
  "statuskitToStream statuskitHtmlToStream"
)

echo "== machine: $(nproc) cores; $(java -version 2>&1 | head -n 1)"
echo "== $ROUNDS rounds; JMH $JMH_OPTS -prof gc; languages $LANGUAGES"
echo "== load before start: $(uptime)"

RESULTS="$WORK/results.txt" # round group benchmark language ns/op B/op
: >"$RESULTS"
for round in $(seq 1 "$ROUNDS"); do
  for g in "${!GROUPS_[@]}"; do
    read -r -a names <<<"${GROUPS_[$g]}"
    regex="RenderBenchmark\\.($(IFS='|'; echo "${names[*]}"))\$"
    csv="$WORK/r$round-g$g.csv"
    # shellcheck disable=SC2086 # JMH_OPTS is a list of options
    timeout 900 java -jar "$JAR" "$regex" $JMH_OPTS -p language="$LANGUAGES" -prof gc -rf csv -rff "$csv" >"$WORK/r$round-g$g.log" 2>&1 || {
      echo "JMH failed for $regex:" >&2
      tail -n 30 "$WORK/r$round-g$g.log" >&2
      exit 1
    }
    # "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit","Param: language"
    awk -F, -v round="$round" -v group="$g" '
      NR > 1 {
        gsub(/["\r]/, "")
        name = $1; sub(/^.*RenderBenchmark\./, "", name)
        if (name ~ /:gc\.alloc\.rate\.norm$/) { sub(/:.*/, "", name); bytes[name "," $8] = $5 }
        else if (name !~ /:/) { time[name "," $8] = $5 }
      }
      END { for (k in time) { split(k, p, ","); printf "%s %s %s %s %.1f %.0f\n", round, group, p[1], p[2], time[k], bytes[k] } }
    ' "$csv" >>"$RESULTS"
    printf '   round %s  %-70s load %s\n' "$round" "$regex" "$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo '?')"
  done
done

echo
echo "== ratios per round, and their mean: Spring / StatusKit, or a format / StatusKit's JSON"
for g in "${!GROUPS_[@]}"; do
  read -r -a names <<<"${GROUPS_[$g]}"
  reference="${names[0]}"
  for other in "${names[@]:1}"; do
    for language in ${LANGUAGES//,/ }; do
      awk -v group="$g" -v ref="$reference" -v other="$other" -v lang="$language" -v invert="$(case "$reference" in statuskit*) echo 1 ;; *) echo 0 ;; esac)" '
        $2 == group && $4 == lang && $3 == ref { r[$1] = $5 }
        $2 == group && $4 == lang && $3 == other { o[$1] = $5; ob = $6 }
        END {
          line = ""; sum = 0; n = 0; rs = 0; os = 0
          for (i = 1; i in r; i++) { ratio = invert ? o[i] / r[i] : r[i] / o[i]; line = line sprintf(" %6.2f", ratio); sum += ratio; rs += r[i]; os += o[i]; n++ }
          printf "   %-22s %-5s  %8.1f ns  %5d B   vs %-20s %8.1f ns   rounds:%s   mean %.2f\n",
                 other, lang, os / n, ob, ref, rs / n, line, sum / n
        }' "$RESULTS"
    done
  done
done
echo "== load after: $(uptime)"
