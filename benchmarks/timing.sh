# Shared by the comparison scripts (sourced, not run): the generated input and a wall-clock timer.
# Usage: source benchmarks/timing.sh; generate_input ROWS FILE; seconds COMMAND...

# Writes the deterministic ACLED-like input and says what it is and where it runs.
generate_input() {
  java -cp benchmarks/target/benchmarks.jar org.sahelevents.benchmarks.AcledFileGenerator "$1" "$2"
  echo "input: $1 rows, $(du -h "$2" | cut -f1); $(nproc) cores; $(java -version 2>&1 | head -1)"
}

# Runs a command and prints its wall-clock seconds; dirty pages are written out first, so that no run pays for
# writing out the file of the run before it.
seconds() {
  local start end
  sync
  start=$(date +%s.%N)
  "$@" > /dev/null 2>&1
  end=$(date +%s.%N)
  awk "BEGIN { printf \"%.2f\", $end - $start }"
}
