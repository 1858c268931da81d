package org.sahelevents.io.geoparquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.parquet.CorruptStatistics;
import org.apache.parquet.VersionParser;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.SchemaElement;
import org.apache.parquet.format.Util;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.internal.column.columnindex.BoundaryOrder;
import org.apache.parquet.internal.column.columnindex.ColumnIndex;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.ColumnOrder.ColumnOrderName;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The layout {@link ParquetFile} writes, as Parquet's own reader sees it: the footer's writer, column orders and
 * key-value metadata, the statistics of chunks and the column and offset indexes of their pages, in the cases where
 * Parquet's writer keeps them and where it leaves them out.
 */
class ParquetFileTest {
  // Three pages per column: 20,000 rows, 20,000 and 10,000.
  private static final int ROWS = 50_000;
  private static final int PAGE = ColumnPages.PAGE_ROWS;
  private static final List<String> NAMES = List.of("up", "down", "mixed", "gap", "nan", "long", "unique", "text");
  private static final List<ColumnPages.Layout> LAYOUTS = List.of(ColumnPages.Layout.INT32,
      ColumnPages.Layout.INT32, ColumnPages.Layout.INT32, ColumnPages.Layout.INT64, ColumnPages.Layout.DOUBLE,
      ColumnPages.Layout.BINARY, ColumnPages.Layout.BINARY, ColumnPages.Layout.BINARY);

  @TempDir
  static Path dir;
  private static Path file;

  @BeforeAll
  static void write() throws IOException {
    file = dir.resolve("layout.parquet");
    List<SchemaElement> schema = new ArrayList<>();
    schema.add(new SchemaElement("m").setNum_children(NAMES.size()));
    List<ParquetFile.Column> leaves = new ArrayList<>();
    List<ColumnPages> columns = new ArrayList<>();
    try (PageCompressor compressor = new PageCompressor(Compression.ZSTD)) {
      for (int c = 0; c < NAMES.size(); c++) {
        AcledColumns.Kind kind = switch (LAYOUTS.get(c)) {
          case INT32 -> AcledColumns.Kind.INT;
          case INT64 -> AcledColumns.Kind.LONG;
          case DOUBLE -> AcledColumns.Kind.DOUBLE;
          case BINARY -> AcledColumns.Kind.STRING;
        };
        schema.add(kind.element(NAMES.get(c)));
        boolean bounded = !NAMES.get(c).equals("unique");
        leaves.add(LAYOUTS.get(c).column(List.of(NAMES.get(c)), bounded));
        columns.add(new ColumnPages(LAYOUTS.get(c), bounded, compressor));
      }
      ParquetFile parquet = new ParquetFile(Files.newOutputStream(file), schema, leaves, Compression.ZSTD.codec);
      boolean[] all = new boolean[ROWS];
      Arrays.fill(all, true);
      int[] up = new int[ROWS];
      int[] down = new int[ROWS];
      int[] mixed = new int[ROWS];
      long[] gap = new long[ROWS];
      boolean[] hasGap = new boolean[ROWS];
      double[] nan = new double[ROWS];
      BinaryCells longText = new BinaryCells(ROWS, 64);
      BinaryCells unique = new BinaryCells(ROWS, 8);
      BinaryCells text = new BinaryCells(ROWS, 4);
      for (int r = 0; r < ROWS; r++) {
        up[r] = r;
        down[r] = -r;
        // The second page's values are above both others'.
        mixed[r] = r / PAGE == 1 ? 1_000_000 + r : r % PAGE;
        // The second page has no value at all.
        hasGap[r] = r / PAGE != 1;
        gap[r] = r;
        // The second page has values, all NaN, which no bound orders.
        nan[r] = r / PAGE == 1 ? Double.NaN : r;
        // Every hundredth row a text whose bounds together take more than 4 KB.
        if (r % 100 == 0) {
          longText.put(r, "x".repeat(2100) + r);
        }
        unique.put(r, "u" + r);
        text.put(r, "t" + r % 10);
      }
      longText.end();
      unique.end();
      text.end();
      columns.get(0).ints(up, all, 0, ROWS);
      columns.get(1).ints(down, all, 0, ROWS);
      columns.get(2).ints(mixed, all, 0, ROWS);
      columns.get(3).longs(gap, hasGap, 0, ROWS);
      columns.get(4).doubles(nan, all, 0, ROWS);
      columns.get(5).binaries(longText, 0, ROWS);
      columns.get(6).binaries(unique, 0, ROWS);
      columns.get(7).binaries(text, 0, ROWS);
      parquet.startRowGroup(ROWS);
      for (ColumnPages column : columns) {
        column.writeTo(parquet);
      }
      parquet.endRowGroup();
      parquet.end(Map.of("key", "value"));
    }
  }

  @Test
  void theFooterNamesItsWriterSoThatReadersTrustItsStatisticsAndOrdersColumnsByTheirTypes() throws Exception {
    try (ParquetFileReader reader = open()) {
      String createdBy = reader.getFooter().getFileMetaData().getCreatedBy();
      assertThat(VersionParser.parse(createdBy).application).isEqualTo("sahel-events");
      assertThat(VersionParser.parse(createdBy).version).isNotBlank();
      assertThat(CorruptStatistics.shouldIgnoreStatistics(createdBy, PrimitiveTypeName.BINARY)).isFalse();
      assertThat(reader.getFooter().getFileMetaData().getKeyValueMetaData()).containsEntry("key", "value");
      assertThat(reader.getFooter().getFileMetaData().getSchema().getColumns())
          .allSatisfy(c -> assertThat(c.getPrimitiveType().columnOrder().getColumnOrderName())
              .isEqualTo(ColumnOrderName.TYPE_DEFINED_ORDER));
      assertThat(reader.getRecordCount()).isEqualTo(ROWS);
    }
    // Parquet's reader assumes the types' orders where a file names none; the specification and other readers do not.
    FileMetaData footer = footer();
    assertThat(footer.getColumn_orders()).hasSize(NAMES.size())
        .allSatisfy(order -> assertThat(order.isSetTYPE_ORDER()).isTrue());
  }

