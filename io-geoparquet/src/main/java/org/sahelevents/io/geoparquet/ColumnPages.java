package org.sahelevents.io.geoparquet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.statistics.BinaryStatistics;
import org.apache.parquet.column.statistics.DoubleStatistics;
import org.apache.parquet.column.statistics.IntStatistics;
import org.apache.parquet.column.statistics.LongStatistics;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.PrimitiveType;

/**
 * One optional column's pages in the row group being written: values appended a run of rows at a time in Parquet's
 * PLAIN encoding, definition levels (1 for a value, 0 for none) as runs, the page's minimum, maximum and nulls; a page
 * ends at {@value #PAGE_BYTES} bytes of values or {@value #PAGE_ROWS} rows and is compressed at once, and the row
 * group's pages go to the file together, as Parquet lays a column's chunk out in one piece. Pages are version 1 data
 * pages without a dictionary: values that repeat cost little once compressed, and appending costs no hashing. Not
 * thread-safe.
 */
final class ColumnPages {
  /** Bytes of values after which a page ends (Parquet's usual page size). */
  static final int PAGE_BYTES = 1 << 20;
  /** Rows after which a page ends, so that readers of a few rows skip to them (Parquet's usual limit). */
  static final int PAGE_ROWS = 20_000;

  /** What the column holds, as its values are laid out. */
  enum Layout {
    BINARY, INT32, INT64, DOUBLE
  }

  private record Page(byte[] compressed, int uncompressedSize, int rows, Statistics<?> statistics) {}

  private final ColumnDescriptor descriptor;
  private final PrimitiveType type;
  private final Layout layout;
  private final boolean minMax;
  private final PageCompressor compressor;
  private final List<Page> pages = new ArrayList<>();
  private long groupValues;

  private byte[] values = new byte[4096];
  private int valuesLength;
  private int pageRows;
  private int pageNulls;
  // Definition levels as RLE runs (Parquet's RLE/bit-packing hybrid with runs only, bit width 1): the run being
  // counted, and the encoded runs before it.
  private byte[] levels = new byte[64];
  private int levelsLength;
  private int runLevel = -1;
  private int runLength;
  // The page's minimum and maximum: for BINARY the offset of the value's length in values, else the value.
  private boolean any;
  private int minAt;
  private int maxAt;
  private int minFirst;
  private int maxFirst;
  private long minBits;
  private long maxBits;
  private double minDouble;
  private double maxDouble;

  /**
   * @param minMax whether pages carry their minimum and maximum value (their nulls they always carry)
   */
  ColumnPages(ColumnDescriptor descriptor, boolean minMax, PageCompressor compressor) {
    if (descriptor.getMaxDefinitionLevel() != 1 || descriptor.getMaxRepetitionLevel() != 0) {
      throw new IllegalArgumentException("not an optional value outside lists: " + descriptor);
    }
    this.descriptor = descriptor;
    this.type = descriptor.getPrimitiveType();
    this.layout = switch (type.getPrimitiveTypeName()) {
      case BINARY -> Layout.BINARY;
      case INT32 -> Layout.INT32;
      case INT64 -> Layout.INT64;
      case DOUBLE -> Layout.DOUBLE;
      default -> throw new IllegalArgumentException("no pages for " + type);
    };
    this.minMax = minMax;
    this.compressor = compressor;
  }

  /** Appends rows {@code from} to {@code to} of a batch's text or bytes. */
  void binaries(BinaryCells cells, int from, int to) throws IOException {
    while (from < to) {
      int end = rowLimit(from, to);
      // The row whose value takes the page to PAGE_BYTES is its last.
      int start = cells.start(from);
      for (int r = from; r < end; r++) {
        if (valuesLength + cells.end(r) - start >= PAGE_BYTES) {
          end = r + 1;
          break;
        }
      }
      appendBinaries(cells, from, end);
      from = appended(from, end);
    }
  }

  private void appendBinaries(BinaryCells cells, int from, int to) {
    byte[] data = cells.data();
    int start = cells.start(from);
    int end = cells.end(to - 1);
    int base = valuesLength;
    append(data, start, end - start);
    for (int r = from; r < to; r++) {
      if (cells.has(r)) {
        level(1);
        if (minMax) {
          binaryBounds(base + cells.start(r) - start);
        }
      } else {
        absent();
      }
    }
  }

  /** Appends rows {@code from} to {@code to} of 32-bit values, each where {@code present} says. */
  void ints(int[] column, boolean[] present, int from, int to) throws IOException {
    while (from < to) {
      int end = rowLimit(from, to);
      appendInts(column, present, from, end);
      from = appended(from, end);
    }
  }

