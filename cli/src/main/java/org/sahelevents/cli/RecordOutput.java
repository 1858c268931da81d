package org.sahelevents.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledCsvWriter;
import org.sahelevents.io.acled.AcledModelMapping;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.geojson.AcledFeatures;
import org.sahelevents.io.geojson.GeoJsonWriter;

/**
 * Writes ACLED records in one of the tool's output formats: ACLED CSV in the records' own layout (the writer's
 * default keeps their columns, order, date and actor type styles), GeoJSON or a sequence through
 * {@link AcledFeatures}, GeoParquet, or the model's JSON, one catalog per event. Stateless and thread-safe.
 */
final class RecordOutput {
  private RecordOutput() {}

  /**
   * Writes every record to {@code stream}, calling {@code tick} once per record.
   *
   * @param geoJson the writer for GeoJSON targets (its precision and kind); unused for the others
   * @param name how messages name the output
   */
  static void write(Iterator<AcledRecord> records, DataFormat target, GeoJsonWriter geoJson, OutputStream stream,
      String name, Runnable tick) throws IOException {
    switch (target) {
      case ACLED_CSV -> {
        try (AcledCsvWriter.Output output = AcledCsv.writer().build().open(stream)) {
          while (records.hasNext()) {
            output.write(records.next());
            tick.run();
          }
        }
      }
      case GEOJSON, GEOJSONSEQ -> {
        try (GeoJsonWriter.Output output = geoJson.open(stream)) {
          AcledFeatures.Output features = AcledFeatures.standard().on(output);
          while (records.hasNext()) {
            features.write(records.next());
            tick.run();
          }
        }
      }
      case GEOPARQUET -> GeoParquetFiles.write(records, stream, name, tick);
      default -> {
        try (ModelJsonArray out = new ModelJsonArray(stream)) {
          Iterator<List<AcledRecord>> events = AcledModelMapping.groupByEvent(StreamSupport.stream(
              Spliterators.spliteratorUnknownSize(records, Spliterator.ORDERED), false)).iterator();
          while (events.hasNext()) {
            List<AcledRecord> rows = events.next();
            out.write(AcledModelMapping.toEvent(rows).catalog());
            rows.forEach(r -> tick.run());
          }
        }
      }
    }
  }
}
