package org.sahelevents.core.model;

/**
 * The Admiralty (NATO AJP-2.1) reliability grade of a {@link Source}, A to F. It grades the source, not a piece of
 * information; {@link Credibility} grades the information. {@link #F} means "cannot be judged", not "bad".
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum Reliability {
  /** Completely reliable. */
  A,
  /** Usually reliable. */
  B,
  /** Fairly reliable. */
  C,
  /** Not usually reliable. */
  D,
  /** Unreliable. */
  E,
  /** Reliability cannot be judged. */
  F
}
