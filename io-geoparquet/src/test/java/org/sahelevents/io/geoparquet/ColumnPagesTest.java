package org.sahelevents.io.geoparquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.format.SchemaElement;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.internal.column.columnindex.ColumnIndex;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.api.Binary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages written by {@link ColumnPages} into a {@link ParquetFile}, read back by Parquet's own reader: values and nulls
 * in every position, pages ended by rows and by bytes, row groups, and the statistics and page index readers filter
 * by.
 */
class ColumnPagesTest {
  private static final int ROWS = 50_000;
  private static final int FIRST_GROUP = 30_000;
  private static final List<String> NAMES = List.of("n", "s", "d", "l", "big");
  private static final List<AcledColumns.Kind> KINDS = List.of(AcledColumns.Kind.INT, AcledColumns.Kind.STRING,
      AcledColumns.Kind.DOUBLE, AcledColumns.Kind.LONG, AcledColumns.Kind.STRING);

  @TempDir
  Path dir;

  private static boolean hasN(int r) {
    return r % 3 != 0;
  }

  private static boolean hasS(int r) {
    return r % 5 != 0;
  }

  private static boolean hasD(int r) {
    return r % 7 != 0;
  }

  // Long runs of values between single nulls: run lengths that take two bytes as varints.
  private static boolean hasL(int r) {
    return r % 211 != 0;
  }

  private static boolean hasBig(int r) {
    return r % 10 == 0;
  }

  private static String s(int r) {
    // Two-byte UTF-8 sorts after every ASCII text, as Parquet orders bytes unsigned.
    return r % 1000 == 1 ? "été " + r : "v" + (r % 97);
  }

  private static String big(int r) {
    return ("row " + r + " ").repeat(100);
  }