  @Test
  void theDeprecatedBoundsAreWrittenOnlyInSignedOrderWhichOldReadersAssume() throws IOException {
    List<ColumnChunk> chunks = footer().getRow_groups().get(0).getColumns();
    org.apache.parquet.format.Statistics up = chunks.get(NAMES.indexOf("up")).getMeta_data().getStatistics();
    assertThat(up.isSetMin() && up.isSetMax() && up.isSetMin_value() && up.isSetMax_value()).isTrue();
    org.apache.parquet.format.Statistics text = chunks.get(NAMES.indexOf("text")).getMeta_data().getStatistics();
    assertThat(text.isSetMin() || text.isSetMax()).isFalse();
    assertThat(new String(text.getMin_value(), StandardCharsets.UTF_8)).isEqualTo("t0");
    assertThat(new String(text.getMax_value(), StandardCharsets.UTF_8)).isEqualTo("t9");
  }

  // The footer as the file holds it: the last eight bytes are its length and the magic.
  private static FileMetaData footer() throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    int length = ByteBuffer.wrap(bytes, bytes.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    return Util.readFileMetaData(new ByteArrayInputStream(bytes, bytes.length - 8 - length, length));
  }

  @Test
  void pagesBoundsSayWhetherTheyAscendDescendOrNeither() throws IOException {
    try (ParquetFileReader reader = open()) {
      BlockMetaData group = reader.getFooter().getBlocks().get(0);
      assertThat(reader.readColumnIndex(chunk(group, "up")).getBoundaryOrder()).isEqualTo(BoundaryOrder.ASCENDING);
      assertThat(reader.readColumnIndex(chunk(group, "down")).getBoundaryOrder())
          .isEqualTo(BoundaryOrder.DESCENDING);
      ColumnIndex mixed = reader.readColumnIndex(chunk(group, "mixed"));
      assertThat(mixed.getBoundaryOrder()).isEqualTo(BoundaryOrder.UNORDERED);
      assertThat(mixed.getMinValues()).extracting(b -> b.order(ByteOrder.LITTLE_ENDIAN).getInt(0))
          .containsExactly(0, 1_000_000 + PAGE, 0);
      assertThat(reader.readOffsetIndex(chunk(group, "mixed")).getPageCount()).isEqualTo(3);
      assertThat(reader.readOffsetIndex(chunk(group, "mixed")).getFirstRowIndex(2)).isEqualTo(2L * PAGE);
    }
  }

  @Test
  void aPageOfNullsIsANullPageAndTheOthersStillOrderTheColumn() throws IOException {
    try (ParquetFileReader reader = open()) {
      ColumnChunkMetaData gap = chunk(reader.getFooter().getBlocks().get(0), "gap");
      ColumnIndex index = reader.readColumnIndex(gap);
      assertThat(index.getNullPages()).containsExactly(false, true, false);
      assertThat(index.getNullCounts()).containsExactly(0L, (long) PAGE, 0L);
      assertThat(index.getBoundaryOrder()).isEqualTo(BoundaryOrder.ASCENDING);
      Statistics<?> statistics = gap.getStatistics();
      assertThat(statistics.getNumNulls()).isEqualTo(PAGE);
      assertThat(statistics.genericGetMin()).isEqualTo(0L);
      assertThat(statistics.genericGetMax()).isEqualTo((long) ROWS - 1);
    }
  }

  @Test
  void aPageOfValuesWithoutBoundsLeavesTheColumnWithoutIndexButWithStatisticsOfTheOthers() throws IOException {
    try (ParquetFileReader reader = open()) {
      ColumnChunkMetaData nan = chunk(reader.getFooter().getBlocks().get(0), "nan");
      assertThat(reader.readColumnIndex(nan)).isNull();
      assertThat(reader.readOffsetIndex(nan).getPageCount()).isEqualTo(3);
      assertThat(nan.getStatistics().genericGetMin()).isEqualTo(-0.0);
      assertThat(nan.getStatistics().genericGetMax()).isEqualTo((double) ROWS - 1);
    }
  }

  @Test
  void boundsTooLargeToKeepAndColumnsWithoutBoundsHaveNeitherStatisticsNorColumnIndex() throws IOException {
    try (ParquetFileReader reader = open()) {
      BlockMetaData group = reader.getFooter().getBlocks().get(0);
      for (String name : List.of("long", "unique")) {
        ColumnChunkMetaData chunk = chunk(group, name);
        assertThat(chunk.getStatistics().isEmpty()).as(name).isTrue();
        assertThat(reader.readColumnIndex(chunk)).as(name).isNull();
        assertThat(reader.readOffsetIndex(chunk).getPageCount()).as(name).isGreaterThanOrEqualTo(3);
      }
    }
  }

  private static ParquetFileReader open() throws IOException {
    return ParquetFileReader.open(new LocalInputFile(file));
  }

  private static ColumnChunkMetaData chunk(BlockMetaData group, String column) {
    return group.getColumns().stream().filter(c -> c.getPath().toDotString().equals(column)).findFirst()
        .orElseThrow();
  }
}
