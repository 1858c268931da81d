package org.sahelevents.core.resolution;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The date a resolution answers for, and on which clock: {@code AsOf.validOn(d)} asks what was true on {@code d},
 * {@code AsOf.recordedBy(d)} asks what had been reported by the end of {@code d}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param date the day asked about
 * @param axis the clock {@code date} is read on
 */
public record AsOf(LocalDate date, TimeAxis axis) {
  /** Checks that both parts are present. */
  public AsOf {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(axis, "axis");
  }

  /** A date on the default clock, {@link TimeAxis#VALID_TIME}. */
  public static AsOf of(LocalDate date) {
    return validOn(date);
  }

  /** What was true on the day (valid time). */
  public static AsOf validOn(LocalDate date) {
    return new AsOf(date, TimeAxis.VALID_TIME);
  }

  /** What had been reported by the end of the day (recorded time). */
  public static AsOf recordedBy(LocalDate date) {
    return new AsOf(date, TimeAxis.RECORDED_TIME);
  }

  /** The question in words: "what was true on 2026-04-27 (valid time)". */
  public String describe() {
    return switch (axis) {
      case VALID_TIME -> "what was true on " + date + " (valid time)";
      case RECORDED_TIME -> "what had been reported by " + date + " (recorded time)";
    };
  }
}
