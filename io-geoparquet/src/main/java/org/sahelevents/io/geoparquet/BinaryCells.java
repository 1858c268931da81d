package org.sahelevents.io.geoparquet;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The text (or bytes) of one column for the rows of a batch, already in Parquet's PLAIN encoding: each value's length
 * as four little-endian bytes, then its bytes, one after the other, with where each row's value ends, so that the
 * writing thread copies a run of rows in one step. A row without a value takes no bytes. Filled row by row by one
 * thread, then only read. Not thread-safe while filled.
 */
final class BinaryCells {
  // Views of byte arrays as little-endian ints and longs, which the JIT compiler turns into single loads and stores.
  private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private byte[] data;
  private int length;
  // ends[r]: the offset in data after row r's value; a row without a value ends where the row before it did.
  private final int[] ends;
  private int rows;

  BinaryCells(int size, int bytesPerRow) {
    ends = new int[size];
    data = new byte[Math.max(16, size * bytesPerRow)];
  }

  /** Sets row {@code row}'s value to text in UTF-8; the rows before it that were given none have none. */
  void put(int row, String text) {
    put(row, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Sets row {@code row}'s value; the rows before it that were given none have none. */
  void put(int row, byte[] value) {
    skipTo(row);
    int needed = length + 4 + value.length;
    if (needed > data.length) {
      data = Arrays.copyOf(data, Math.max(needed, data.length + data.length / 2));
    }
    putIntLittleEndian(data, length, value.length);
    System.arraycopy(value, 0, data, length + 4, value.length);
    length = needed;
    ends[rows++] = length;
  }

  /** Ends the column at the batch's size: the rows not given a value have none. */
  void end() {
    skipTo(ends.length);
  }

  private void skipTo(int row) {
    while (rows < row) {
      ends[rows++] = length;
    }
  }

  /** The bytes the rows' values take. */
  int length() {
    return length;
  }

  boolean has(int row) {
    return ends[row] > start(row);
  }

  /** The offset in {@link #data()} where row {@code row}'s length begins. */
  int start(int row) {
    return row == 0 ? 0 : ends[row - 1];
  }

  int end(int row) {
    return ends[row];
  }

  byte[] data() {
    return data;
  }

  static void putIntLittleEndian(byte[] into, int at, int value) {
    INTS.set(into, at, value);
  }

  static int intLittleEndian(byte[] from, int at) {
    return (int) INTS.get(from, at);
  }

  static void putLongLittleEndian(byte[] into, int at, long value) {
    LONGS.set(into, at, value);
  }

  static long longLittleEndian(byte[] from, int at) {
    return (long) LONGS.get(from, at);
  }
}
