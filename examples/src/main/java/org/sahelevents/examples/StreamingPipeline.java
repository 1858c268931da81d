package org.sahelevents.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.core.DataProblem;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledCsvWriter;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.geojson.GeoJson;
import org.sahelevents.io.geojson.GeoJsonWriter;
import org.sahelevents.io.geojson.IncidentFeatures;
import org.sahelevents.io.geojson.PropertyColumns;

/**
 * Teaches a pipeline step that never holds the file in memory and never loses a row: an ACLED CSV of any size becomes
 * RFC 8142 GeoJSON text sequences, one feature per row with the row's columns as properties, while rows that break
 * ACLED's rules go to a side file with their line, column, raw value and reason. Rows read always equal rows written
 * plus rows rejected. {@code StreamingPipeline IN.csv OUT.geojsons REJECTS.csv}.
 */
public final class StreamingPipeline {
  private static final GeometryFactory POINTS = new GeometryFactory();

  private StreamingPipeline() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: StreamingPipeline IN.csv OUT.geojsons REJECTS.csv");
      System.exit(2);
    }
    run(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), System.out);
  }

  /** Converts {@code in}; returns the rows rejected. */
  public static long run(Path in, Path out, Path rejects, PrintStream log) throws IOException {
    try (Writer rejected = Files.newBufferedWriter(rejects, StandardCharsets.UTF_8)) {
      rejected.write("line,column,value,reason\n");
      return convert(in, out, rejected, rejects, log);
    }
  }

  private static long convert(Path in, Path out, Writer rejected, Path rejects, PrintStream log) {
    AcledCsvWriter cells = AcledCsv.writer().build();
    try (AcledRecords rows = AcledCsv.reader().badRows(BadRowPolicy.COLLECT).build()
            .open(in, row -> row.problems().forEach(p -> writeProblem(rejected, p)));
        GeoJsonWriter.Output features = GeoJson.sequenceWriter().build().open(Files.newOutputStream(out))) {
      // The file's columns become the properties: their names are prepared once, for every row.
      PropertyColumns columns = IncidentFeatures.propertyColumns(rows.layout().headers());
      rows.forEachRemaining(record -> features.write(record.eventIdCnty(), point(record), columns,
          cells.cells(record)));
      log.printf("%s: %d rows read, %d written to %s, %d rejected to %s%n", in, rows.rowsRead(),
          features.featuresWritten(), out, rows.rowsRejected(), rejects);
      return rows.rowsRejected();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Point point(AcledRecord record) {
    return POINTS.createPoint(new Coordinate(record.longitude().doubleValue(), record.latitude().doubleValue()));
  }

  private static void writeProblem(Writer out, DataProblem p) {
    try {
      // A CSV reader locates every problem by the line its row starts on.
      out.write(p.location().line().orElseThrow() + "," + csv(p.column().orElse("")) + "," + csv(p.rawValue().orElse("")) + ","
          + csv(p.reason()) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String csv(String cell) {
    return cell.matches("[^\",\r\n]*") ? cell : '"' + cell.replace("\"", "\"\"") + '"';
  }
}
