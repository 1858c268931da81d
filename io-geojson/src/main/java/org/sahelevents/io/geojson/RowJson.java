package org.sahelevents.io.geojson;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Assembles a table row's feature, or its properties alone, as JSON in UTF-8, byte for byte as Jackson writes the
 * same names and values, so that a row costs one hand-over to the generator instead of a call per token. Not
 * thread-safe: one per output, reused row after row.
 */
final class RowJson {
  // Per ASCII character, what follows the backslash of its escape: 0 for none, u for four hex digits.
  private static final byte[] ESCAPES = new byte[0x80];

  static {
    for (int c = 0; c < 0x20; c++) {
      ESCAPES[c] = 'u';
    }
    ESCAPES['"'] = '"';
    ESCAPES['\\'] = '\\';
    ESCAPES['\b'] = 'b';
    ESCAPES['\t'] = 't';
    ESCAPES['\n'] = 'n';
    ESCAPES['\f'] = 'f';
    ESCAPES['\r'] = 'r';
  }

  // The most bytes one character takes: backslash, u and four hex digits.
  private static final int MAX_CHAR_BYTES = 6;
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] FEATURE_START = "{\"type\":\"Feature\"".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ID = ",\"id\":".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] GEOMETRY = ",\"geometry\":".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PROPERTIES = ",\"properties\":".getBytes(StandardCharsets.US_ASCII);

  private byte[] bytes = new byte[1 << 12];
  private char[] chars = new char[1 << 9];
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
    if (!isPlainNumber(text)) {
      return false;
    }
    int n = text.length();
    reserve(n);
    byte[] out = bytes;
    int at = length;
    for (int i = 0; i < n; i++) {
      out[at + i] = (byte) text.charAt(i);
    }
    length = at + n;
    return true;
  }

  /**
   * Whether {@code text} is a number whose text a JSON number keeps exactly: decimal digits, an optional minus sign
   * and fraction, no exponent, no leading zeros, no plus sign, and no minus sign on zero ({@code -0} reads back as
   * {@code 0}).
   */
  static boolean isPlainNumber(String text) {
    int n = text.length();
    int start = n > 0 && text.charAt(0) == '-' ? 1 : 0;
    int digits = 0;
    int fractionDigits = -1;
    boolean zero = true;
    for (int i = start; i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        zero &= c == '0';
        if (fractionDigits >= 0) {
          fractionDigits++;
        } else if (digits++ == 1 && text.charAt(start) == '0') {
          return false;
        }
      } else if (c != '.' || fractionDigits >= 0) {
        return false;
      } else {
        fractionDigits = 0;
      }
    }
    return digits > 0 && fractionDigits != 0 && !(start == 1 && zero);
  }

  // Characters are taken out of the string into a reused array, without the allocation of encoding it. A run of
  // ASCII characters that JSON does not escape, which is most of any text, is copied a byte each in a tight loop; any
  // other character is encoded on its own, and the run goes on after it. The buffer always has room for the rest of
  // the text as single bytes and the closing quote, and grows only when a character takes more than one byte.
  private void appendString(String text) {
    int n = text.length();
    if (chars.length < n) {
      chars = new char[Math.max(n, 2 * chars.length)];
    }
    text.getChars(0, n, chars, 0);
    reserve(n + 2L);
    byte[] out = bytes;
    char[] in = chars;
    int at = length;
    out[at++] = '"';
    int i = 0;
    while (true) {
      int base = at - i;
      for (; i < n; i++) {
        char c = in[i];
        if (c >= 0x80 || ESCAPES[c] != 0) {
          break;
        }
        out[base + i] = (byte) c;
      }
      at = base + i;
      if (i == n) {
        break;
      }
      if (out.length - at < MAX_CHAR_BYTES + (n - i)) {
        length = at;
        reserve(MAX_CHAR_BYTES + (long) (n - i));
        out = bytes;
      }
      at = encode(in[i++], out, at);
    }
    out[at++] = '"';
    length = at;
  }

  // As Jackson's UTF-8 generator: the short escapes where JSON has them, backslash-u and four hex digits for other
  // control characters and for every surrogate (pairs too), other characters as UTF-8.
  private static int encode(char c, byte[] out, int at) {
    if (c < 0x80) {
      byte escape = ESCAPES[c];
      out[at++] = '\\';
      if (escape == 'u') {
        return hex(c, out, at);
      }
      out[at++] = escape;
    } else if (c < 0x800) {
      out[at++] = (byte) (0xC0 | c >> 6);
      out[at++] = (byte) (0x80 | c & 0x3F);
    } else if (Character.isSurrogate(c)) {
      out[at++] = '\\';
      return hex(c, out, at);
    } else {
      out[at++] = (byte) (0xE0 | c >> 12);
      out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
      out[at++] = (byte) (0x80 | c & 0x3F);
    }
    return at;
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
