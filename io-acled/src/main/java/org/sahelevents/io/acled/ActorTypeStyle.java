package org.sahelevents.io.acled;

/**
 * How a file writes actor types ({@code inter1}, {@code inter2}) and interactions: as codes (exports from 2019 to
 * 2023, and the API with {@code inter_num=1}) or as text (the current exports and API). The reader accepts both in
 * any file and remembers the style of the first row.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum ActorTypeStyle {
  /** {@code Rebel group}, {@code State forces-Rebel group}; no second actor is a blank cell. */
  TEXT,
  /** {@code 2}, {@code 12}; no second actor is {@code 0}. */
  NUMERIC
}
