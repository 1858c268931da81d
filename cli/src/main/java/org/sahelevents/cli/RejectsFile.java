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
import java.util.stream.Collectors;
import org.sahelevents.core.DataLocation;
import org.sahelevents.core.DataProblem;
import org.sahelevents.io.acled.AcledLayout;
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
  private long count;

  RejectsFile(Path file, boolean force) {
    this.file = file == null ? null : file.toAbsolutePath();
    this.force = force;
  }

  /**
   * Opens the file, if one was asked for, with the headers of the input's layout.
   *
   * @param locationHeader the first column's header: {@code line} for CSV, {@code pointer} for JSON, as each row's
   *     {@link AcledRejectedRow#location()} is
   */
  void start(AcledLayout layout, String locationHeader) throws IOException {
    if (file == null) {
      return;
    }
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
    DataLocation at = row.location();
    cells.add(at.isLine() ? Long.toString(at.line().getAsLong()) : at.pointer().orElseThrow());
    cells.add(row.problems().stream().map(DataProblem::message).collect(Collectors.joining(" | ")));
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
