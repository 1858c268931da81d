package org.sahelevents.io.geoparquet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.parquet.format.BoundaryOrder;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.ColumnIndex;
import org.apache.parquet.format.ColumnMetaData;
import org.apache.parquet.format.ColumnOrder;
import org.apache.parquet.format.CompressionCodec;
import org.apache.parquet.format.DataPageHeader;
import org.apache.parquet.format.Encoding;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.KeyValue;
import org.apache.parquet.format.OffsetIndex;
import org.apache.parquet.format.PageEncodingStats;
import org.apache.parquet.format.PageHeader;
import org.apache.parquet.format.PageLocation;
import org.apache.parquet.format.PageType;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.SchemaElement;
import org.apache.parquet.format.Statistics;
import org.apache.parquet.format.Type;
import org.apache.parquet.format.TypeDefinedOrder;
import org.apache.parquet.format.Util;

/**
 * Lays a Parquet file out on a stream, as the format specifies it: the magic, row groups of column chunks (each data
 * page behind its header), the page index of every chunk (a column index where its pages carry bounds, an offset
 * index always), then the footer with the schema, the row groups, the key-value metadata and its length. It writes
 * the format's own structures with the format's own serializer; Parquet's file writer would do the same through
 * layers of its in-memory model, whose setting up costs a short run more than the writing. Pages are version 1 data
 * pages in PLAIN encoding with RLE definition levels, of columns without repetition. Not thread-safe.
 */
