package org.sahelevents.io.geojson;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Tells text that a JSON string holds as it is, checking eight bytes at a time. Stateless. */
final class JsonEscapes {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long LOW_BITS = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long QUOTES = LOW_BITS * '"';
  private static final long BACKSLASHES = LOW_BITS * '\\';
  private static final long QUESTION_MARKS = LOW_BITS * '?';
  private static final long SPACES = LOW_BITS * ' ';

  private JsonEscapes() {}

  /**
   * Whether {@code utf8}, the UTF-8 encoding of a string of {@code chars} characters, is that string's own ASCII
   * with nothing a JSON string escapes: as many bytes as characters (so no character past ASCII), no question mark
   * (which is how an unpaired surrogate is encoded, so none was), no quote, backslash or control character.
   */
  static boolean isPlainAscii(byte[] utf8, int chars) {
    if (utf8.length != chars) {
      return false;
    }
    int i = 0;
    for (; i + Long.BYTES <= utf8.length; i += Long.BYTES) {
      long word = (long) LONGS.get(utf8, i);
      // A byte below 0x20 borrows when 0x20 is taken from it; the others are the zero bytes of a XOR.
      long below = (word - SPACES) & ~word & HIGH_BITS;
      if ((below | zeroByte(word ^ QUOTES) | zeroByte(word ^ BACKSLASHES) | zeroByte(word ^ QUESTION_MARKS)
          | (word & HIGH_BITS)) != 0) {
        return false;
      }
    }
    for (; i < utf8.length; i++) {
      byte b = utf8[i];
      if (b < ' ' || b == '"' || b == '\\' || b == '?') {
        return false;
      }
    }
    return true;
  }

  private static long zeroByte(long word) {
    return (word - LOW_BITS) & ~word & HIGH_BITS;
  }
}
