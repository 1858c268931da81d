package org.sahelevents.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledReader;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.acled.geojson.AcledFeatures;
import org.sahelevents.io.geojson.GeoJson;
import org.sahelevents.io.geojson.GeoJsonWriter;

/**
 * Reading a generated ACLED file from disk (the page cache, after the first read) with one thread and with
 * {@code threads} reading parts of it at once, side by side in one run: the records alone (what {@code validate}
 * does), and the records written as a GeoJSON text sequence to a discarding stream, formatted by the reading threads in
 * batches and written in order by one (what {@code convert} does). One operation reads the whole file; rows per
 * second is operations per second times {@code rows}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgs = {"-Xms256m", "-Xmx256m", "-XX:+UseParallelGC"})
public class ParallelReadBenchmark {
  @Param("100000")
  int rows;

  @Param({"1", "2"})
  int threads;

  private Path file;
  private AcledReader reader;
  private final GeoJsonWriter sequence = GeoJson.sequenceWriter().build();
  private final AcledFeatures features = AcledFeatures.standard();

  @Setup
  public void generate() throws IOException {
    file = Files.createTempFile("acled-bench", ".csv");
    try (Writer w = new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
      AcledFileGenerator.write(rows, 42, w);
    }
    reader = AcledCsv.reader().threads(threads).build();
  }

  @TearDown
  public void delete() throws IOException {
    Files.deleteIfExists(file);
  }

  @Benchmark
  public long records() {
    try (AcledRecords records = reader.open(file)) {
      return records.stream().mapToLong(r -> r.fatalities()).sum();
    }
  }

  @Benchmark
  public long geoJsonSequence() {
    try (AcledRecords records = reader.open(file);
         GeoJsonWriter.Output out = sequence.open(OutputStream.nullOutputStream())) {
      Iterator<AcledRecords.Batch<GeoJsonWriter.Output>> batches = records.batches(batch -> {
        GeoJsonWriter.Output written = sequence.batch();
        batch.forEach(features.on(written)::write);
        return written;
      });
      while (batches.hasNext()) {
        out.append(batches.next().result());
      }
      return out.featuresWritten();
    }
  }
}