  private void appendInts(int[] column, boolean[] present, int from, int to) {
    reserve(4 * (to - from));
    for (int r = from; r < to; r++) {
      if (present[r]) {
        BinaryCells.putIntLittleEndian(values, valuesLength, column[r]);
        valuesLength += 4;
        whole(column[r]);
      } else {
        absent();
      }
    }
  }

  /** Appends rows {@code from} to {@code to} of 64-bit values, each where {@code present} says. */
  void longs(long[] column, boolean[] present, int from, int to) throws IOException {
    while (from < to) {
      int end = rowLimit(from, to);
      appendLongs(column, present, from, end);
      from = appended(from, end);
    }
  }

  private void appendLongs(long[] column, boolean[] present, int from, int to) {
    reserve(8 * (to - from));
    for (int r = from; r < to; r++) {
      if (present[r]) {
        putLongLittleEndian(column[r]);
        whole(column[r]);
      } else {
        absent();
      }
    }
  }

  /** Appends rows {@code from} to {@code to} of doubles, each where {@code present} says. */
  void doubles(double[] column, boolean[] present, int from, int to) throws IOException {
    while (from < to) {
      int end = rowLimit(from, to);
      appendDoubles(column, present, from, end);
      from = appended(from, end);
    }
  }

  private void appendDoubles(double[] column, boolean[] present, int from, int to) {
    reserve(8 * (to - from));
    for (int r = from; r < to; r++) {
      if (present[r]) {
        putLongLittleEndian(Double.doubleToRawLongBits(column[r]));
        level(1);
        doubleBounds(column[r]);
      } else {
        absent();
      }
    }
  }

  /** Appends rows {@code from} to {@code to} of points as little-endian WKB, where {@code point} says. */
  void points(boolean[] point, double[] x, double[] y, int from, int to) throws IOException {
    while (from < to) {
      int end = rowLimit(from, to);
      appendPoints(point, x, y, from, end);
      from = appended(from, end);
    }
  }

  private void appendPoints(boolean[] point, double[] x, double[] y, int from, int to) {
    reserve(25 * (to - from));
    for (int r = from; r < to; r++) {
      if (point[r]) {
        BinaryCells.putIntLittleEndian(values, valuesLength, 21);
        // WKB: byte order 1 (little-endian), geometry type 1 (Point), then x and y.
        values[valuesLength + 4] = 1;
        BinaryCells.putIntLittleEndian(values, valuesLength + 5, 1);
        valuesLength += 9;
        putLongLittleEndian(Double.doubleToRawLongBits(x[r]));
        putLongLittleEndian(Double.doubleToRawLongBits(y[r]));
        level(1);
      } else {
        absent();
      }
    }
  }

  // A whole number's place: its level and the page's bounds.
  private void whole(long v) {
    level(1);
    if (!any || v < minBits) {
      minBits = v;
    }
    if (!any || v > maxBits) {
      maxBits = v;
    }
    any = true;
  }

  private void absent() {
    level(0);
    pageNulls++;
  }

  private void doubleBounds(double v) {
    // NaN orders nowhere: Parquet's statistics leave it out.
    if (Double.isNaN(v)) {
      return;
    }
    if (!any || v < minDouble) {
      minDouble = v;
    }
    if (!any || v > maxDouble) {
      maxDouble = v;
    }
    any = true;
  }

  private void binaryBounds(int at) {
    int first = firstByte(at);
    if (!any) {
      minAt = at;
      maxAt = at;
      minFirst = first;
      maxFirst = first;
      any = true;
      return;
    }
    // A value whose first byte lies strictly between the bounds' first bytes lies between them: most values do.
    if (first > minFirst && first < maxFirst) {
      return;
    }
    // A value equal to the minimum, as every value of a column that holds one, is not above the maximum either.
    int toMin = compare(at, minAt);
    if (toMin < 0) {
      minAt = at;
      minFirst = first;
    } else if (toMin > 0 && compare(at, maxAt) > 0) {
      maxAt = at;
      maxFirst = first;
    }
  }

  // The value's first byte as unsigned, or -1 for an empty value, which orders before all others.
  private int firstByte(int at) {
    return lengthAt(at) == 0 ? -1 : values[at + 4] & 0xff;
  }

  // Parquet orders text and bytes by their unsigned bytes.
  private int compare(int a, int b) {
    return Arrays.compareUnsigned(values, a + 4, a + 4 + lengthAt(a), values, b + 4, b + 4 + lengthAt(b));
  }

