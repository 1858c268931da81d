package org.sahelevents.io.acled;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How a file writes {@code event_date}. The reader accepts all of them in any file and remembers the style of the
 * first row, so that writing back keeps it.
 *
 * <p>Enum constants are thread-safe; each remembers the last date it formatted, which changes no result.
 */
public enum DateStyle {
  /** {@code 2020-07-31}: the API, HDX copies, and this library's default for writing. */
  ISO("yyyy-MM-dd"),
  /** {@code 03 December 2020}: ACLED's export tool. */
  DAY_MONTH_NAME_YEAR("dd MMMM yyyy"),
  /** {@code 31/07/2020}: the 2016 and earlier files. */
  DAY_MONTH_YEAR_SLASHES("dd/MM/yyyy"),
  /** {@code 16-Feb-21}: a spreadsheet re-save; the century comes from the {@code year} column. */
  SPREADSHEET("d-MMM-yy");

  private final DateTimeFormatter formatter;
  // Rows come sorted by date, so most dates are the one formatted before. Replaced whole, never changed.
  private volatile Formatted last;

  private record Formatted(LocalDate date, String text) {}

  DateStyle(String pattern) {
    this.formatter = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
  }

  /** Formats a date in this style. */
  public String format(LocalDate date) {
    // LocalDate's own text is the ISO form for four-digit years, and much faster than a formatter.
    if (this == ISO && date.getYear() >= 1000 && date.getYear() <= 9999) {
      return date.toString();
    }
    Formatted previous = last;
    if (previous != null && previous.date.equals(date)) {
      return previous.text;
    }
    String text = formatter.format(date);
    last = new Formatted(date, text);
    return text;
  }
}
