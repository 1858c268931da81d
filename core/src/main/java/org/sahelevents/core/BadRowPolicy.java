package org.sahelevents.core;

/**
 * What a reader does with a row, record or feature it cannot accept: the ACLED CSV and API JSON readers, the GeoJSON
 * document and text sequence readers all take one. Either way no row is dropped silently: rows read = rows accepted
 * + rows rejected. Each reader documents its default: {@link #FAIL} for ACLED input and GeoJSON documents,
 * {@link #COLLECT} for GeoJSON text sequences, as RFC 7464 asks of sequence parsers.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum BadRowPolicy {
  /**
   * Throw the reader's {@link SahelEventsException} at the first bad row, carrying its {@link DataProblem}s (where,
   * the column and raw value when known, and why).
   */
  FAIL,
  /** Report the bad row (same details) to the caller and go on reading. */
  COLLECT
}
