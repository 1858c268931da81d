package org.sahelevents.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.sahelevents.core.validation.CheckInvariants;

/**
 * The dates during which something holds, such as an alliance or a blockade; either end may be open. Both ends are
 * inclusive.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@CheckInvariants
@JsonSerialize(as = ImmutableDateInterval.class)
@JsonDeserialize(as = ImmutableDateInterval.class)
public interface DateInterval extends Serializable {
  /** The first day; empty when the start is unknown or long ago. */
  Optional<LocalDate> getStart();

  /** The last day; empty while it still holds or when the end is unknown. */
  Optional<LocalDate> getEnd();

  /** From a day on, with no end yet. */
  static DateInterval from(LocalDate start) {
    return builder().start(start).build();
  }

  /** From one day to another, both included. */
  static DateInterval between(LocalDate start, LocalDate end) {
    return builder().start(start).end(end).build();
  }

  /** Whether the interval includes the date. */
  default boolean contains(LocalDate date) {
    return getStart().map(s -> !date.isBefore(s)).orElse(true) && getEnd().map(e -> !date.isAfter(e)).orElse(true);
  }

  /** Whether the two intervals share at least one day; an open end reaches as far as the other interval. */
  default boolean overlaps(DateInterval other) {
    boolean thisStartsInTime = getStart().flatMap(s -> other.getEnd().map(e -> !s.isAfter(e))).orElse(true);
    boolean otherStartsInTime = other.getStart().flatMap(s -> getEnd().map(e -> !s.isAfter(e))).orElse(true);
    return thisStartsInTime && otherStartsInTime;
  }

  /** The interval in words: "2024-11-30 to 2026-04-25", "from 2024-11-30", "until 2023-12-31" or "always". */
  default String describe() {
    if (getStart().isPresent()) {
      return getEnd().map(e -> getStart().get() + " to " + e).orElse("from " + getStart().get());
    }
    return getEnd().map(e -> "until " + e).orElse("always");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DateInterval}. Not thread-safe. */
  class Builder extends ImmutableDateInterval.Builder {}
}
