package org.sahelevents.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sahelevents.io.acled.AcledFormatException;
import org.sahelevents.io.geojson.GeoJsonException;

/**
 * How the examples' {@code main} methods start and end, so that each reads as its lesson: an input is checked before
 * it is read, bad input is reported in one line with a non-zero exit code (1 bad data, 2 wrong arguments, 3 a file
 * that cannot be read or written, as the tool's), never with a stack trace, and output goes only where told, by
 * default into a new folder under the system's temporary directory. Stateless and thread-safe.
 */
final class ExampleMain {
  /** An example's work, given where it prints; it returns its exit code. Implementations are for one run. */
  interface Body {
    int run(PrintStream out) throws IOException;
  }

  /** Arguments that do not fit the example's usage line. Immutable once thrown. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String usage) {
      super("usage: " + usage, null, false, false);
    }
  }

  private ExampleMain() {}

  /** Runs {@code body} and returns its exit code, or reports on {@code err} in one line why it could not finish. */
  static int run(Body body, PrintStream out, PrintStream err) {
    try {
      return body.run(out);
    } catch (UsageException e) {
      err.println(e.getMessage());
      return 2;
    } catch (AcledFormatException | GeoJsonException e) {
      err.println(e.getMessage());
      return 1;
    } catch (UncheckedIOException e) {
      err.println(describe(e.getCause()));
      return 3;
    } catch (IOException e) {
      err.println(describe(e));
      return 3;
    }
  }

  // The readers and writers name the file in the messages they wrap; the file system's own exceptions name it apart.
  private static String describe(IOException e) {
    if (e instanceof FileSystemException f) {
      String reason = f.getReason() != null ? f.getReason()
          : f instanceof java.nio.file.NoSuchFileException ? "no such file or folder" : "cannot be used";
      return f.getFile() + ": " + reason;
    }
    return e.getMessage();
  }

  /**
   * The file an example reads, checked first so that a mistake in its name is one clear line.
   *
   * @throws UncheckedIOException if it does not exist or is a folder
   */
  static Path input(String name) {
    Path file = Path.of(name);
    if (Files.isDirectory(file)) {
      throw new UncheckedIOException(new IOException(name + ": is a folder, not a file"));
    }
    if (!Files.isRegularFile(file)) {
      throw new UncheckedIOException(new IOException(name + ": no such file"));
    }
    return file;
  }

  /** A new folder under the system's temporary directory, for an example that was not told where to write. */
  static Path defaultFolder(String example) throws IOException {
    return Files.createTempDirectory("sahel-events-" + example + "-");
  }
}
