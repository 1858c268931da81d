package org.sahelevents.io.acled;

/**
 * What a reader does with a row it cannot accept. Either way no row is dropped silently: rows read = rows accepted
 * + rows rejected.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum BadRowPolicy {
  /** Throw an {@link AcledFormatException} at the first bad row, naming its line, column, raw value and reason. Default. */
  FAIL,
  /** Report the bad row (same details) to the caller and go on reading. */
  COLLECT
}
