package org.sahelevents.cli;

/**
 * What one command read from one input: rows (or features) read, accepted and rejected, and problems that were only
 * warnings. The summary line and the exit code are derived from it. Immutable.
 *
 * @param unit what was counted: {@code rows} or {@code features}
 */
record Counts(String unit, long read, long accepted, long rejected, long warnings) {
  /** {@code IN: 12 rows read, 11 accepted, 1 rejected}, with the warnings when there were any. */
  String summary(String input) {
    return String.format("%s: %d %s read, %d accepted, %d rejected%s", input, read, unit, accepted, rejected,
        warnings == 0 ? "" : ", " + warnings + " warning" + (warnings == 1 ? "" : "s"));
  }

  /** {@link ExitCode#OK} when nothing was rejected, else {@link ExitCode#BAD_DATA}. */
  int exitCode() {
    return rejected == 0 ? ExitCode.OK : ExitCode.BAD_DATA;
  }

  /** The sum of two inputs' counts, counted in rows. */
  Counts plus(Counts other) {
    return new Counts("rows", read + other.read, accepted + other.accepted, rejected + other.rejected,
        warnings + other.warnings);
  }
}
