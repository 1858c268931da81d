package org.sahelevents.io.geojson;

/**
 * What a reader does with a position outside longitude [-180, 180] or latitude [-90, 90]. RFC 7946 states no range
 * for positions, but such a point cannot be on a map of the Sahel.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum CoordinatePolicy {
  /** Reject the object, naming the position's pointer. Default. */
  REJECT,
  /** Keep the object and report a warning. */
  WARN
}
