#!/usr/bin/env bash
# How big and how responsive a page of `sahel-events map` is: generates an ACLED file (100,000 rows by default),
# writes its map with the tool (timed), and opens it in headless Chromium, which reports how long the page takes to be
# ready, to filter and to redraw (benchmarks/map-page-timing.mjs). Usage: benchmarks/map-page.sh [ROWS]; needs
# `mvn -DskipTests package`, Debian's chromium and Node 20 or later.
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-100000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java -cp benchmarks/target/benchmarks.jar org.sahelevents.benchmarks.AcledFileGenerator "$rows" "$work/in.csv"
echo "input: $rows rows, $(du -h "$work/in.csv" | cut -f1); $(nproc) cores; $(java -version 2>&1 | head -1)"
start=$(date +%s.%N)
java -jar cli/target/sahel-events.jar map --max-incidents "$rows" "$work/in.csv" "$work/page.html" 2>&1 | tail -1
end=$(date +%s.%N)
echo "sahel-events map: $(awk "BEGIN { printf \"%.1f\", $end - $start }") s, page $(du -h "$work/page.html" | cut -f1)"
flag=""
if [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 22 ]; then
  flag="--experimental-websocket"
fi
node $flag benchmarks/map-page-timing.mjs "$work/page.html"
