package org.sahelevents.geo;

/**
 * Which side of a route a point lies on, looking along the route's direction.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum RouteSide {
  LEFT,
  RIGHT,
  /** On the route itself (within a millimetre). */
  ON
}