  @Test
  void everyValueAndNullReadsBackThroughPagesAndRowGroupsWithTheirStatistics() throws IOException {
    Path file = dir.resolve("pages.parquet");
    write(file, Compression.ZSTD);

    try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(),
        new org.apache.hadoop.fs.Path(file.toUri())).build()) {
      for (int r = 0; r < ROWS; r++) {
        Group row = reader.read();
        assertThat(row.getFieldRepetitionCount("n")).as("n at %d", r).isEqualTo(hasN(r) ? 1 : 0);
        assertThat(row.getFieldRepetitionCount("s")).as("s at %d", r).isEqualTo(hasS(r) ? 1 : 0);
        assertThat(row.getFieldRepetitionCount("d")).as("d at %d", r).isEqualTo(hasD(r) ? 1 : 0);
        assertThat(row.getFieldRepetitionCount("l")).as("l at %d", r).isEqualTo(hasL(r) ? 1 : 0);
        assertThat(row.getFieldRepetitionCount("big")).as("big at %d", r).isEqualTo(hasBig(r) ? 1 : 0);
        if (hasN(r)) {
          assertThat(row.getInteger("n", 0)).isEqualTo(r - 25_000);
        }
        if (hasS(r)) {
          assertThat(row.getString("s", 0)).isEqualTo(s(r));
        }
        if (hasD(r)) {
          assertThat(row.getDouble("d", 0)).isEqualTo(r / 10.0);
        }
        if (hasL(r)) {
          assertThat(row.getLong("l", 0)).isEqualTo(r * 1_000_000_007L);
        }
        if (hasBig(r)) {
          assertThat(row.getString("big", 0)).isEqualTo(big(r));
        }
      }
      assertThat(reader.read()).isNull();
    }

    try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
      List<BlockMetaData> groups = reader.getFooter().getBlocks();
      assertThat(groups).extracting(BlockMetaData::getRowCount).containsExactly((long) FIRST_GROUP,
          (long) ROWS - FIRST_GROUP);
      BlockMetaData first = groups.get(0);
      Statistics<?> n = chunk(first, "n").getStatistics();
      assertThat(n.genericGetMin()).isEqualTo(1 - 25_000);
      assertThat(n.genericGetMax()).isEqualTo(FIRST_GROUP - 1 - 25_000);
      assertThat(n.getNumNulls()).isEqualTo(FIRST_GROUP / 3);
      Statistics<?> s = chunk(first, "s").getStatistics();
      assertThat(s.genericGetMin()).isEqualTo(Binary.fromString("v0"));
      // "été 9001" orders after "été 29001": byte by byte, not by number.
      assertThat(s.genericGetMax()).isEqualTo(Binary.fromString("été 9001"));
      Statistics<?> d = chunk(groups.get(1), "d").getStatistics();
      assertThat(d.genericGetMin()).isEqualTo(FIRST_GROUP / 10.0);
      assertThat(d.genericGetMax()).isEqualTo((ROWS - 1) / 10.0);
      // Pages end at 20,000 rows, and at a megabyte of values: the big texts take about 3 MB in the first group.
      assertThat(reader.readOffsetIndex(chunk(first, "n")).getPageCount()).isEqualTo(2);
      assertThat(reader.readOffsetIndex(chunk(first, "big")).getPageCount()).isGreaterThanOrEqualTo(3);
      ColumnIndex pagesOfN = reader.readColumnIndex(chunk(first, "n"));
      assertThat(pagesOfN.getNullPages()).containsExactly(false, false);
      assertThat(pagesOfN.getNullCounts()).containsExactly(20_000L / 3 + 1, 10_000L / 3);
    }
  }

  @Test
  void everyCompressionWritesPagesParquetReads() throws IOException {
    for (Compression compression : Compression.values()) {
      Path file = dir.resolve(compression + ".parquet");
      write(file, compression);
      try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
        assertThat(reader.getRecordCount()).isEqualTo(ROWS);
        assertThat(chunk(reader.getFooter().getBlocks().get(0), "s").getCodec().getParquetCompressionCodec())
            .isEqualTo(compression.codec);
      }
      try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(),
          new org.apache.hadoop.fs.Path(file.toUri())).build()) {
        int rows = 0;
        for (Group row = reader.read(); row != null; row = reader.read()) {
          if (hasBig(rows)) {
            assertThat(row.getString("big", 0)).as(compression.toString()).isEqualTo(big(rows));
          }
          rows++;
        }
        assertThat(rows).isEqualTo(ROWS);
      }
    }
  }

  @Test
  void pagesEndAtTheSameRowsHoweverTheRowsComeInBatches() throws IOException {
    Path thousands = dir.resolve("thousands.parquet");
    write(thousands, Compression.ZSTD, 1000);
    for (int batchRows : new int[] {1, 777, 4096, ROWS}) {
      Path other = dir.resolve(batchRows + ".parquet");
      write(other, Compression.ZSTD, batchRows);
      assertThat(Files.readAllBytes(other)).as("batches of %d rows", batchRows)
          .isEqualTo(Files.readAllBytes(thousands));
    }
  }

  private static ColumnChunkMetaData chunk(BlockMetaData group, String column) {
    return group.getColumns().stream().filter(c -> c.getPath().toDotString().equals(column)).findFirst()
        .orElseThrow();
  }

  @Property(tries = 200)
  void aPagesTextBoundsAreItsLeastAndGreatestValuesByUnsignedBytes(
      @ForAll @Size(min = 1, max = 300) List<@Size(max = 4) List<@IntRange(min = 0, max = 255) Integer>> values)
      throws IOException {
    BinaryCells cells = new BinaryCells(values.size(), 2);
    byte[] least = null;
    byte[] greatest = null;
    for (int r = 0; r < values.size(); r++) {
      byte[] value = new byte[values.get(r).size()];
      for (int i = 0; i < value.length; i++) {
        value[i] = (byte) (int) values.get(r).get(i);
      }
      cells.put(r, value);
      least = least == null || Arrays.compareUnsigned(value, least) < 0 ? value : least;
      greatest = greatest == null || Arrays.compareUnsigned(value, greatest) > 0 ? value : greatest;
    }
    cells.end();
    // jqwik's properties get no JUnit temporary folder.
    Path file = Files.createTempFile("bounds", ".parquet");
    try {
      writeAndCheckBounds(file, cells, values.size(), least, greatest);
    } finally {
      Files.delete(file);
    }
  }

  private static void writeAndCheckBounds(Path file, BinaryCells cells, int rows, byte[] least, byte[] greatest)
      throws IOException {
    ColumnPages pages = new ColumnPages(ColumnPages.Layout.BINARY, true,
        new PageCompressor(Compression.UNCOMPRESSED));
    ParquetFile writer = new ParquetFile(Files.newOutputStream(file),
        List.of(new SchemaElement("m").setNum_children(1), AcledColumns.Kind.STRING.element("b")),
        List.of(ColumnPages.Layout.BINARY.column(List.of("b"), true)), Compression.UNCOMPRESSED.codec);
    pages.binaries(cells, 0, rows);
    writer.startRowGroup(rows);
    pages.writeTo(writer);
    writer.endRowGroup();
    writer.end(Map.of());
    try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
      Statistics<?> bounds = chunk(reader.getFooter().getBlocks().get(0), "b").getStatistics();
      assertThat(((Binary) bounds.genericGetMin()).getBytes()).isEqualTo(least);
      assertThat(((Binary) bounds.genericGetMax()).getBytes()).isEqualTo(greatest);
    }
  }

  private static void write(Path file, Compression compression) throws IOException {
    write(file, compression, 1000);
  }

  // Batches of batchRows rows, as the tool prepares them; the first row group ends inside a batch unless batchRows
  // divides it.
  private static void write(Path file, Compression compression, int batchRows) throws IOException {
    try (PageCompressor compressor = new PageCompressor(compression)) {
      List<SchemaElement> schema = new ArrayList<>();
      schema.add(new SchemaElement("m").setNum_children(NAMES.size()));
      List<ParquetFile.Column> leaves = new ArrayList<>();
      List<ColumnPages> columns = new ArrayList<>();
      for (int c = 0; c < NAMES.size(); c++) {
        schema.add(KINDS.get(c).element(NAMES.get(c)));
        leaves.add(KINDS.get(c).layout().column(List.of(NAMES.get(c)), true));
        columns.add(new ColumnPages(KINDS.get(c).layout(), true, compressor));
      }
      ParquetFile writer = new ParquetFile(Files.newOutputStream(file), schema, leaves, compression.codec);
      for (int start = 0; start < ROWS; start += batchRows) {
        int size = Math.min(batchRows, ROWS - start);
        int[] n = new int[size];
        boolean[] hasN = new boolean[size];
        double[] d = new double[size];
        boolean[] hasD = new boolean[size];
        long[] l = new long[size];
        boolean[] hasL = new boolean[size];
        BinaryCells s = new BinaryCells(size, 4);
        BinaryCells big = new BinaryCells(size, 4);
        for (int i = 0; i < size; i++) {
          int r = start + i;
          hasN[i] = hasN(r);
          n[i] = r - 25_000;
          hasD[i] = hasD(r);
          d[i] = r / 10.0;
          hasL[i] = hasL(r);
          l[i] = r * 1_000_000_007L;
          if (hasS(r)) {
            s.put(i, s(r));
          }
          if (hasBig(r)) {
            big.put(i, big(r));
          }
        }
        s.end();
        big.end();
        int split = start < FIRST_GROUP && start + size >= FIRST_GROUP ? FIRST_GROUP - start : size;
        for (int[] slice : new int[][] {{0, split}, {split, size}}) {
          if (slice[0] == slice[1]) {
            continue;
          }
          columns.get(0).ints(n, hasN, slice[0], slice[1]);
          columns.get(1).binaries(s, slice[0], slice[1]);
          columns.get(2).doubles(d, hasD, slice[0], slice[1]);
          columns.get(3).longs(l, hasL, slice[0], slice[1]);
          columns.get(4).binaries(big, slice[0], slice[1]);
          int end = start + slice[1];
          if (end == FIRST_GROUP || end == ROWS) {
            writer.startRowGroup(end == FIRST_GROUP ? FIRST_GROUP : ROWS - FIRST_GROUP);
            for (ColumnPages column : columns) {
              column.writeTo(writer);
            }
            writer.endRowGroup();
          }
        }
      }
      writer.end(Map.of());
    }
  }
}
