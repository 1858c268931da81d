package org.sahelevents.cli;

/**
 * What one command read from one input: rows (or features, incidents, catalogs) read, accepted and rejected, and the
 * problems found: errors (which reject what holds them) and warnings (which do not). The summary line and the exit
 * code are derived from it. Immutable and thread-safe.
 *
 * @param unit what was counted: {@code rows}, {@code features}, {@code incidents} or {@code catalogs}
 * @param errors problems that rejected a row, when counted (by {@code validate}), else 0
 */
record Counts(String unit, long read, long accepted, long rejected, long errors, long warnings) {
  /** Counts without the errors, which only {@code validate} lists. */
  Counts(String unit, long read, long accepted, long rejected, long warnings) {
    this(unit, read, accepted, rejected, 0, warnings);
  }

  /** {@code IN: 12 rows read, 11 accepted, 1 rejected}, with the warnings when there were any. */
  String summary(String input) {
    return String.format("%s: %d %s read, %d accepted, %d rejected%s", input, read, unit, accepted, rejected,
        warnings == 0 ? "" : ", " + count(warnings, "warning"));
  }

  /** {@code IN: 12 rows read, 11 accepted, 1 rejected; 2 errors, 1 warning}, the problems when there were any. */
  String validationSummary(String input) {
    return String.format("%s: %d %s read, %d accepted, %d rejected%s", input, read, unit, accepted, rejected,
        errors == 0 && warnings == 0 ? "" : "; " + count(errors, "error") + ", " + count(warnings, "warning"));
  }

  private static String count(long n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }

  /** {@link ExitCode#OK} when nothing was rejected, else {@link ExitCode#BAD_DATA}. */
  int exitCode() {
    return rejected == 0 ? ExitCode.OK : ExitCode.BAD_DATA;
  }

  /**
   * As {@link #exitCode()}, and {@link ExitCode#BAD_DATA} for an error that rejected no row (a GeoJSON document that
   * ends early), and for warnings too when {@code strict}.
   */
  int exitCode(boolean strict) {
    return errors > 0 || strict && warnings > 0 ? ExitCode.BAD_DATA : exitCode();
  }

  /** The sum of two inputs' counts, counted in rows. */
  Counts plus(Counts other) {
    return new Counts("rows", read + other.read, accepted + other.accepted, rejected + other.rejected,
        errors + other.errors, warnings + other.warnings);
  }
}
