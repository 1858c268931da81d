package org.sahelevents.io.geoparquet.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKBWriter;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.core.DataProblem;
import org.sahelevents.core.WarningPolicy;
import org.sahelevents.core.model.DatasetEvent;
import org.sahelevents.io.acled.AcledCells;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledLayout;
import org.sahelevents.io.acled.AcledModelMapping;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.acled.AcledRejectedRow;
import org.sahelevents.io.acled.geojson.ModelProperty;
import org.sahelevents.io.geojson.GeoJsonFeature;
import org.sahelevents.io.geojson.IncidentFeatures;
import org.sahelevents.io.geoparquet.Compression;
import org.sahelevents.io.geoparquet.GeoParquet;
import org.sahelevents.io.geoparquet.GeoParquetException;
import org.sahelevents.io.geoparquet.GeoParquetFeatures;
import org.sahelevents.io.geoparquet.GeoParquetWriter;
import org.sahelevents.io.geoparquet.PreparedBatch;

/** The exported API as users meet it: writing, reading, located problems of both severities, atomic output. */
class GeoParquetApiTest {
  private static final Path SAMPLE =
      Path.of("../examples/src/main/resources/org/sahelevents/examples/mali-illustrative-2025-2026.csv");

  @TempDir
  Path dir;

  private static List<AcledRecord> sample() {
    try (AcledRecords in = AcledCsv.reader().build().open(SAMPLE)) {
      return in.stream().toList();
    }
  }

  @Test
  void incidentsCarryTheirModelAndReadBackAsTheSameEvent() {
    List<DatasetEvent> events = sample().stream().map(AcledModelMapping::toEvent).toList();
    Path file = dir.resolve("incidents.parquet");
    try (GeoParquetWriter.Output out = GeoParquet.writer().build().open(file)) {
      events.forEach(e -> out.write(e.incident(), e.catalog()));
    }
    List<GeoJsonFeature> features = new ArrayList<>();
    try (GeoParquetFeatures in = GeoParquet.reader().build().features(file)) {
      in.forEachRemaining(features::add);
    }
    assertThat(features).hasSize(events.size());
    for (int i = 0; i < events.size(); i++) {
      assertThat(IncidentFeatures.toCatalog(features.get(i))).isEqualTo(events.get(i).catalog());
      assertThat(features.get(i).property("event_id_cnty").asText())
          .isEqualTo(events.get(i).incident().getId().getValue());
    }
  }

  @Test
  void extraColumnsNamedAsDoublesAreDoubleColumnsAndReadBackCellForCell() throws IOException {
    AcledLayout layout = withExtras("distance_m", "side");
    List<AcledRecord> sample = sample().subList(0, 4);
    String[] distances = {"12.5", "3.10", "far", ""};
    List<AcledRecord> records = new ArrayList<>();
    for (int i = 0; i < sample.size(); i++) {
      records.add(AcledRecord.builder().from(sample.get(i)).putExtraColumn("distance_m", distances[i])
          .putExtraColumn("side", i % 2 == 0 ? "left" : "right").build());
    }
    Path file = dir.resolve("extra.parquet");
    try (GeoParquetWriter.Output out = GeoParquet.writer().layout(layout).doubleColumns(List.of("distance_m"))
        .build().open(file)) {
      records.forEach(out::write);
    }
    try (ParquetFileReader parquet = ParquetFileReader.open(new LocalInputFile(file))) {
      MessageType schema = parquet.getFooter().getFileMetaData().getSchema();
      assertThat(schema.getType("distance_m").asPrimitiveType().getPrimitiveTypeName())
          .isEqualTo(PrimitiveTypeName.DOUBLE);
      assertThat(schema.getType("side").asPrimitiveType().getPrimitiveTypeName()).isEqualTo(PrimitiveTypeName.BINARY);
      assertThat(schema.getType("side").getLogicalTypeAnnotation()).isEqualTo(LogicalTypeAnnotation.stringType());
    }
    AcledCells cells = AcledCells.forLayout(layout);
    try (AcledRecords back = GeoParquet.reader().build().records(file, null)) {
      List<AcledRecord> read = back.stream().toList();
      assertThat(read).hasSize(records.size());
      for (int i = 0; i < read.size(); i++) {
        assertThat(cells.cells(read.get(i))).isEqualTo(cells.cells(records.get(i)));
      }
    }
    try (GeoParquetFeatures features = GeoParquet.reader().build().features(file)) {
      GeoJsonFeature first = features.next();
      assertThat(first.property("distance_m").isNumber()).isTrue();
      assertThat(first.property("distance_m").asDouble()).isEqualTo(12.5);
      assertThat(first.property("side").asText()).isEqualTo("left");
      assertThat(features.next().property("distance_m").asText()).isEqualTo("3.10");
    }
  }

