package org.sahelevents.cli;

/** The tool's exit codes, documented in the README. */
final class ExitCode {
  /** Everything was read and written; every row was valid. */
  static final int OK = 0;
  /** Bad data: rows were rejected, or an input is not ACLED data at all. */
  static final int BAD_DATA = 1;
  /** The command line is wrong. */
  static final int USAGE = 2;
  /** A file could not be read or written. */
  static final int IO = 3;
  /** A defect in the tool itself; {@code --debug} shows the stack trace. */
  static final int INTERNAL = 4;

  private ExitCode() {}
}
