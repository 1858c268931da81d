package org.sahelevents.io.geoparquet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.parquet.format.Type;

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

  /** What the column holds, as its values are laid out: Parquet's physical types. */
  enum Layout {
    BINARY(Type.BYTE_ARRAY, Arrays::compareUnsigned),
    INT32(Type.INT32, Comparator.comparingInt(b -> BinaryCells.intLittleEndian(b, 0))),
    INT64(Type.INT64, Comparator.comparingLong(b -> BinaryCells.longLittleEndian(b, 0))),
    DOUBLE(Type.DOUBLE, Comparator.comparingDouble(b -> Double.longBitsToDouble(BinaryCells.longLittleEndian(b, 0))));

    private final Type type;
    private final Comparator<byte[]> order;

    Layout(Type type, Comparator<byte[]> order) {
      this.type = type;
      this.order = order;
    }

    /** The physical type. */
    Type type() {
      return type;
    }

    /** A column of this layout, whose pages keep their bounds if {@code bounded}. */
    ParquetFile.Column column(List<String> path, boolean bounded) {
      // Text and bytes compare unsigned, numbers signed.
      return new ParquetFile.Column(path, type, bounded ? order : null, this != BINARY);
    }
  }

  private final Layout layout;
  private final boolean minMax;
  private final PageCompressor compressor;
  private final List<ParquetFile.Page> pages = new ArrayList<>();

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
  // The page's minimum and maximum. For BINARY, once any says the page has a value: where each one's length begins
  // in values, its length and its first byte. For numbers, the values themselves, which start from the bounds of an
  // empty page (the largest and smallest long, +inf and -inf) so that each value costs two comparisons.
  private boolean any;
  private int minAt;
  private int maxAt;
  private int minLength;
  private int maxLength;
  private int minFirst;
  private int maxFirst;
  private long minBits = Long.MAX_VALUE;
  private long maxBits = Long.MIN_VALUE;
  private double minDouble = Double.POSITIVE_INFINITY;
  private double maxDouble = Double.NEGATIVE_INFINITY;

  /**
   * @param minMax whether pages carry their minimum and maximum value (their nulls they always carry)
   */
  ColumnPages(Layout layout, boolean minMax, PageCompressor compressor) {
    this.layout = layout;
    this.minMax = minMax;
    this.compressor = compressor;
  }

  /** Appends rows {@code from} to {@code to} of a batch's text or bytes. */
  void binaries(BinaryCells cells, int from, int to) throws IOException {
    while (from < to) {
      int end = rowLimit(from, to);
      // The row whose value takes the page to PAGE_BYTES is its last: the first row whose end, counted from the
      // run's start, reaches what the page has room for. Ends only grow, so it is found by bisection.
      int room = PAGE_BYTES - valuesLength + cells.start(from);
      if (cells.end(end - 1) >= room) {
        int low = from;
        int high = end - 1;
        while (low < high) {
          int middle = (low + high) >>> 1;
          if (cells.end(middle) >= room) {
            high = middle;
          } else {
            low = middle + 1;
          }
        }
        end = low + 1;
      }
      appendBinaries(cells, from, end);
      from = appended(from, end);
    }
  }

  private void appendBinaries(BinaryCells cells, int from, int to) {
    int start = cells.start(from);
    int base = valuesLength - start;
    append(cells.data(), start, cells.end(to - 1) - start);
    int previousEnd = start;
    for (int r = from; r < to; r++) {
      int end = cells.end(r);
      if (end > previousEnd) {
        level(1);
        if (minMax) {
          binaryBounds(base + previousEnd, end - previousEnd - 4);
        }
      } else {
        absent();
      }
      previousEnd = end;
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
        BinaryCells.putLongLittleEndian(values, valuesLength, column[r]);
        valuesLength += 8;
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
        BinaryCells.putLongLittleEndian(values, valuesLength, Double.doubleToRawLongBits(column[r]));
        valuesLength += 8;
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
        BinaryCells.putLongLittleEndian(values, valuesLength + 9, Double.doubleToRawLongBits(x[r]));
        BinaryCells.putLongLittleEndian(values, valuesLength + 17, Double.doubleToRawLongBits(y[r]));
        valuesLength += 25;
        level(1);
      } else {
        absent();
      }
    }
  }

  // A whole number's place: its level and the page's bounds.
  private void whole(long v) {
    level(1);
    minBits = Math.min(minBits, v);
    maxBits = Math.max(maxBits, v);
  }

  private void absent() {
    level(0);
    pageNulls++;
  }

  private void doubleBounds(double v) {
    // NaN orders nowhere: Parquet's statistics leave it out (it fails both comparisons).
    if (v < minDouble) {
      minDouble = v;
    }
    if (v > maxDouble) {
      maxDouble = v;
    }
  }

  // Takes into the page's bounds the value of this length whose length begins at offset at in values.
  private void binaryBounds(int at, int length) {
    int first = length == 0 ? -1 : values[at + 4] & 0xff;
    if (!any) {
      minAt = at;
      maxAt = at;
      minLength = length;
      maxLength = length;
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
    int toMin = first != minFirst ? first - minFirst : compare(at, length, minAt, minLength);
    if (toMin < 0) {
      minAt = at;
      minLength = length;
      minFirst = first;
    } else if (toMin > 0 && (first != maxFirst ? first > maxFirst : compare(at, length, maxAt, maxLength) > 0)) {
      maxAt = at;
      maxLength = length;
      maxFirst = first;
    }
  }

  // Parquet orders text and bytes by their unsigned bytes.
  private int compare(int a, int aLength, int b, int bLength) {
    return Arrays.compareUnsigned(values, a + 4, a + 4 + aLength, values, b + 4, b + 4 + bLength);
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
    // A page of doubles all NaN has values but no bounds.
    boolean bounded = minMax && switch (layout) {
      case BINARY -> any;
      case INT32, INT64 -> pageNulls < pageRows;
      case DOUBLE -> minDouble <= maxDouble;
    };
    pages.add(new ParquetFile.Page(compressed, compressor.uncompressedSize(), pageRows, pageNulls,
        bounded ? bound(minAt, minLength, minBits, minDouble == 0.0 ? -0.0 : minDouble) : null,
        bounded ? bound(maxAt, maxLength, maxBits, maxDouble == 0.0 ? 0.0 : maxDouble) : null));
    valuesLength = 0;
    levelsLength = 0;
    pageRows = 0;
    pageNulls = 0;
    any = false;
    minBits = Long.MAX_VALUE;
    maxBits = Long.MIN_VALUE;
    minDouble = Double.POSITIVE_INFINITY;
    maxDouble = Double.NEGATIVE_INFINITY;
    if (values.length > PAGE_BYTES * 2) {
      values = new byte[4096];
    }
  }

  // A bound in the column's encoding: for BINARY the value of this length at an offset in values, else the number.
  // Parquet's rule for a zero bound of doubles is -0.0 as the minimum and +0.0 as the maximum; the caller applies it.
  private byte[] bound(int at, int length, long whole, double real) {
    return switch (layout) {
      case BINARY -> Arrays.copyOfRange(values, at + 4, at + 4 + length);
      case INT32 -> {
        byte[] bytes = new byte[4];
        BinaryCells.putIntLittleEndian(bytes, 0, (int) whole);
        yield bytes;
      }
      case INT64 -> longBytes(whole);
      case DOUBLE -> longBytes(Double.doubleToRawLongBits(real));
    };
  }

  private static byte[] longBytes(long v) {
    byte[] bytes = new byte[8];
    BinaryCells.putLongLittleEndian(bytes, 0, v);
    return bytes;
  }

  /** Writes the row group's pages of this column to the file, as its column chunk, and starts the next group. */
  void writeTo(ParquetFile file) throws IOException {
    endPage();
    file.chunk(pages);
    pages.clear();
  }
}
