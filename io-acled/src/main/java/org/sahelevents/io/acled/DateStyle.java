package org.sahelevents.io.acled;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How a file writes {@code event_date}. The reader accepts all of them in any file and remembers the style of the
 * first row, so that writing back keeps it.
 *
 * <p>Enum constants are immutable and thread-safe.
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

  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December"};

  private final DateTimeFormatter formatter;

  DateStyle(String pattern) {
    this.formatter = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
  }

  /** Formats a date in this style. */
  public String format(LocalDate date) {
    int year = date.getYear();
    if (year < 1000 || year > 9999) {
      return formatter.format(date);
    }
    // Written by hand for four-digit years: the same text as the formatter, at a fraction of its cost.
    int day = date.getDayOfMonth();
    int month = date.getMonthValue();
    return switch (this) {
      case ISO -> date.toString();
      case DAY_MONTH_NAME_YEAR -> twoDigits(day) + " " + MONTHS[month - 1] + " " + year;
      case DAY_MONTH_YEAR_SLASHES -> twoDigits(day) + "/" + twoDigits(month) + "/" + year;
      case SPREADSHEET -> day + "-" + MONTHS[month - 1].substring(0, 3) + "-" + twoDigits(year % 100);
    };
  }

  private static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}
