package org.sahelevents.geo;

/**
 * Whether a point whose location is uncertain (an event known only to a town or a region) is inside a corridor.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum Containment {
  /** Inside wherever in its uncertainty circle the point really is. */
  CERTAINLY_INSIDE,
  /** Inside for part of its uncertainty circle. */
  POSSIBLY_INSIDE,
  /** Outside wherever it really is. */
  OUTSIDE
}