  @Test
  void cellsTheirFileWroteOtherwiseReadBackAsWritten() throws IOException {
    List<String> lines = Files.readAllLines(SAMPLE);
    List<String> header = List.of(lines.get(0).split(","));
    String[] plain = lines.get(1).split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
    // Per row, cells as files have them whose typed value does not give them back, or only through the record.
    List<Map<String, String>> respelled = List.of(
        Map.of("fatalities", "6.0", "time_precision", "01", "latitude", "14.5780", "longitude", "-9"),
        Map.of("timestamp", "1737374400.0", "event_date", "2025-01-14", "geo_precision", "2"),
        Map.of("longitude", "-9.5259", "fatalities", "-0"),
        Map.of());
    StringBuilder csv = new StringBuilder(lines.get(0)).append('\n');
    for (Map<String, String> cells : respelled) {
      String[] row = plain.clone();
      cells.forEach((name, cell) -> row[header.indexOf(name)] = cell);
      csv.append(String.join(",", row)).append('\n');
    }
    Path in = dir.resolve("respelled.csv");
    Files.writeString(in, csv);
    List<AcledRecord> records;
    try (AcledRecords read = AcledCsv.reader().build().open(in)) {
      records = read.stream().toList();
    }
    assertThat(records).hasSize(respelled.size());
    Path file = dir.resolve("respelled.parquet");
    try (GeoParquetWriter.Output out = GeoParquet.writer().layout(records.get(0).layout().orElseThrow()).build()
        .open(file)) {
      records.forEach(out::write);
    }
    AcledCells cells = AcledCells.forLayout(records.get(0).layout().orElseThrow());
    try (AcledRecords back = GeoParquet.reader().build().records(file, null)) {
      List<AcledRecord> read = back.stream().toList();
      for (int i = 0; i < read.size(); i++) {
        List<String> expected = new ArrayList<>(List.of(plain));
        respelled.get(i).forEach((name, cell) -> expected.set(header.indexOf(name), cell));
        expected.replaceAll(cell -> cell.startsWith("\"") ? cell.substring(1, cell.length() - 1) : cell);
        assertThat(cells.cells(read.get(i))).as("row %d", i).isEqualTo(expected);
      }
    }
  }

  @Test
  void batchesPreparedOnSeveralThreadsWriteTheSameFileAsRecordsOneByOne() throws IOException {
    List<AcledRecord> records = sample();
    GeoParquetWriter writer = GeoParquet.writer().model(ModelProperty.INCLUDE).rowGroupRows(7).build();
    Path oneByOne = dir.resolve("one-by-one.parquet");
    try (GeoParquetWriter.Output out = writer.open(oneByOne)) {
      records.forEach(out::write);
    }
    List<List<AcledRecord>> chunks = new ArrayList<>();
    for (int start = 0; start < records.size(); start += 5) {
      chunks.add(records.subList(start, Math.min(records.size(), start + 5)));
    }
    List<PreparedBatch> batches = chunks.parallelStream().map(writer::prepare).toList();
    assertThat(batches.stream().mapToInt(PreparedBatch::size).sum()).isEqualTo(records.size());
    Path batched = dir.resolve("batched.parquet");
    try (GeoParquetWriter.Output out = writer.open(batched)) {
      out.write(writer.prepare(List.of()));
      batches.forEach(out::write);
      assertThat(out.rowsWritten()).isEqualTo(records.size());
    }
    assertThat(Files.readAllBytes(batched)).isEqualTo(Files.readAllBytes(oneByOne));
  }

  @Test
  void aBatchPreparedInAnotherLayoutIsWrittenInTheFilesLayout() {
    AcledLayout layout = withExtras("note_2");
    List<AcledRecord> records = sample().subList(0, 3);
    Path file = dir.resolve("other-layout.parquet");
    try (GeoParquetWriter.Output out = GeoParquet.writer().layout(layout).build().open(file)) {
      out.write(GeoParquet.writer().build().prepare(records));
    }
    try (GeoParquetFeatures features = GeoParquet.reader().build().features(file)) {
      assertThat(features.acledLayout()).contains(layout);
    }
    AcledCells cells = AcledCells.forLayout(layout);
    try (AcledRecords back = GeoParquet.reader().build().records(file, null)) {
      assertThat(back.stream().map(cells::cells).toList()).isEqualTo(records.stream().map(cells::cells).toList());
    }
  }

