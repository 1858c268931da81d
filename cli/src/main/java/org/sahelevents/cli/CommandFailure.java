package org.sahelevents.cli;

/**
 * What stops a command, already said for a person: the one line to print and the exit code. Thrown where the tool
 * knows best what went wrong (which file, which folder, what to do), printed by {@link Failures}. Immutable once
 * thrown.
 */
final class CommandFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  CommandFailure(int exitCode, String message) {
    super(message, null, false, false);
    this.exitCode = exitCode;
  }

  /** One of {@link ExitCode}'s codes. */
  int exitCode() {
    return exitCode;
  }
}
