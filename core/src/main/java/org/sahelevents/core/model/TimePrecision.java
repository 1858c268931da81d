package org.sahelevents.core.model;

import java.util.OptionalInt;
import org.sahelevents.core.taxonomy.UnknownTermException;

/**
 * How precisely a {@link TemporalExtent} dates an event, with ACLED's {@code time_precision} codes: 1 {@link #DAY},
 * 2 {@link #WEEK} (also {@link #DAYS}), 3 {@link #MONTH}. ACLED records nothing less precise than a month; {@link #YEAR} and {@link #PERIOD} are for
 * data sets that do, such as UCDP GED.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum TimePrecision {
  /** One day: earliest and latest are the same date. */
  DAY(1),
  /** Two to seven days: a span of one to six days between earliest and latest (ACLED 2). */
  DAYS(2),
  /** Some time in a week: at most six days between earliest and latest (ACLED 2). */
  WEEK(2),
  /** Some time in one calendar month (ACLED 3). */
  MONTH(3),
  /** Some time in one calendar year; not exportable to ACLED. */
  YEAR(0),
  /**
   * Some time in a period that no calendar month or year holds, such as UCDP's "more than a month" spanning a new
   * year (November to February); not exportable to ACLED.
   */
  PERIOD(0);

  private final int acledCode;

  TimePrecision(int acledCode) {
    this.acledCode = acledCode;
  }

  /** ACLED's {@code time_precision} code, 1 to 3; empty for {@link #YEAR} and {@link #PERIOD}. */
  public OptionalInt acledCode() {
    return acledCode == 0 ? OptionalInt.empty() : OptionalInt.of(acledCode);
  }

  /**
   * Returns the precision for an ACLED {@code time_precision} code.
   *
   * @throws UnknownTermException if the code is not 1, 2 or 3
   */
  public static TimePrecision fromAcledCode(int code) {
    return switch (code) {
      case 1 -> DAY;
      case 2 -> WEEK;
      case 3 -> MONTH;
      default -> throw new UnknownTermException("time_precision", Integer.toString(code), "1, 2 or 3");
    };
  }
}
