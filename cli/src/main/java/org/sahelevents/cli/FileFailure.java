package org.sahelevents.cli;

import java.io.IOException;

/**
 * A file, folder or standard stream that cannot be read or written, already said for a person (the path the user
 * gave, never a hidden partial file, and the reason). It is an {@link IOException} so that it passes through the
 * streams and writers that carry data, however they wrap it; {@link Failures} finds it in the chain of causes and
 * exits with {@link ExitCode#IO}. Immutable once thrown.
 */
final class FileFailure extends IOException {
  private static final long serialVersionUID = 1L;

  FileFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