final class ParquetFile {
  private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);
  // Bounds larger than this Parquet's writer leaves out of statistics and page indexes, and so does this one.
  private static final int MAX_BOUNDS_BYTES = 4096;
  private static final String CREATED_BY = "sahel-events version " + version();

  /**
   * A compressed page and what the page index says of it: its rows, its nulls and its least and greatest value in
   * the column's encoding (null when it keeps no bounds or has no value to bound).
   */
  record Page(byte[] compressed, int uncompressedSize, int rows, int nulls, byte[] min, byte[] max) {}

  /**
   * A column of the schema: its path, its physical type, and the order of its bounds' bytes (null for a column whose
   * pages keep no bounds); {@code signed} says whether that order is signed, as Parquet's deprecated statistics
   * require.
   */
  record Column(List<String> path, Type type, Comparator<byte[]> order, boolean signed) {}

  private final Counting out;
  private final List<SchemaElement> schema;
  private final List<Column> columns;
  private final CompressionCodec codec;
  private final List<RowGroup> groups = new ArrayList<>();
  // Per row group and column, the chunk's column index (null where it has none) and offset index.
  private final List<ColumnIndex[]> columnIndexes = new ArrayList<>();
  private final List<OffsetIndex[]> offsetIndexes = new ArrayList<>();
  private long rows;
  private List<ColumnChunk> chunks;
  private ColumnIndex[] groupColumnIndexes;
  private OffsetIndex[] groupOffsetIndexes;
  private long groupRows;
  private long groupStart;
  private long groupCompressed;
  private long groupUncompressed;

  /**
   * Starts a file on a stream, which {@link #end} and {@link #abort} close.
   *
   * @param schema the schema's elements in depth-first order, the root first
   * @param columns the leaves of the schema, in the same order
   */
  ParquetFile(OutputStream out, List<SchemaElement> schema, List<Column> columns, CompressionCodec codec)
      throws IOException {
    this.out = new Counting(out);
    this.schema = schema;
    this.columns = columns;
    this.codec = codec;
    this.out.write(MAGIC);
  }

  /** Starts a row group of this many rows; its chunks follow in the columns' order. */
  void startRowGroup(long groupRows) {
    this.groupRows = groupRows;
    chunks = new ArrayList<>(columns.size());
    groupColumnIndexes = new ColumnIndex[columns.size()];
    groupOffsetIndexes = new OffsetIndex[columns.size()];
    groupStart = out.position;
    groupCompressed = 0;
    groupUncompressed = 0;
  }

  /** Writes the next column's chunk of the row group: its pages, in order. */
  void chunk(List<Page> pages) throws IOException {
    int c = chunks.size();
    Column column = columns.get(c);
    long start = out.position;
    long compressed = 0;
    long uncompressed = 0;
    long values = 0;
    List<PageLocation> locations = new ArrayList<>(pages.size());
    for (Page page : pages) {
      long at = out.position;
      PageHeader header = new PageHeader(PageType.DATA_PAGE, page.uncompressedSize(), page.compressed().length);
      header.setData_page_header(new DataPageHeader(page.rows(), Encoding.PLAIN, Encoding.RLE, Encoding.RLE));
      Util.writePageHeader(header, out);
      long headerSize = out.position - at;
      out.write(page.compressed());
      compressed += headerSize + page.compressed().length;
      uncompressed += headerSize + page.uncompressedSize();
      locations.add(new PageLocation(at, (int) (out.position - at), values));
      values += page.rows();
    }
    ColumnMetaData meta = new ColumnMetaData(column.type(), List.of(Encoding.PLAIN, Encoding.RLE), column.path(),
        codec, values, uncompressed, compressed, start);
    meta.setEncoding_stats(List.of(new PageEncodingStats(PageType.DATA_PAGE, Encoding.PLAIN, pages.size())));
    if (column.order() != null) {
      Statistics statistics = statistics(column, pages);
      if (statistics != null) {
        meta.setStatistics(statistics);
      }
      groupColumnIndexes[c] = columnIndex(column.order(), pages);
    }
    groupOffsetIndexes[c] = new OffsetIndex(locations);
    ColumnChunk chunk = new ColumnChunk(0);
    chunk.setMeta_data(meta);
    chunks.add(chunk);
    groupCompressed += compressed;
    groupUncompressed += uncompressed;
  }

  /** Ends the row group, once every column's chunk is written. */
  void endRowGroup() {
    if (chunks.size() != columns.size()) {
      throw new IllegalStateException(chunks.size() + " chunks written of " + columns.size());
    }
    RowGroup group = new RowGroup(chunks, groupUncompressed, groupRows);
    group.setFile_offset(groupStart);
    group.setTotal_compressed_size(groupCompressed);
    group.setOrdinal((short) groups.size());
    groups.add(group);
    columnIndexes.add(groupColumnIndexes);
    offsetIndexes.add(groupOffsetIndexes);
    rows += groupRows;
    chunks = null;
  }

  /** Ends the file: the page indexes, the footer with this key-value metadata; closes the stream. */
  void end(Map<String, String> metadata) throws IOException {
    // Column indexes first, then offset indexes, each in the order of the row groups and their columns.
    for (int g = 0; g < groups.size(); g++) {
      List<ColumnChunk> groupChunks = groups.get(g).getColumns();
      for (int c = 0; c < columns.size(); c++) {
        ColumnIndex index = columnIndexes.get(g)[c];
        if (index != null) {
          long at = out.position;
          Util.writeColumnIndex(index, out);
          groupChunks.get(c).setColumn_index_offset(at).setColumn_index_length((int) (out.position - at));
        }
      }
    }
    for (int g = 0; g < groups.size(); g++) {
      List<ColumnChunk> groupChunks = groups.get(g).getColumns();
      for (int c = 0; c < columns.size(); c++) {
        long at = out.position;
        Util.writeOffsetIndex(offsetIndexes.get(g)[c], out);
        groupChunks.get(c).setOffset_index_offset(at).setOffset_index_length((int) (out.position - at));
      }
    }
    FileMetaData footer = new FileMetaData(1, schema, rows, groups);
    List<KeyValue> keyValues = new ArrayList<>();
    metadata.forEach((key, value) -> keyValues.add(new KeyValue(key).setValue(value)));
    footer.setKey_value_metadata(keyValues);
    footer.setCreated_by(CREATED_BY);
    // Readers compare bounds by the types' own order only where the file says so.
    List<ColumnOrder> orders = new ArrayList<>(columns.size());
    for (int c = 0; c < columns.size(); c++) {
      orders.add(ColumnOrder.TYPE_ORDER(new TypeDefinedOrder()));
    }
    footer.setColumn_orders(orders);
    long at = out.position;
    Util.writeFileMetaData(footer, out);
    byte[] length = new byte[4];
    BinaryCells.putIntLittleEndian(length, 0, (int) (out.position - at));
    out.write(length);
    out.write(MAGIC);
    out.close();
  }

  /** Gives the file up: closes the stream without a footer. */
  void abort() throws IOException {
    out.close();
  }

  // The chunk's statistics, from its pages' bounds; none when the bounds are too large to keep.
  private static Statistics statistics(Column column, List<Page> pages) {
    long nulls = 0;
    byte[] min = null;
    byte[] max = null;
    for (Page page : pages) {
      nulls += page.nulls();
      if (page.min() != null) {
        min = min == null || column.order().compare(page.min(), min) < 0 ? page.min() : min;
        max = max == null || column.order().compare(page.max(), max) > 0 ? page.max() : max;
      }
    }
    Statistics statistics = new Statistics().setNull_count(nulls);
    if (min != null) {
      if (min.length + max.length >= MAX_BOUNDS_BYTES) {
        return null;
      }
      // The deprecated fields hold bounds only in signed order, which old readers assume.
      if (column.signed() || Arrays.equals(min, max)) {
        statistics.setMin(min).setMax(max);
      }
      statistics.setMin_value(min).setMax_value(max);
    }
    return statistics;
  }

  // The chunk's column index; none when a page holds values without bounds (only NaN) or the bounds are too large.
  private static ColumnIndex columnIndex(Comparator<byte[]> order, List<Page> pages) {
    List<Boolean> nullPages = new ArrayList<>(pages.size());
    List<ByteBuffer> mins = new ArrayList<>(pages.size());
    List<ByteBuffer> maxes = new ArrayList<>(pages.size());
    List<Long> nullCounts = new ArrayList<>(pages.size());
    long boundsBytes = 0;
    boolean ascending = true;
    boolean descending = true;
    Page previous = null;
    for (Page page : pages) {
      boolean onlyNulls = page.nulls() == page.rows();
      if (!onlyNulls && page.min() == null) {
        return null;
      }
      nullPages.add(onlyNulls);
      nullCounts.add((long) page.nulls());
      if (onlyNulls) {
        mins.add(ByteBuffer.allocate(0));
        maxes.add(ByteBuffer.allocate(0));
        continue;
      }
      mins.add(ByteBuffer.wrap(page.min()));
      maxes.add(ByteBuffer.wrap(page.max()));
      boundsBytes += page.min().length + page.max().length;
      if (previous != null) {
        int minOrder = order.compare(previous.min(), page.min());
        int maxOrder = order.compare(previous.max(), page.max());
        ascending &= minOrder <= 0 && maxOrder <= 0;
        descending &= minOrder >= 0 && maxOrder >= 0;
      }
      previous = page;
    }
    if (boundsBytes > (long) pages.size() * MAX_BOUNDS_BYTES) {
      return null;
    }
    BoundaryOrder boundary = ascending ? BoundaryOrder.ASCENDING
        : descending ? BoundaryOrder.DESCENDING : BoundaryOrder.UNORDERED;
    return new ColumnIndex(nullPages, mins, maxes, boundary).setNull_counts(nullCounts);
  }

  // This library's version, as its build wrote it, for the file's created_by: readers trust a file's statistics by
  // the writer it names, and need "<application> version <version>" to read the name at all.
  private static String version() {
    try (InputStream in = ParquetFile.class.getResourceAsStream("version.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The stream with the count of bytes written to it, which the file's offsets are. */
  private static final class Counting extends OutputStream {
    private final OutputStream out;
    long position;

    Counting(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      position++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      position += len;
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
