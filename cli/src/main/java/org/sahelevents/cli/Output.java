package org.sahelevents.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a command's output file so that it appears only when complete: the data goes to a hidden file beside it,
 * moved into place atomically at the end, and removed if anything fails. {@code -} is standard output.
 */
final class Output {
  /** What writes the data; it may close the stream it is given. */
  interface Body {
    void write(OutputStream out) throws IOException;
  }

  private Output() {}

  static void write(String out, OutputStream stdout, Body body) throws IOException {
    if (out.equals("-")) {
      // Standard output stays open for whoever runs the tool; closing the writer only flushes it.
      body.write(new FilterOutputStream(stdout) {
        @Override
        public void close() throws IOException {
          flush();
        }
      });
      return;
    }
    // Beside the output, so that the final move is atomic; created like any new file, so it gets the usual
    // permissions (a temporary file's owner-only ones would stay with the output).
    Path target = Path.of(out).toAbsolutePath();
    Path temp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
        + System.nanoTime() + ".partial");
    try {
      try (OutputStream stream = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE)) {
        body.write(stream);
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
