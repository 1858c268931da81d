#!/usr/bin/env bash
# The Spark jobs against the single-machine tool on the same rows: grows the real ACLED exports' rows to ROWS (new
# event ids, every other cell as ACLED wrote it), then times the tool's `convert` and `corridor` on one file and
# ConvertJob and CorridorJob on that file and on the same rows split into FILES files (Spark reads a file whole, in
# one task), at 1 and 2 cores. Prints seconds and rows per second for each.
# Usage: benchmarks/spark-scale.sh [ROWS [FILES]] (default 3000000 rows, 8 files); needs `mvn -DskipTests package`
# and the real exports in ../shared/data/acled. The generated files stay in a temporary folder, deleted at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-3000000}"
parts="${2:-8}"
acled="${SAHELEVENTS_SHARED:-../shared}/data/acled"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/split"
python3 - "$acled" "$rows" "$parts" "$work" <<'PY'
import csv, glob, sys
acled, rows, parts, work = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
# The rows of the exports in the current and 2019 layouts, read as CSV; one layout per generated file.
source = max(glob.glob(acled + "/*.csv"), key=lambda f: sum(1 for _ in open(f, encoding="utf-8")))
with open(source, encoding="utf-8", newline="") as f:
    reader = csv.reader(f)
    header = next(reader)
    body = [r for r in reader if r and not r[0].startswith("#")]
key = [h.lower() for h in header].index("event_id_cnty")
one = open(work + "/all.csv", "w", encoding="utf-8", newline="")
split = [open("%s/split/part-%02d.csv" % (work, i), "w", encoding="utf-8", newline="") for i in range(parts)]
writers = [csv.writer(one, lineterminator="\n")] + [csv.writer(s, lineterminator="\n") for s in split]
for w in writers:
    w.writerow(header)
for n in range(rows):
    row = list(body[n % len(body)])
    row[key] = "%s-%d" % (row[key], n // len(body))
    writers[0].writerow(row)
    writers[1 + n * parts // rows].writerow(row)
for f in [one] + split:
    f.close()
print("source rows from %s (%d rows), %d rows generated" % (source.split("/")[-1], len(body), rows))
PY
echo "input: $(du -h "$work/all.csv" | cut -f1), $rows rows; split into $parts files"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, $(java -version 2>&1 | head -1), $(date -u +%F)"

timed() {  # label, rows, command...
  local label="$1" n="$2"
  shift 2
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>"$work/last.err" || { [ $? -eq 1 ] || { cat "$work/last.err" >&2; exit 1; }; }
  end=$(date +%s.%N)
  awk -v l="$label" -v s="$start" -v e="$end" -v n="$n" 'BEGIN {printf "%-48s %7.1f s %9.0f rows/s\n", l, e - s, n / (e - s)}'
}

timed "tool convert (1 file, 1 thread)" "$rows" \
  java -jar cli/target/sahel-events.jar convert --lenient "$work/all.csv" "$work/tool.geojsons"
timed "tool corridor RN6 10 km (1 file, 1 thread)" "$rows" \
  java -jar cli/target/sahel-events.jar corridor --route RN6 --half-width-km 10 "$work/all.csv" "$work/tool-rn6.geojsons"
for cores in 1 2; do
  for input in one split; do
    if [ "$input" = one ]; then files=("$work/all.csv"); else files=("$work"/split/*.csv); fi
    rm -rf "$work/out"
    SPARK_CORES=$cores SPARK_MEMORY=4g timed "ConvertJob local[$cores] ($input: ${#files[@]} files)" "$rows" \
      spark/bin/run-local ConvertJob "${files[@]}" "$work/out"
    rm -rf "$work/out"
    SPARK_CORES=$cores SPARK_MEMORY=4g timed "CorridorJob RN6 10 km local[$cores] ($input: ${#files[@]} files)" "$rows" \
      spark/bin/run-local CorridorJob --route RN6 --half-width-km 10 "${files[@]}" "$work/out"
  done
done
