package org.sahelevents.io.acled.api;

/**
 * How ACLED's API shapes events: one row per event with both actors (dyadic), or one row per actor (monadic,
 * {@code export_type=monadic}).
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum ExportType {
  /** One row per event, {@code actor1} and {@code actor2} side by side. Default. */
  DYADIC,
  /** One row per actor of an event: an event with two actors gives two rows with the same {@code event_id_cnty}. */
  MONADIC
}
