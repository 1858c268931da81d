package org.sahelevents.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Iterator;
import java.util.function.Consumer;
import org.sahelevents.io.acled.AcledReader;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.acled.AcledRejectedRow;
import org.sahelevents.io.geoparquet.GeoParquet;
import org.sahelevents.io.geoparquet.GeoParquetWriter;
import org.sahelevents.io.geoparquet.PreparedBatch;

/**
 * GeoParquet in the tool: telling a Parquet file by its first bytes, reading its ACLED records and writing records as
 * GeoParquet. Parquet reads a file's end first, so standard input is first copied to a temporary file. Stateless and
 * thread-safe.
 */
final class GeoParquetFiles {
  private static final byte[] MAGIC = {'P', 'A', 'R', '1'};

  private GeoParquetFiles() {}

  /** Whether content starting with {@code head} is a Parquet file. */
  static boolean isParquet(byte[] head) {
    return head.length >= MAGIC.length && Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
  }

  /**
   * The ACLED records of a GeoParquet input, read with {@code reader}'s checks, located by row group, row and column.
   * Closing them closes the input.
   *
   * @throws UncheckedIOException if standard input cannot be copied to a temporary file
   */
  static AcledRecords acled(Inputs.Opened input, AcledReader reader, Consumer<AcledRejectedRow> onRejected) {
    Path file = Path.of(input.name());
    try {
      if (input.name().equals(Inputs.STDIN)) {
        // Removed when the tool exits, which is when the records are done with.
        file = Files.createTempFile("sahel-events-stdin-", ".parquet");
        file.toFile().deleteOnExit();
        Files.copy(input.stream(), file, StandardCopyOption.REPLACE_EXISTING);
      }
      input.close();
    } catch (IOException e) {
      throw new UncheckedIOException(input.name() + ": cannot be read: " + Failures.reason(e), e);
    }
    return GeoParquet.reader().acled(reader).build().records(file, onRejected);
  }

  /**
   * Writes records as GeoParquet to {@code out}, in the input's layout, ticking once per record: in batches, each
   * {@link GeoParquetWriter#prepare prepared} by the threads that read the input when it has them
   * ({@link RecordInput#batches}), and written in order by the calling thread.
   */
  static void write(Iterator<AcledRecord> records, OutputStream out, String name, Runnable tick) {
    // Built with the input's layout, the writer needs no records kept to prepare batches again.
    GeoParquetWriter writer = records instanceof RecordInput input ? GeoParquet.writer().layout(input.layout()).build()
        : GeoParquet.writer().build();
    write(writer, records, out, name, tick);
  }

  /** As {@link #write(Iterator, OutputStream, String, Runnable)}, with {@code writer}'s layout and column types. */
  static void write(GeoParquetWriter writer, Iterator<AcledRecord> records, OutputStream out, String name,
      Runnable tick) {
    try (GeoParquetWriter.Output output = writer.open(out, name)) {
      Iterator<AcledRecords.Batch<PreparedBatch>> batches = RecordInput.batches(records, writer::prepare);
      while (batches.hasNext()) {
        AcledRecords.Batch<PreparedBatch> batch = batches.next();
        output.write(batch.result());
        for (int i = 0; i < batch.size(); i++) {
        tick.run();
      }
      }
    }
  }
}
