package org.sahelevents.io.geojson;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Assembles a table row's feature, or its properties alone, as JSON in UTF-8, byte for byte as Jackson writes the
 * same names and values, so that a row costs one hand-over to the generator instead of a call per token. Not
 * thread-safe: one per output, reused row after row.
 */
final class RowJson {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long LOW_BITS = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long QUOTES = LOW_BITS * '"';
  private static final long BACKSLASHES = LOW_BITS * '\\';
  private static final long QUESTION_MARKS = LOW_BITS * '?';
  private static final long SPACES = LOW_BITS * ' ';
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] FEATURE_START = "{\"type\":\"Feature\"".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ID = ",\"id\":".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] GEOMETRY = ",\"geometry\":".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PROPERTIES = ",\"properties\":".getBytes(StandardCharsets.US_ASCII);

  private byte[] bytes = new byte[1 << 12];
  private int length;

  /** The assembled bytes, valid up to {@link #length()} until the next assembly. */
  byte[] bytes() {
    return bytes;
  }

  int length() {
    return length;
  }

  /** A property name as it starts a member: quoted, escaped as a value is, and followed by a colon. */
  static byte[] member(String name) {
    RowJson text = new RowJson();
    text.appendString(name);
    text.reserve(1);
    text.bytes[text.length++] = ':';
    return Arrays.copyOf(text.bytes, text.length);
  }

  /**
   * Assembles a feature: its id (a {@link String}, a {@link BigDecimal} or {@code null} for none), its
   * geometry's JSON ({@code null} for none) and the properties of the row's cells.
   */
  void feature(Object id, char[] geometry, int geometryLength, PropertyColumns columns, List<String> cells) {
    length = 0;
    append(FEATURE_START);
    if (id instanceof String s) {
      append(ID);
      appendString(s);
    } else if (id instanceof BigDecimal n) {
      append(ID);
      String number = n.toPlainString();
      reserve(number.length());
      for (int i = 0; i < number.length(); i++) {
        bytes[length++] = (byte) number.charAt(i);
      }
    }
    append(GEOMETRY);
    if (geometry == null) {
      append(NULL);
    } else {
      reserve(geometryLength);
      for (int i = 0; i < geometryLength; i++) {
        bytes[length++] = (byte) geometry[i];
      }
    }
    append(PROPERTIES);
    appendProperties(columns, cells);
    reserve(1);
    bytes[length++] = '}';
  }

  /** Assembles the object of one row's cells; a {@code null} cell leaves its property out. */
  void properties(PropertyColumns columns, List<String> cells) {
    length = 0;
    appendProperties(columns, cells);
  }

  private void append(byte[] ascii) {
    reserve(ascii.length);
    System.arraycopy(ascii, 0, bytes, length, ascii.length);
    length += ascii.length;
  }

  private void appendProperties(PropertyColumns columns, List<String> cells) {
    reserve(1);
    bytes[length++] = '{';
    boolean first = true;
    for (int i = 0; i < columns.quotedNames.length; i++) {
      String cell = cells.get(i);
      if (cell == null) {
        continue;
      }
      byte[] name = columns.quotedNames[i];
      reserve(name.length + 1);
      if (!first) {
        bytes[length++] = ',';
      }
      first = false;
      System.arraycopy(name, 0, bytes, length, name.length);
      length += name.length;
      if (!columns.numeric[i] || !appendNumber(cell)) {
        appendString(cell);
      }
    }
    reserve(1);
    bytes[length++] = '}';
  }

  // Appends the text as a JSON number if it is a plain decimal, whose text is a valid JSON number as it stands;
  // appends nothing and returns false otherwise.
  private boolean appendNumber(String text) {
    int start = length;
    int end = start + text.length();
    reserve(text.length());
    for (int i = start; i < end; i++) {
      // A character past Latin-1 becomes a question mark, which no number holds.
      char c = text.charAt(i - start);
      bytes[i] = c > 0xFF ? (byte) '?' : (byte) c;
    }
    if (!isPlainNumber(bytes, start, end)) {
      return false;
    }
    length = end;
    return true;
  }

  /**
   * Whether {@code text[from, to)} is a number whose text a JSON number keeps exactly: decimal digits, an optional
   * minus sign and fraction, no exponent, no leading zeros, no plus sign.
   */
  static boolean isPlainNumber(byte[] text, int from, int to) {
    int start = from < to && text[from] == '-' ? from + 1 : from;
    int digits = 0;
    int fractionDigits = -1;
    for (int i = start; i < to; i++) {
      byte c = text[i];
      if (c >= '0' && c <= '9') {
        if (fractionDigits >= 0) {
          fractionDigits++;
        } else if (digits++ == 1 && text[start] == '0') {
          return false;
        }
      } else if (c != '.' || fractionDigits >= 0) {
        return false;
      } else {
        fractionDigits = 0;
      }
    }
    return digits > 0 && fractionDigits != 0;
  }

  // Most cells need no escape: their UTF-8 is checked eight bytes at a time and copied as it is. The rest is encoded
  // character by character.
  private void appendString(String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    if (!isVerbatim(utf8)) {
      appendEscaped(text);
      return;
    }
    reserve(utf8.length + 2);
    bytes[length++] = '"';
    System.arraycopy(utf8, 0, bytes, length, utf8.length);
    length += utf8.length;
    bytes[length++] = '"';
  }

  /**
   * Whether {@code utf8}, a string's encoding by {@link String#getBytes}, goes into a JSON string as it is, as Jackson
   * writes it: no quote, backslash or control character (which JSON escapes), no four-byte sequence (Jackson escapes
   * characters beyond the Basic Multilingual Plane as surrogate pairs) and no question mark (which is how getBytes
   * encodes an unpaired surrogate, so none was).
   */
  static boolean isVerbatim(byte[] utf8) {
    int i = 0;
    for (; i + Long.BYTES <= utf8.length; i += Long.BYTES) {
      long word = (long) LONGS.get(utf8, i);
      // A byte below 0x20 borrows when 0x20 is taken from it (bytes of 0x80 and more are told apart by ~word); the
      // quotes, backslashes and question marks are the zero bytes of a XOR; a lead byte of four has its top four bits
      // set.
      long below = (word - SPACES) & ~word & HIGH_BITS;
      long fourByteLead = word & (word << 1) & (word << 2) & (word << 3) & HIGH_BITS;
      if ((below | zeroByte(word ^ QUOTES) | zeroByte(word ^ BACKSLASHES) | zeroByte(word ^ QUESTION_MARKS)
          | fourByteLead) != 0) {
        return false;
      }
    }
    for (; i < utf8.length; i++) {
      int b = utf8[i] & 0xFF;
      if (b < ' ' || b == '"' || b == '\\' || b == '?' || b >= 0xF0) {
        return false;
      }
    }
    return true;
  }

  private static long zeroByte(long word) {
    return (word - LOW_BITS) & ~word & HIGH_BITS;
  }

  // As Jackson's UTF-8 generator: the short escapes where JSON has them, \\u00XX for other control characters, every
  // surrogate as \\uXXXX (pairs too), other characters as UTF-8.
  private void appendEscaped(String text) {
    reserve(6L * text.length() + 2);
    byte[] out = bytes;
    int at = length;
    out[at++] = '"';
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (c >= ' ' && c != '"' && c != '\\') {
          out[at++] = (byte) c;
          continue;
        }
        out[at++] = '\\';
        switch (c) {
          case '"', '\\' -> out[at++] = (byte) c;
          case '\b' -> out[at++] = 'b';
          case '\t' -> out[at++] = 't';
          case '\n' -> out[at++] = 'n';
          case '\f' -> out[at++] = 'f';
          case '\r' -> out[at++] = 'r';
          default -> at = hex(c, out, at);
        }
      } else if (c < 0x800) {
        out[at++] = (byte) (0xC0 | c >> 6);
        out[at++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isSurrogate(c)) {
        out[at++] = '\\';
        at = hex(c, out, at);
      } else {
        out[at++] = (byte) (0xE0 | c >> 12);
        out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
        out[at++] = (byte) (0x80 | c & 0x3F);
      }
    }
    out[at++] = '"';
    length = at;
  }

  // Writes u and four hexadecimal digits of c.
  private static int hex(char c, byte[] out, int at) {
    out[at++] = 'u';
    out[at++] = HEX[c >> 12];
    out[at++] = HEX[c >> 8 & 0xF];
    out[at++] = HEX[c >> 4 & 0xF];
    out[at++] = HEX[c & 0xF];
    return at;
  }

  private void reserve(long more) {
    long needed = length + more;
    if (needed > bytes.length) {
      if (needed > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException("a row's properties are too long for one JSON feature");
      }
      bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(2L * bytes.length, needed)));
    }
  }
}
