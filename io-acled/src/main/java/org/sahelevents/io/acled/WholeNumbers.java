package org.sahelevents.io.acled;

/**
 * Whole numbers as files write them: plain digits with an optional sign; with a zero fraction ({@code 3.0},
 * {@code 1316.00}), as pandas and R write integer columns that hold a missing value; and with thousands separators
 * where they cannot be anything else: groups of exactly three digits after the first, separated by one kind of
 * separator (a comma, a space, a no-break or narrow no-break space, a thin space), as in {@code 1,316} or
 * {@code 12 345}. A dot is never taken for a thousands separator, since {@code 1.316} may be a decimal. Stateless.
 */
final class WholeNumbers {
  /** What {@link #parse} returns for text that is not a whole number. */
  static final long NOT_WHOLE = Long.MIN_VALUE;

  private WholeNumbers() {}

  /** The number, or {@link #NOT_WHOLE}. */
  static long parse(String text) {
    int n = text.length();
    int i = 0;
    boolean negative = false;
    if (n > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+')) {
      negative = text.charAt(0) == '-';
      i = 1;
    }
    int digitsStart = i;
    long value = 0;
    char separator = 0;
    int groupDigits = 0;
    int leading = 0;
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (value > (Long.MAX_VALUE - (c - '0')) / 10) {
          return NOT_WHOLE;
        }
        value = value * 10 + (c - '0');
        groupDigits++;
      } else if (isSeparator(c) && i > digitsStart) {
        if (separator == 0) {
          if (groupDigits > 3) {
            return NOT_WHOLE;
          }
          separator = c;
          leading = groupDigits;
        } else if (c != separator || groupDigits != 3) {
          return NOT_WHOLE;
        }
        groupDigits = 0;
      } else if (c == '.') {
        break;
      } else {
        return NOT_WHOLE;
      }
    }
    if (i == digitsStart || separator != 0 && (groupDigits != 3 || leading == 0)) {
      return NOT_WHOLE;
    }
    if (i < n) {
      // A fraction: only zeros, and at least one.
      int fraction = i + 1;
      if (fraction == n) {
        return NOT_WHOLE;
      }
      for (int j = fraction; j < n; j++) {
        if (text.charAt(j) != '0') {
          return NOT_WHOLE;
        }
      }
    }
    return negative ? -value : value;
  }

  /** Why text is not a whole number, in words. */
  static String reason(String text) {
    int dot = text.indexOf('.');
    if (dot >= 0 && parse(text.substring(0, dot)) != NOT_WHOLE) {
      return "is not a whole number: it has a fraction";
    }
    return "is not a whole number";
  }

  private static boolean isSeparator(char c) {
    return c == ',' || c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
  }
}