  private int lengthAt(int at) {
    return (values[at] & 0xff) | (values[at + 1] & 0xff) << 8 | (values[at + 2] & 0xff) << 16
        | (values[at + 3] & 0xff) << 24;
  }

  private void level(int level) {
    if (level == runLevel) {
      runLength++;
      return;
    }
    endRun();
    runLevel = level;
    runLength = 1;
  }

  private void endRun() {
    if (runLength == 0) {
      return;
    }
    if (levelsLength + 6 > levels.length) {
      levels = Arrays.copyOf(levels, levels.length * 2);
    }
    // An RLE run: its length shifted left by one (the low bit 0 says "RLE") as a ULEB128 varint, then the value.
    int header = runLength << 1;
    while ((header & ~0x7f) != 0) {
      levels[levelsLength++] = (byte) ((header & 0x7f) | 0x80);
      header >>>= 7;
    }
    levels[levelsLength++] = (byte) header;
    levels[levelsLength++] = (byte) runLevel;
    runLength = 0;
    runLevel = -1;
  }

  private void append(byte[] data, int offset, int length) {
    reserve(length);
    System.arraycopy(data, offset, values, valuesLength, length);
    valuesLength += length;
  }

  private void reserve(int more) {
    if (valuesLength + more > values.length) {
      values = Arrays.copyOf(values, Math.max(valuesLength + more, values.length * 2));
    }
  }

  private void putLongLittleEndian(long v) {
    for (int i = 0; i < 8; i++) {
      values[valuesLength + i] = (byte) (v >>> (8 * i));
    }
    valuesLength += 8;
  }

  // Pages end at the same rows however the rows come in batches: at PAGE_ROWS rows, or after the value that takes
  // them to PAGE_BYTES (only text can: 20,000 fixed-width values take at most 500 KB).
  private int rowLimit(int from, int to) {
    return Math.min(to, from + PAGE_ROWS - pageRows);
  }

  private int appended(int from, int end) throws IOException {
    pageRows += end - from;
    if (valuesLength >= PAGE_BYTES || pageRows >= PAGE_ROWS) {
      endPage();
    }
    return end;
  }

  private void endPage() throws IOException {
    if (pageRows == 0) {
      return;
    }
    endRun();
    byte[] compressed = compressor.compress(levels, levelsLength, values, valuesLength);
    pages.add(new Page(compressed, compressor.uncompressedSize(), pageRows, statistics()));
    groupValues += pageRows;
    valuesLength = 0;
    levelsLength = 0;
    pageRows = 0;
    pageNulls = 0;
    any = false;
    if (values.length > PAGE_BYTES * 2) {
      values = new byte[4096];
    }
  }

  // Without minimum and maximum, a page's statistics stay empty: nulls alone would tell readers of the page index
  // that a page with values has none.
  private Statistics<?> statistics() {
    Statistics<?> statistics = Statistics.createStats(type);
    if (!minMax) {
      return statistics;
    }
    if (any) {
      switch (layout) {
        case BINARY -> ((BinaryStatistics) statistics).setMinMax(binaryAt(minAt), binaryAt(maxAt));
        case INT32 -> ((IntStatistics) statistics).setMinMax((int) minBits, (int) maxBits);
        case INT64 -> ((LongStatistics) statistics).setMinMax(minBits, maxBits);
        // Parquet's rule for a zero bound: -0.0 as the minimum, +0.0 as the maximum.
        case DOUBLE -> ((DoubleStatistics) statistics).setMinMax(minDouble == 0.0 ? -0.0 : minDouble,
            maxDouble == 0.0 ? 0.0 : maxDouble);
      }
    }
    statistics.setNumNulls(pageNulls);
    return statistics;
  }

  private Binary binaryAt(int at) {
    return Binary.fromConstantByteArray(Arrays.copyOfRange(values, at + 4, at + 4 + lengthAt(at)));
  }

  /** Writes the row group's pages of this column to the file, as its column chunk, and starts the next group. */
  void writeTo(ParquetFileWriter file) throws IOException {
    endPage();
    file.startColumn(descriptor, groupValues, compressor.compression().codec);
    for (Page page : pages) {
      file.writeDataPage(page.rows, page.uncompressedSize, BytesInput.from(page.compressed), page.statistics,
          page.rows, Encoding.BIT_PACKED, Encoding.RLE, Encoding.PLAIN);
    }
    file.endColumn();
    pages.clear();
    groupValues = 0;
  }
}
