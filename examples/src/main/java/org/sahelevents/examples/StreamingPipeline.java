package org.sahelevents.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.core.DataProblem;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.acled.CsvLines;
import org.sahelevents.io.acled.LineEnding;
import org.sahelevents.io.acled.SpreadsheetSafety;
import org.sahelevents.io.acled.geojson.AcledFeatures;
import org.sahelevents.io.geojson.GeoJson;
import org.sahelevents.io.geojson.GeoJsonWriter;

/**
 * Teaches a pipeline step that never holds the file in memory and never loses a row: an ACLED CSV of any size becomes
 * RFC 8142 GeoJSON text sequences, one feature per row with the row's columns as properties, while rows that break
 * ACLED's rules go to a side file with their line, column, raw value and reason. Rows read always equal rows written
 * plus rows rejected. {@code StreamingPipeline IN.csv OUT.geojsons REJECTS.csv}; it exits with 1 when rows were
 * rejected, and a missing file is one line.
 *
 * <p>Stateless and thread-safe.
 */
public final class StreamingPipeline {
  private StreamingPipeline() {}

  public static void main(String[] args) {
    System.exit(main(args, System.out, System.err));
  }

  /**
   * What {@link #main(String[])} does, printing to {@code out} and {@code err}; returns the exit code: 1 when rows
   * were rejected.
   */
  static int main(String[] args, PrintStream out, PrintStream err) {
    return ExampleMain.run(printed -> {
      if (args.length != 3) {
        throw new ExampleMain.UsageException("StreamingPipeline IN.csv OUT.geojsons REJECTS.csv");
      }
      return run(ExampleMain.input(args[0]), Path.of(args[1]), Path.of(args[2]), printed) == 0 ? 0 : 1;
    }, out, err);
  }

  /** Converts {@code in}; returns the rows rejected. */
  public static long run(Path in, Path out, Path rejects, PrintStream log) throws IOException {
    try (Writer rejected = Files.newBufferedWriter(rejects, StandardCharsets.UTF_8)) {
      rejected.write("line,column,value,reason\n");
      return convert(in, out, rejected, rejects, log);
    }
  }

  private static long convert(Path in, Path out, Writer rejected, Path rejects, PrintStream log) {
    try (AcledRecords rows = AcledCsv.reader().badRows(BadRowPolicy.COLLECT).build()
            .open(in, row -> row.problems().forEach(p -> writeProblem(rejected, p)));
        GeoJsonWriter.Output output = GeoJson.sequenceWriter().build().open(out)) {
      // The file's columns become the properties; their names are prepared once, for every row.
      AcledFeatures.Output features = AcledFeatures.standard().on(output);
      rows.forEachRemaining(features::write);
      log.printf("%s: %d rows read, %d written to %s, %d rejected to %s%n", in, rows.rowsRead(),
          features.featuresWritten(), out, rows.rowsRejected(), rejects);
      return rows.rowsRejected();
    }
  }

  private static void writeProblem(Writer out, DataProblem p) {
    try {
      // A CSV reader locates every problem by the line its row starts on.
      out.write(CsvLines.line(List.of(Long.toString(p.location().line().orElseThrow()), p.column().orElse(""), p.rawValue().orElse(""),
          p.reason()), SpreadsheetSafety.NEUTRALIZE_FORMULAS, LineEnding.LF));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
