package org.sahelevents.io.acled.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.OptionalInt;
import org.sahelevents.io.acled.DateStyle;

/**
 * Parses every {@code event_date} format ACLED files use, without regular expressions or exceptions on the hot path.
 */
public final class AcledDates {
  /** ACLED's coverage starts in 1997; earlier years are data errors such as the year 0025 of September 2025. */
  public static final int FIRST_YEAR = 1997;

  private AcledDates() {}

  /**
   * The style of a date cell, or null when it is in none of them. An ISO date may be followed by a midnight time
   * ({@code 2020-07-31 00:00:00}, {@code 2020-07-31T00:00:00Z}), as spreadsheets and data frames write dates back;
   * slashed dates may have one-digit days and months ({@code 3/7/2016}).
   */
  public static DateStyle styleOf(String s) {
    int n = s.length();
    if (n >= 10 && s.charAt(4) == '-' && s.charAt(7) == '-' && (n == 10 || isMidnight(s.substring(10)))) {
      return DateStyle.ISO;
    }
    int slash = s.indexOf('/');
    int secondSlash = s.lastIndexOf('/');
    if (slash >= 1 && slash <= 2 && secondSlash > slash + 1 && secondSlash <= slash + 3 && n - secondSlash == 5) {
      return DateStyle.DAY_MONTH_YEAR_SLASHES;
    }
    int dash = s.indexOf('-');
    if (dash > 0 && dash <= 2 && s.lastIndexOf('-') == dash + 4) {
      return DateStyle.SPREADSHEET;
    }
    int space = s.indexOf(' ');
    return space > 0 && space <= 2 && s.lastIndexOf(' ') > space ? DateStyle.DAY_MONTH_NAME_YEAR : null;
  }

  /**
   * Parses a date in any style. A two-digit year takes its century from {@code year} when given (which must then
   * end in the same two digits), otherwise 19xx from 97 up and 20xx below.
   *
   * @throws DateTimeException with a reason a person understands
   */
  public static LocalDate parse(String s, OptionalInt year) {
    DateStyle style = styleOf(s);
    if (style == null) {
      throw new DateTimeException("not a date in any ACLED format (2020-07-31, 31 July 2020, 31/07/2020, 31-Jul-20)");
    }
    LocalDate date = switch (style) {
      case ISO -> date(number(s, 0, 4), number(s, 5, 7), number(s, 8, 10));
      case DAY_MONTH_YEAR_SLASHES -> {
        int slash = s.indexOf('/');
        int secondSlash = s.lastIndexOf('/');
        yield date(number(s, secondSlash + 1, s.length()), number(s, slash + 1, secondSlash), number(s, 0, slash));
      }
      case SPREADSHEET -> {
        int dash = s.indexOf('-');
        int yy = number(s, dash + 5, s.length());
        if (s.length() - dash - 5 != 2) {
          throw new DateTimeException("a spreadsheet date needs a two-digit year");
        }
        int fullYear;
        if (year.isPresent()) {
          if (year.getAsInt() % 100 != yy) {
            throw new DateTimeException("the two-digit year " + yy + " does not match the year column ("
                + year.getAsInt() + ")");
          }
          fullYear = year.getAsInt();
        } else {
          fullYear = yy >= FIRST_YEAR % 100 ? 1900 + yy : 2000 + yy;
        }
        yield date(fullYear, month(s.substring(dash + 1, dash + 4)).getValue(), number(s, 0, dash));
      }
      case DAY_MONTH_NAME_YEAR -> {
        int first = s.indexOf(' ');
        int last = s.lastIndexOf(' ');
        yield date(number(s, last + 1, s.length()), month(s.substring(first + 1, last)).getValue(),
            number(s, 0, first));
      }
    };
    if (date.getYear() < FIRST_YEAR) {
      throw new DateTimeException("year " + date.getYear() + " is before ACLED's coverage (" + FIRST_YEAR + ")");
    }
    return date;
  }

  // A date, or a reason in words: "31 February 2020 is not a date", never the JDK's own message.
  private static LocalDate date(int year, int month, int day) {
    if (month < 1 || month > 12) {
      throw new DateTimeException("month " + month + " does not exist");
    }
    Month m = Month.of(month);
    if (day < 1 || day > m.length(Year.isLeap(year))) {
      throw new DateTimeException(day + " " + m.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year
          + " is not a date");
    }
    return LocalDate.of(year, month, day);
  }

  private static boolean isMidnight(String time) {
    return time.equals(" 00:00:00") || time.equals("T00:00:00") || time.equals("T00:00:00Z")
        || time.equals(" 00:00:00.000") || time.equals(" 00:00");
  }

  private static int number(String s, int from, int to) {
    if (from >= to) {
      throw new DateTimeException("missing number");
    }
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw new DateTimeException("\"" + s.substring(from, to) + "\" is not a number");
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december"};

  private static Month month(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (int i = 0; i < MONTHS.length; i++) {
      if (lower.equals(MONTHS[i]) || (lower.length() == 3 && MONTHS[i].startsWith(lower))) {
        return Month.of(i + 1);
      }
    }
    throw new DateTimeException("\"" + name + "\" is not an English month name");
  }
}
