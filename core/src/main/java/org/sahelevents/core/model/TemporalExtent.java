package org.sahelevents.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.immutables.value.Value;
import org.sahelevents.core.validation.CheckInvariants;

/**
 * When something happened, as an interval of dates with a precision: "on 25 April 2026" is one day; "some time in
 * September 2025" is the whole month with precision {@link TimePrecision#MONTH}. The precision must fit the interval
 * (a day is one date, a week spans at most seven days, a month stays in one calendar month).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@CheckInvariants
@JsonSerialize(as = ImmutableTemporalExtent.class)
@JsonDeserialize(as = ImmutableTemporalExtent.class)
public interface TemporalExtent extends Serializable {
  /** The earliest date it can have happened. */
  @NotNull
  LocalDate getEarliest();

  /** The latest date it can have happened; not before {@link #getEarliest()}. */
  @NotNull
  LocalDate getLatest();

  /** How precisely the interval dates the event. */
  @NotNull
  TimePrecision getPrecision();

  /** One day. */
  static TemporalExtent day(LocalDate date) {
    return builder().earliest(date).latest(date).precision(TimePrecision.DAY).build();
  }

  /** Several consecutive days, for example a two-day offensive. */
  static TemporalExtent days(LocalDate first, LocalDate last) {
    return builder().earliest(first).latest(last).precision(TimePrecision.DAYS).build();
  }

  /** Some time in a calendar month. */
  static TemporalExtent month(YearMonth month) {
    return builder().earliest(month.atDay(1)).latest(month.atEndOfMonth()).precision(TimePrecision.MONTH).build();
  }

  /** Number of days from earliest to latest: 0 for one day. */
  default long spanDays() {
    return ChronoUnit.DAYS.between(getEarliest(), getLatest());
  }

  /**
   * The single date that stands for the interval, as ACLED's {@code event_date} does: the day itself, or the middle
   * of a week or month (ACLED codes "some time in a week" at its Wednesday or Thursday, and a month at its middle).
   */
  default LocalDate representativeDate() {
    return getEarliest().plusDays(spanDays() / 2);
  }

  /** The extent in words: "2026-04-25", or "2026-04-25 to 2026-04-26 (days)". */
  default String describe() {
    return spanDays() == 0
        ? getEarliest().toString()
        : getEarliest() + " to " + getLatest() + " (" + getPrecision().name().toLowerCase(Locale.ROOT) + ")";
  }

  /** Whether the interval includes the date. */
  default boolean contains(LocalDate date) {
    return !date.isBefore(getEarliest()) && !date.isAfter(getLatest());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TemporalExtent}. Not thread-safe. */
  class Builder extends ImmutableTemporalExtent.Builder {}
}
