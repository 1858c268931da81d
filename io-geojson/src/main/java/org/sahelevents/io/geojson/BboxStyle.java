package org.sahelevents.io.geojson;

/**
 * Where a writer puts {@code bbox} members, computed from the coordinates as written (after rounding).
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum BboxStyle {
  /** No bbox. */
  NONE,
  /** One bbox for the whole FeatureCollection, written after its features. Default. */
  COLLECTION,
  /** A bbox on the collection and on every feature with a geometry other than a point. */
  EVERY_FEATURE
}