  @Test
  void aBatchAWriterWithALayoutPreparedGoesOnlyToFilesInThatLayout() {
    List<AcledRecord> records = sample().subList(0, 3);
    PreparedBatch batch = GeoParquet.writer().layout(AcledLayout.current()).build().prepare(records);
    Path file = dir.resolve("other-layout.parquet");
    assertThatThrownBy(() -> {
      try (GeoParquetWriter.Output out = GeoParquet.writer().layout(withExtras("note_2")).build().open(file)) {
        out.write(batch);
      }
    }).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(file + ": the batch was prepared in another layout by a writer built with that layout, which "
            + "keeps no records to prepare again; prepare it with this output's writer");
    assertThat(file).doesNotExist();
    Path same = dir.resolve("same-layout.parquet");
    try (GeoParquetWriter.Output out = GeoParquet.writer().layout(AcledLayout.current()).build().open(same)) {
      out.write(batch);
    }
    try (AcledRecords back = GeoParquet.reader().build().records(same, null)) {
      assertThat(back.stream().toList()).isEqualTo(records);
    }
  }

  private static AcledLayout withExtras(String... extras) {
    List<String> headers = new ArrayList<>(AcledLayout.current().headers());
    headers.addAll(List.of(extras));
    return AcledLayout.of(headers, null, AcledLayout.current().dateStyle(), AcledLayout.current().actorTypeStyle());
  }

  @Test
  void everyCompressionReadsBackAndZstdIsTheSmallest() throws IOException {
    List<AcledRecord> records = sample();
    long zstd = 0;
    long uncompressed = 0;
    for (Compression compression : Compression.values()) {
      Path file = dir.resolve(compression + ".parquet");
      try (GeoParquetWriter.Output out = GeoParquet.writer().compression(compression).build().open(file)) {
        records.forEach(out::write);
      }
      try (AcledRecords back = GeoParquet.reader().build().records(file, null)) {
        assertThat(back.stream().toList()).as(compression.toString()).isEqualTo(records);
      }
      zstd = compression == Compression.ZSTD ? Files.size(file) : zstd;
      uncompressed = compression == Compression.UNCOMPRESSED ? Files.size(file) : uncompressed;
    }
    assertThat(zstd).isLessThan(uncompressed);
  }

  @Test
  void aStreamGetsTheFileInFewWritesAndIsClosedWithTheOutput() throws IOException {
    List<AcledRecord> records = sample();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int[] writes = {0};
    boolean[] closed = {false};
    OutputStream counting = new FilterOutputStream(bytes) {
      @Override
      public void write(int b) throws IOException {
        writes[0]++;
        out.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        writes[0]++;
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        closed[0] = true;
        super.close();
      }
    };
    // Page headers and the footer are written a few bytes at a time: a file or a pipe must not see each of them.
    try (GeoParquetWriter.Output out = GeoParquet.writer().build().open(counting, "stream")) {
      records.forEach(out::write);
    }
    assertThat(closed[0]).isTrue();
    assertThat(writes[0]).isBetween(1, 4);
    Path file = dir.resolve("streamed.parquet");
    Files.write(file, bytes.toByteArray());
    try (AcledRecords back = GeoParquet.reader().build().records(file, null)) {
      assertThat(back.stream().toList()).isEqualTo(records);
    }
  }

