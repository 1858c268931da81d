package org.sahelevents.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.sahelevents.io.acled.AcledLayout;
import org.sahelevents.io.acled.AcledProblem;
import org.sahelevents.io.acled.AcledRejectedRow;
import org.sahelevents.io.acled.CsvLines;
import org.sahelevents.io.acled.LineEnding;
import org.sahelevents.io.acled.SpreadsheetSafety;

/**
 * Counts rejected ACLED rows and, when asked for a file, writes each one as it comes (where it was, its problems,
 * its cells under the input's headers), so that a file with many bad rows takes no more memory than one with none.
 * Like every output of the tool, the file appears only when complete (see {@link Output}).
 */
final class RejectsFile implements Closeable {
  private final Path file;
  private final boolean force;
  private Path partial;
  private Writer writer;
  private LongFunction<String> location;
  private long count;

  RejectsFile(Path file, boolean force) {
    this.file = file == null ? null : file.toAbsolutePath();
    this.force = force;
  }

  /**
   * Opens the file, if one was asked for, with the headers of the input's layout.
   *
   * @param locationHeader the first column's header: {@code line} for CSV, {@code pointer} for JSON
   * @param location where a row was, from {@link AcledRejectedRow#line()}: a line, or a row's index in an array
   */
  void start(AcledLayout layout, String locationHeader, LongFunction<String> location) throws IOException {
    if (file == null) {
      return;
    }
    this.location = location;
    partial = Output.partial(file);
    writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE);
    List<String> headers = new ArrayList<>(List.of(locationHeader, "problems"));
    headers.addAll(layout.headers());
    writer.write(csvLine(headers));
  }

  void add(AcledRejectedRow row) {
    count++;
    if (writer == null) {
      return;
    }
    List<String> cells = new ArrayList<>();
    cells.add(location.apply(row.line()));
    cells.add(row.problems().stream().map(AcledProblem::message).collect(Collectors.joining(" | ")));
    cells.addAll(row.cells());
    try {
      writer.write(csvLine(cells));
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  // Rejected rows are the likeliest to be hostile, and people open this file in spreadsheets.
  private static String csvLine(List<String> cells) {
    return CsvLines.line(cells, SpreadsheetSafety.NEUTRALIZE_FORMULAS, LineEnding.CRLF);
  }

  /** Rows rejected so far. */
  long count() {
    return count;
  }

  /** Moves the file into place: the conversion it belongs to is complete. */
  void complete() throws IOException {
    if (writer != null) {
      writer.close();
      Output.complete(partial, file, force);
    }
  }

  /** Removes what was written unless {@link #complete()} moved it into place, as for a failed conversion. */
  @Override
  public void close() throws IOException {
    if (writer != null) {
      try {
        writer.close();
      } finally {
        Files.deleteIfExists(partial);
      }
    }
  }
}
