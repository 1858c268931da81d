package org.sahelevents.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import org.sahelevents.io.acled.AcledFormatException;
import org.sahelevents.io.geojson.GeoJsonException;
import org.sahelevents.io.geoparquet.GeoParquetException;
import org.sahelevents.io.ucdp.UcdpFormatException;

/**
 * The one owner of what the tool says when a command cannot go on: bad data, a file that cannot be read or written,
 * or a defect of the tool. Each expected failure becomes one line (which file, where in it or which folder, what to
 * do) and an exit code, never an exception's class name or stack trace. Stateless and thread-safe.
 */
final class Failures {
  /** The line to print and the exit code. */
  record Report(String message, int exitCode) {}

  private Failures() {}

  /**
   * What to say about {@code e} and the exit code, or empty when it is not an expected failure but a defect (which
   * the caller reports as an internal error).
   */
  static Optional<Report> describe(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CommandFailure f) {
        return Optional.of(new Report(f.getMessage(), f.exitCode()));
      }
      if (t instanceof FileFailure f) {
        return Optional.of(new Report(f.getMessage(), ExitCode.IO));
      }
      if (t instanceof AcledFormatException || t instanceof UcdpFormatException || t instanceof GeoJsonException
          || t instanceof GeoParquetException) {
        return Optional.of(new Report(t.getMessage(), ExitCode.BAD_DATA));
      }
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      // A reader names its input in the message it wraps an I/O failure in; the bare wrapper only repeats the cause.
      if (t instanceof UncheckedIOException u && u.getMessage() != null
          && !u.getMessage().equals(String.valueOf(u.getCause()))) {
        return Optional.of(new Report(u.getMessage(), ExitCode.IO));
      }
      if (t instanceof JsonProcessingException) {
        // JSON that a library could not write is a defect, not a file that cannot be written.
        return Optional.empty();
      }
      if (t instanceof IOException io) {
        String file = io instanceof FileSystemException f && f.getFile() != null ? f.getFile() + ": " : "";
        return Optional.of(new Report(file + reason(io), ExitCode.IO));
      }
    }
    return Optional.empty();
  }

  /** Why an I/O operation failed, in the words of the operating system, without the file names it may add. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f) {
      return f.getReason() != null ? f.getReason() : "the file system refused";
    }
    return e.getMessage() != null ? e.getMessage() : "input/output error";
  }
}
