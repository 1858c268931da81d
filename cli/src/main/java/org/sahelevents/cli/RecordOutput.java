package org.sahelevents.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.StreamSupport;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledCsvWriter;
import org.sahelevents.io.acled.AcledModelMapping;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.acled.geojson.AcledFeatures;
import org.sahelevents.io.geojson.GeoJsonWriter;

/**
 * Writes ACLED records in one of the tool's output formats: ACLED CSV in the records' own layout (the writer's
 * default keeps their columns, order, date and actor type styles), GeoJSON or a sequence through
 * {@link AcledFeatures}, GeoParquet, or the model's JSON, one catalog per event. CSV and GeoJSON rows are formatted in
 * batches by the threads that read the input, when it has them ({@link RecordInput#batches}), and written in order
 * by the calling thread; a batch's memory is used again once it is written. Stateless and thread-safe.
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
        AcledCsvWriter writer = AcledCsv.writer().build();
        try (AcledCsvWriter.Output output = writer.open(stream)) {
          inBatches(records, writer::batch, AcledCsvWriter.Output::writeAll, output::append,
              AcledCsvWriter.Output::clear, tick);
        }
      }
      case GEOJSON, GEOJSONSEQ -> {
        AcledFeatures features = AcledFeatures.standard();
        try (GeoJsonWriter.Output output = geoJson.open(stream)) {
          inBatches(records, geoJson::batch, (batch, rows) -> rows.forEach(features.on(batch)::write),
              output::append, GeoJsonWriter.Output::clear, tick);
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

  /**
   * Formats the records in batches, on the threads that read them when the input has such threads, and appends the
   * batches in order on the calling thread; a batch is cleared and used again once appended.
   */
  private static <B> void inBatches(Iterator<AcledRecord> records, Supplier<B> newBatch,
      BiConsumer<B, List<AcledRecord>> format, Consumer<B> append, UnaryOperator<B> clear, Runnable tick) {
    Queue<B> spare = new ConcurrentLinkedQueue<>();
    Iterator<AcledRecords.Batch<B>> batches = RecordInput.batches(records, rows -> {
      B batch = Objects.requireNonNullElseGet(spare.poll(), newBatch);
      format.accept(batch, rows);
      return batch;
    });
    while (batches.hasNext()) {
      AcledRecords.Batch<B> batch = batches.next();
      append.accept(batch.result());
      spare.add(clear.apply(batch.result()));
      for (int i = 0; i < batch.size(); i++) {
        tick.run();
      }
    }
  }
}
