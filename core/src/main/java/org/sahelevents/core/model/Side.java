package org.sahelevents.core.model;

/**
 * The side of a {@link Participant} in an incident: ACLED's actor 1 and its associates are side A, actor 2 and its associates side B.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum Side {
  A,
  B
}
