package org.sahelevents.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
import org.sahelevents.io.acled.geojson.AcledFeatures;
import org.sahelevents.io.geojson.GeoJson;
import org.sahelevents.io.geojson.GeoJsonFeature;
import org.sahelevents.io.geojson.GeoJsonFeatures;
import org.sahelevents.io.geojson.GeoJsonWriter;

/**
 * Writing and reading GeoJSON: generated ACLED rows as point features with their 31 columns as properties, written
 * as a FeatureCollection from feature objects or from table rows, and that collection read back with full RFC 7946
 * checking. One operation handles all {@code rows} features.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class GeoJsonBenchmark {
  @Param("20000")
  int rows;

  private List<AcledRecord> records;
  private List<GeoJsonFeature> features;
  private byte[] collection;

  @Setup
  public void prepare() throws IOException {
    records = AcledFileGenerator.records(rows, 42);
    features = records.stream().map(AcledFeatures.standard()::toFeature).toList();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out);
    collection = out.toByteArray();
  }

  private void write(OutputStream out) {
    try (GeoJsonWriter.Output o = GeoJson.writer().build().open(out)) {
      features.forEach(o::write);
    }
  }

  @Benchmark
  public void writeFeatureCollection() {
    write(OutputStream.nullOutputStream());
  }

  /** The same features written from the records as table rows, as {@code convert} writes them. */
  @Benchmark
  public void writeTableRows() {
    try (GeoJsonWriter.Output o = GeoJson.writer().build().open(OutputStream.nullOutputStream())) {
      AcledFeatures.Output rowsOut = AcledFeatures.standard().on(o);
      records.forEach(rowsOut::write);
    }
  }

  @Benchmark
  public long readFeatureCollection() {
    try (GeoJsonFeatures read = GeoJson.reader().build().open(new ByteArrayInputStream(collection), "bench", null)) {
      return read.stream().count();
    }
  }
}
