package org.sahelevents.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
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
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledCsvWriter;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.geojson.GeoJson;
import org.sahelevents.io.geojson.GeoJsonFeature;
import org.sahelevents.io.geojson.GeoJsonFeatures;
import org.sahelevents.io.geojson.GeoJsonWriter;
import org.sahelevents.io.geojson.IncidentFeatures;
import org.sahelevents.io.geojson.PropertyColumns;

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

  private List<GeoJsonFeature> features;
  private List<List<String>> cells;
  private PropertyColumns columns;
  private byte[] collection;

  @Setup
  public void prepare() throws IOException {
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    try (OutputStreamWriter w = new OutputStreamWriter(csv, StandardCharsets.UTF_8)) {
      AcledFileGenerator.write(rows, 42, w);
    }
    GeometryFactory points = new GeometryFactory();
    AcledCsvWriter writer = AcledCsv.writer().build();
    features = new ArrayList<>();
    cells = new ArrayList<>();
    try (AcledRecords records = AcledCsv.reader().build().open(new ByteArrayInputStream(csv.toByteArray()), "gen",
        null)) {
      for (AcledRecord r : (Iterable<AcledRecord>) records.stream()::iterator) {
        Map<String, String> row = new LinkedHashMap<>();
        List<String> headers = writer.headers(r);
        List<String> rowCells = writer.cells(r);
        for (int i = 0; i < headers.size(); i++) {
          row.put(headers.get(i), rowCells.get(i));
        }
        cells.add(rowCells);
        columns = IncidentFeatures.propertyColumns(headers);
        features.add(GeoJsonFeature.of(points.createPoint(new Coordinate(r.longitude().doubleValue(),
            r.latitude().doubleValue())), IncidentFeatures.properties(row)).withId(r.eventIdCnty()));
      }
    }
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

  /** The same features written as table rows, as {@code convert} writes ACLED rows. */
  @Benchmark
  public void writeTableRows() {
    try (GeoJsonWriter.Output o = GeoJson.writer().build().open(OutputStream.nullOutputStream())) {
      for (int i = 0; i < features.size(); i++) {
        GeoJsonFeature f = features.get(i);
        o.write(f.id().orElseThrow(), f.geometry().orElseThrow(), columns, cells.get(i));
      }
    }
  }

  @Benchmark
  public long readFeatureCollection() {
    try (GeoJsonFeatures read = GeoJson.reader().build().open(new ByteArrayInputStream(collection), "bench", null)) {
      return read.stream().count();
    }
  }
}
