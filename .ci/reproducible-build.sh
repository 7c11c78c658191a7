#!/usr/bin/env bash
# Builds one commit twice, each in a fresh clone, and compares every jar byte for byte.
#   .ci/reproducible-build.sh [COMMIT]      (default: HEAD)
# Exit 0 when every jar is identical; 1 with the differing jars listed otherwise.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
commit="$(git -C "$repo" rev-parse "${1:-HEAD}")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for side in a b; do
  git clone -q --no-checkout "$repo" "$work/$side"
  git -C "$work/$side" checkout -q "$commit"
  # Different paths and a different clock for each build: neither may leak into a jar.
  (cd "$work/$side" && ./mvnw -B -q -Prelease package -DskipTests -Dmaven.build.timestamp.format=yyyyMMddHHmmssSSS)
done

cd "$work/a"
jars=$(find . -path '*/target/*.jar' | sort)
[ -n "$jars" ] || { echo "no jars were built" >&2; exit 1; }
same=0; differ=0
for jar in $jars; do
  if cmp -s "$jar" "$work/b/$jar"; then
    same=$((same + 1))
  else
    differ=$((differ + 1)); echo "DIFFERS: ${jar#./}"
  fi
done
echo "reproducible build of ${commit:0:12}: $same identical, $differ different jars"
[ "$differ" -eq 0 ]
