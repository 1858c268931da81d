#!/usr/bin/env bash
# Proves constant memory: generates an ACLED-like CSV of about 1 GB and converts it with the CLI under a 64 MB heap,
# to ACLED CSV and to the model's JSON, then checks that every row came through.
# Usage: benchmarks/constant-memory.sh [ROWS] (default 1600000 rows, about 1.07 GB); needs `mvn -DskipTests package`.
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-1600000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java -cp benchmarks/target/benchmarks.jar org.sahelevents.benchmarks.AcledFileGenerator "$rows" "$work/in.csv"
echo "input: $(du -h "$work/in.csv" | cut -f1), $rows rows"
for out in out.csv out.json; do
  start=$(date +%s)
  java -Xmx64m -jar cli/target/sahel-events.jar convert "$work/in.csv" "$work/$out"
  echo "$out under -Xmx64m: $(( $(date +%s) - start )) s, $(du -h "$work/$out" | cut -f1)"
done
lines=$(( $(wc -l < "$work/out.csv") - 1 ))
events=$(grep -c '"incidents"' "$work/out.json")
if [ "$lines" -ne "$rows" ] || [ "$events" -ne "$rows" ]; then
  echo "FAILED: expected $rows rows, got $lines CSV rows and $events JSON events" >&2
  exit 1
fi
echo "OK: $rows rows in, $lines CSV rows and $events JSON events out, with a 64 MB heap"
