package org.sahelevents.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Writes a command's output file so that it appears only when complete: the data goes to a hidden file beside it,
 * moved into place atomically at the end, and removed if anything fails. An existing file is replaced only when the
 * user said {@code --force}. {@code -} is standard output.
 */
final class Output {
  /** What writes the data and says what it wrote; it may close the stream it is given. */
  interface Body<T> {
    T write(OutputStream out) throws IOException;
  }

  private Output() {}

  /**
   * Refuses, before any work, to replace an existing file without {@code --force}.
   *
   * @throws ParameterException if {@code out} exists and {@code force} is false
   */
  static void checkReplaceable(String out, boolean force, CommandLine commandLine) {
    if (!force && !out.equals("-") && Files.exists(Path.of(out))) {
      throw new ParameterException(commandLine, out + " exists; add --force to replace it");
    }
  }

  /** The hidden file beside {@code target} that its data goes to until it is complete. */
  static Path partial(Path target) {
    return target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
        + System.nanoTime() + ".partial");
  }

  /**
   * Moves a complete {@code partial} file into place.
   *
   * @throws FileAlreadyExistsException if the target appeared meanwhile and {@code force} is false
   */
  static void complete(Path partial, Path target, boolean force) throws IOException {
    if (!force && Files.exists(target)) {
      throw new FileAlreadyExistsException(target + " appeared while writing; not replaced without --force");
    }
    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Writes {@code out} with {@code body} and returns what the body returned. */
  static <T> T write(String out, boolean force, OutputStream stdout, Body<T> body) throws IOException {
    if (out.equals("-")) {
      // Standard output stays open for whoever runs the tool; closing the writer only flushes it.
      return body.write(new FilterOutputStream(stdout) {
        @Override
        public void close() throws IOException {
          flush();
        }
      });
    }
    // Beside the output, so that the final move is atomic; created like any new file, so it gets the usual
    // permissions (a temporary file's owner-only ones would stay with the output).
    Path target = Path.of(out).toAbsolutePath();
    Path temp = partial(target);
    try {
      T result;
      try (OutputStream stream = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE)) {
        result = body.write(stream);
      }
      complete(temp, target, force);
      return result;
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