  @Test
  void theFileAppearsOnlyWhenClosedAndAFailedWriteLeavesNothing() throws IOException {
    Path file = dir.resolve("out.parquet");
    try (GeoParquetWriter.Output out = GeoParquet.writer().build().open(file)) {
      out.write(sample().get(0));
      assertThat(file).doesNotExist();
    }
    assertThat(file).exists();
    AcledLayout clashing = AcledLayout.of(List.of("event_id_cnty", "geometry"), null,
        AcledLayout.current().dateStyle(), AcledLayout.current().actorTypeStyle());
    Path other = dir.resolve("other.parquet");
    assertThatThrownBy(() -> {
      try (GeoParquetWriter.Output out = GeoParquet.writer().layout(clashing).build().open(other)) {
        out.write(sample().get(0));
      }
    }).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"geometry\"");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("out.parquet");
    }
  }

  @Test
  void anEmptyOutputIsAValidFileWithNoRows() {
    Path file = dir.resolve("empty.parquet");
    GeoParquet.writer().build().open(file).close();
    try (GeoParquetFeatures in = GeoParquet.reader().build().features(file)) {
      assertThat(in.rowCount()).isZero();
      assertThat(in.hasNext()).isFalse();
      assertThat(in.geometryTypes()).isEmpty();
    }
  }

  /**
   * Another tool's file with ACLED's columns as text: a row with an error is rejected and one with a warning kept,
   * both located by file, row group, row and column; rows read = accepted + rejected.
   */
  @Test
  void problemsAreLocatedByRowGroupRowAndColumnWithTheirSeverity() throws IOException {
    List<AcledRecord> records = sample().subList(0, 4);
    AcledCells cells = AcledCells.forLayout(AcledLayout.current());
    List<List<String>> rows = new ArrayList<>();
    records.forEach(r -> rows.add(new ArrayList<>(cells.cells(r))));
    int fatalities = cells.names().indexOf("fatalities");
    int year = cells.names().indexOf("year");
    rows.get(1).set(fatalities, "-3");
    rows.get(3).set(year, "1999");
    Path file = dir.resolve("others.parquet");
    writeAsText(file, cells.names(), rows, records, 2);

    List<AcledRejectedRow> rejected = new ArrayList<>();
    try (AcledRecords in = GeoParquet.reader().acled(AcledCsv.reader().badRows(BadRowPolicy.COLLECT).build()).build()
        .records(file, rejected::add)) {
      List<AcledRecord> accepted = in.stream().toList();
      assertThat(in.rowsRead()).isEqualTo(4).isEqualTo(in.rowsAccepted() + in.rowsRejected());
      assertThat(accepted).hasSize(3);
      assertThat(in.warnings()).isEqualTo(1);
    }
    assertThat(rejected).hasSize(1);
    DataProblem error = rejected.get(0).problems().get(0);
    assertThat(error.isError()).isTrue();
    assertThat(error.toString()).startsWith(file + ": /row-groups/0/rows/1/fatalities: \"-3\"");

    try (AcledRecords in = GeoParquet.reader().acled(AcledCsv.reader().badRows(BadRowPolicy.COLLECT)
        .warnings(WarningPolicy.REJECT).build()).build().records(file, rejected::add)) {
      assertThat(in.stream().count()).isEqualTo(2);
    }
    DataProblem warning = rejected.get(rejected.size() - 1).problems().get(0);
    assertThat(warning.isError()).isFalse();
    assertThat(warning.toString()).startsWith(file + ": /row-groups/1/rows/1/year: warning: \"1999\"");
  }

  @Test
  void aFileThatIsNotGeoParquetSaysWhy() throws IOException {
    Path file = dir.resolve("plain.parquet");
    writeAsText(file, List.of("a"), List.of(List.of("x")), null, 10);
    assertThatThrownBy(() -> GeoParquet.reader().build().features(file))
        .isInstanceOf(GeoParquetException.class)
        .hasMessage(file + ": /geo: is not GeoParquet: the file has no \"geo\" metadata");
    Path text = Files.writeString(dir.resolve("text.parquet"), "not parquet");
    assertThatThrownBy(() -> GeoParquet.reader().build().features(text))
        .isInstanceOf(GeoParquetException.class)
        .hasMessageStartingWith(text + ": /: is not a Parquet file, or is damaged: ").hasMessageNotContaining("org.apache");
  }

  // A file as another tool writes it: every column text, WKB points, "geo" metadata when points are given.
  private static void writeAsText(Path file, List<String> names, List<List<String>> rows, List<AcledRecord> points,
      int rowGroupRows) throws IOException {
    Types.MessageTypeBuilder schema = Types.buildMessage();
    names.forEach(n -> schema.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(n));
    if (points != null) {
      schema.optional(PrimitiveTypeName.BINARY).named("geometry");
    }
    MessageType type = schema.named("table");
    Map<String, String> metadata = points == null ? Map.of() : Map.of("geo", "{\"version\":\"1.0.0\","
        + "\"primary_column\":\"geometry\",\"columns\":{\"geometry\":{\"encoding\":\"WKB\",\"geometry_types\":"
        + "[\"Point\"]}}}");
    SimpleGroupFactory groups = new SimpleGroupFactory(type);
    GeometryFactory factory = new GeometryFactory();
    try (ParquetWriter<Group> out = ExampleParquetWriter.builder(new LocalOutputFile(file))
        .withConf(new PlainParquetConfiguration()).withType(type).withExtraMetaData(metadata)
        .withRowGroupRowCountLimit(rowGroupRows).build()) {
      for (int r = 0; r < rows.size(); r++) {
        Group g = groups.newGroup();
        for (int i = 0; i < names.size(); i++) {
          if (!rows.get(r).get(i).isEmpty()) {
            g.add(names.get(i), rows.get(r).get(i));
          }
        }
        if (points != null) {
          AcledRecord p = points.get(r);
          g.add("geometry", org.apache.parquet.io.api.Binary.fromConstantByteArray(new WKBWriter().write(
              factory.createPoint(new Coordinate(p.longitude().doubleValue(), p.latitude().doubleValue())))));
        }
        out.write(g);
      }
    }
  }
}
