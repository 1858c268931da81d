package org.sahelevents.io.tabular;

/** Checks UTF-8 as RFC 3629 defines it: shortest forms only, no surrogates, nothing past U+10FFFF. Stateless. */
final class Utf8 {
  private Utf8() {}

  /**
   * The index of the first byte of the first sequence in {@code bytes[from, from + length)} that is not UTF-8, or -1
   * if all of it is. A sequence cut off by the end of the range is not UTF-8.
   */
  static int firstInvalid(byte[] bytes, int from, int length) {
    int end = from + length;
    int i = from;
    while (i < end) {
      int b = bytes[i];
      if (b >= 0) {
        i++;
        continue;
      }
      int lead = b & 0xFF;
      int size;
      int min = 0x80;
      int max = 0xBF;
      if (lead >= 0xC2 && lead <= 0xDF) {
        size = 2;
      } else if (lead >= 0xE0 && lead <= 0xEF) {
        size = 3;
        if (lead == 0xE0) {
          min = 0xA0;
        } else if (lead == 0xED) {
          max = 0x9F;
        }
      } else if (lead >= 0xF0 && lead <= 0xF4) {
        size = 4;
        if (lead == 0xF0) {
          min = 0x90;
        } else if (lead == 0xF4) {
          max = 0x8F;
        }
      } else {
        return i;
      }
      if (i + size > end) {
        return i;
      }
      int second = bytes[i + 1] & 0xFF;
      if (second < min || second > max) {
        return i;
      }
      for (int k = 2; k < size; k++) {
        if ((bytes[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += size;
    }
    return -1;
  }
}
