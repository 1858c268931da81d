package org.sahelevents.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.geoparquet.GeoParquet;
import org.sahelevents.io.geoparquet.GeoParquetWriter;
import org.sahelevents.io.geoparquet.PreparedBatch;

/**
 * Writing generated ACLED records as GeoParquet (ZSTD, to a null stream, so that the disk is not measured): one
 * record at a time; in prepared batches of {@code batchRows}, preparing and writing on one thread as the tool does;
 * and the two halves of that apart, preparing only (the part that can run on other threads) and writing batches
 * prepared beforehand (the part that stays on the writing thread). One operation handles all {@code rows} records.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class GeoParquetBenchmark {
  @Param("10000")
  int rows;

  @Param("1000")
  int batchRows;

  private final GeoParquetWriter writer = GeoParquet.writer().build();
  private List<AcledRecord> records;
  private List<List<AcledRecord>> chunks;
  private List<PreparedBatch> batches;

  @Setup
  public void prepare() throws IOException {
    records = AcledFileGenerator.records(rows, 42);
    chunks = new ArrayList<>();
    for (int start = 0; start < records.size(); start += batchRows) {
      chunks.add(records.subList(start, Math.min(records.size(), start + batchRows)));
    }
    batches = chunks.stream().map(writer::prepare).toList();
  }

  @Benchmark
  public long writeRecords() {
    try (GeoParquetWriter.Output out = writer.open(OutputStream.nullOutputStream(), "null")) {
      records.forEach(out::write);
      return out.rowsWritten();
    }
  }

  @Benchmark
  public long prepareAndWriteBatches() {
    try (GeoParquetWriter.Output out = writer.open(OutputStream.nullOutputStream(), "null")) {
      chunks.forEach(chunk -> out.write(writer.prepare(chunk)));
      return out.rowsWritten();
    }
  }

  @Benchmark
  public List<PreparedBatch> prepareOnly() {
    return chunks.stream().map(writer::prepare).toList();
  }

  @Benchmark
  public long writePreparedOnly() {
    try (GeoParquetWriter.Output out = writer.open(OutputStream.nullOutputStream(), "null")) {
      batches.forEach(out::write);
      return out.rowsWritten();
    }
  }
}
