package org.sahelevents.cli;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sahelevents.core.DataLocation;
import org.sahelevents.core.DataProblem;
import org.sahelevents.io.acled.AcledLayout;
import org.sahelevents.io.acled.AcledRejectedRow;
import org.sahelevents.io.acled.CsvLines;
import org.sahelevents.io.acled.LineEnding;
import org.sahelevents.io.acled.SpreadsheetSafety;
import org.sahelevents.io.ucdp.UcdpRejectedRow;

/**
 * Reports rejected rows as they come: one line each on stderr and, when asked for a file, a CSV row each with where
 * it was, its problems and its original content, so that a file with many bad rows takes no more memory than one
 * with none. The file's columns are {@code line} (CSV) or {@code pointer} (JSON), {@code problems}, {@code raw} (the
 * row's text when it could not be split into cells, the JSON of an API row or a feature), then the row's cells under
 * the input's headers. Like every output of the tool, the file appears only when complete (see {@link Output}). Not
 * thread-safe.
 */
final class RejectsFile implements Closeable {
  private final Path file;
  private final boolean force;
  private final PrintWriter err;
  private Path partial;
  private Writer writer;
  private long count;
  // GeoJSON features rejected before the first good one gave the headers.
  private final List<DataProblem> early = new ArrayList<>();

  /**
   * @param file the file to write, or null for none
   * @param err where each rejected row is reported in one line
   */
  RejectsFile(Path file, boolean force, PrintWriter err) {
    this.file = file == null ? null : file.toAbsolutePath();
    this.force = force;
    this.err = err;
  }

  /**
   * Opens the file, if one was asked for, with the headers of the input's layout.
   *
   * @param locationHeader the first column's header: {@code line} for CSV, {@code pointer} for JSON, as each row's
   *     {@link AcledRejectedRow#location()} is
   */
  void start(AcledLayout layout, String locationHeader) throws IOException {
    start(layout.headers(), locationHeader);
  }

  /** As {@link #start(AcledLayout, String)}, for rows of {@code headers}: none for features copied as they are. */
  void start(List<String> rowHeaders, String locationHeader) throws IOException {
    if (file == null || writer != null) {
      return;
    }
    partial = PartialFiles.beside(file);
    writer = new BufferedWriter(new OutputStreamWriter(Output.createPartial(partial, file.toString()),
        StandardCharsets.UTF_8));
    List<String> headers = new ArrayList<>(List.of(locationHeader, "problems", "raw"));
    headers.addAll(rowHeaders);
    writer.write(csvLine(headers));
    for (DataProblem p : early) {
      writeProblem(p);
    }
    early.clear();
  }

  /**
   * Writes a GeoJSON feature (or sequence record) that the GeoJSON reader rejected, before it could be an ACLED row,
   * with the problem's location; reporting it on stderr is the reader's consumer's job.
   */
  void addFeatureProblem(DataProblem problem) {
    if (!problem.isError()) {
      return;
    }
    count++;
    if (file == null) {
      return;
    }
    if (writer == null) {
      early.add(problem);
      return;
    }
    writeProblem(problem);
  }

  private void writeProblem(DataProblem p) {
    write(List.of(location(p.location()), problem(p), ""));
  }

  /** Reports a rejected row: its first problem on stderr, and the row in the file. */
  void add(AcledRejectedRow row) {
    add(row.location(), row.problems(), row.raw(), row.cells());
  }

  /** Reports a rejected GED row: its first problem on stderr, and the row in the file. */
  void add(UcdpRejectedRow row) {
    add(row.location(), row.problems(), row.raw(), row.cells());
  }

  private void add(DataLocation location, List<DataProblem> problems, Optional<String> raw, List<String> rowCells) {
    count++;
    err.println(problems.get(0) + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
    if (writer == null) {
      return;
    }
    List<String> cells = new ArrayList<>();
    cells.add(location(location));
    cells.add(problems.stream().map(RejectsFile::problem).collect(Collectors.joining(" | ")));
    cells.add(raw.orElse(""));
    cells.addAll(rowCells);
    write(cells);
  }

  private void write(List<String> cells) {
    try {
      writer.write(csvLine(cells));
    } catch (IOException e) {
      throw new UncheckedIOException(Output.cannotWrite(file.toString(), file.getParent(), e));
    }
  }

  // 12, or 12-14 for a damaged record spanning lines; a JSON pointer as DataLocation writes it.
  private static String location(DataLocation at) {
    if (!at.isLine()) {
      return at.toString();
    }
    long first = at.line().getAsLong();
    long last = at.lastLine().orElse(first);
    return last > first ? first + "-" + last : Long.toString(first);
  }

  private static String problem(DataProblem p) {
    return (p.isError() ? "" : "warning: ") + p.message();
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
      try {
        writer.close();
      } catch (IOException e) {
        throw Output.cannotWrite(file.toString(), file.getParent(), e);
      }
      Output.complete(partial, file, force);
      writer = null;
    }
  }

  /** Removes what was written unless {@link #complete()} moved it into place, as for a failed conversion. */
  @Override
  public void close() throws IOException {
    if (writer != null) {
      try {
        writer.close();
      } catch (IOException e) {
        // The conversion failed already; that failure is the one to report.
      } finally {
        Files.deleteIfExists(partial);
        PartialFiles.done(partial);
      }
    }
  }
}
