#!/usr/bin/env bash
# The tool against the converters a data engineer would reach for, on the same real ACLED rows: grows the rows of
# the largest export in ../shared/data/acled to each size (300,000 and 3,000,000 rows by default), then runs, RUNS
# times (3 by default), alternating, each round starting one command further on, with `sync` before each run:
#   sahel-events convert to a GeoJSON text sequence (.geojsonl) and to a FeatureCollection (.geojson), validated;
#   sahel-events validate, and convert to ACLED CSV;
#   DuckDB (read_csv, then COPY of Feature structs as JSON lines; every core, no checks);
#   ogr2ogr (GDAL) and geopandas over pyogrio to a FeatureCollection, at the first size only (they take minutes at
#   3,000,000 rows; PEERS_AT_EVERY_SIZE=1 runs them at every size).
# Prints, per size, a table of the median wall-clock time, the largest maximum resident set size and each time as a
# multiple of the tool's sequence conversion; checks that GDAL reads every feature the tool wrote. Peers that are
# not installed are left out (pip install duckdb geopandas pyogrio; Debian: gdal-bin).
# The tool runs through its launcher, cli/target/sahel-events, as users run it (TOOL="java -jar
# cli/target/sahel-events.jar" runs the jar instead).
# Usage: benchmarks/peers.sh [ROWS...]; RUNS=N for N runs; needs `mvn -DskipTests package`.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-3}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(300000 3000000)
acled="${SAHELEVENTS_SHARED:-../shared}/data/acled"
read -r -a tool <<< "${TOOL:-cli/target/sahel-events}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; $(java -version 2>&1 | head -1); $(date -u +%F)"
echo "tool: ${tool[*]}"

# Runs a command with its output thrown away; appends "seconds max-RSS-KB" to the file named first. Exit code 1 (rows
# rejected) is a result, not a failure.
measure() {
  local into="$1"
  shift
  local status=0
  sync
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > /dev/null 2> "$work/err" || status=$?
  if [ $status -gt 1 ]; then
    cat "$work/err" >&2
    exit 1
  fi
  tail -1 "$work/time" >> "$into"
}

median() {
  sort -n | awk '{ r[NR] = $1 } END { if (NR % 2) print r[(NR + 1) / 2]; else printf "%.2f", (r[NR / 2] + r[NR / 2 + 1]) / 2 }'
}

has_python_module() {
  python3 -c "import $1" 2> /dev/null
}

first=1
for rows in "${sizes[@]}"; do
  in="$work/in.csv"
  python3 benchmarks/grow-acled.py "$acled" "$rows" "$in"
  echo "input: $rows rows, $(du -h "$in" | cut -f1)"
  entries=("ours-sequence" "ours-collection" "ours-validate" "ours-csv")
  has_python_module duckdb && entries+=("duckdb")
  if [ $first -eq 1 ] || [ "${PEERS_AT_EVERY_SIZE:-0}" = 1 ]; then
    command -v ogr2ogr > /dev/null && entries+=("ogr2ogr")
    has_python_module pyogrio && has_python_module geopandas && entries+=("pyogrio")
  fi
  rm -f "$work"/*.times
  for run in $(seq "$runs"); do
    # Each round starts one command further on, so that no command always follows the same one: the one before it
    # leaves a large output just deleted and, for DuckDB and geopandas, much memory just given back.
    start=$(((run - 1) % ${#entries[@]}))
    for entry in "${entries[@]:start}" "${entries[@]:0:start}"; do
      rm -f "$work"/out.*
      case "$entry" in
        ours-sequence) measure "$work/$entry.times" "${tool[@]}" convert "$in" "$work/out.geojsonl" ;;
        ours-collection) measure "$work/$entry.times" "${tool[@]}" convert "$in" "$work/out.geojson" ;;
        ours-validate) measure "$work/$entry.times" "${tool[@]}" validate "$in" ;;
        ours-csv) measure "$work/$entry.times" "${tool[@]}" convert "$in" "$work/out.csv" ;;
        duckdb) measure "$work/$entry.times" python3 benchmarks/duckdb-geojson.py "$in" "$work/out.geojsonl" ;;
        ogr2ogr) measure "$work/$entry.times" ogr2ogr -f GeoJSON "$work/out.geojson" "$in" \
          -oo X_POSSIBLE_NAMES=longitude -oo Y_POSSIBLE_NAMES=latitude -oo KEEP_GEOM_COLUMNS=NO ;;
        pyogrio) measure "$work/$entry.times" python3 benchmarks/pyogrio-geojson.py "$in" "$work/out.geojson" ;;
      esac
    done
    echo "run $run of $runs done"
  done
  if command -v ogrinfo > /dev/null; then
    rm -f "$work"/out.*
    "${tool[@]}" convert "$in" "$work/out.geojson" 2> /dev/null || true
    features=$(ogrinfo -ro -so -al "$work/out.geojson" | awk -F': ' '/Feature Count/ {print $2}')
    echo "GDAL reads $features features of the tool's FeatureCollection ($rows rows)"
  fi
  ours=$(cut -d' ' -f1 "$work/ours-sequence.times" | median)
  echo
  echo "| $rows rows | median time | max RSS | time / ours (sequence) |"
  echo "|---|---|---|---|"
  for entry in "${entries[@]}"; do
    t=$(cut -d' ' -f1 "$work/$entry.times" | median)
    rss=$(cut -d' ' -f2 "$work/$entry.times" | sort -n | tail -1)
    awk -v e="$entry" -v t="$t" -v r="$rss" -v o="$ours" \
      'BEGIN { printf "| %s | %.2f s | %.0f MB | %.2f |\n", e, t, r / 1024, t / o }'
  done
  echo
  first=0
done
