package org.sahelevents.io.geojson;

/**
 * What a reader does with a {@code "crs"} member, which RFC 7946 removed (coordinates are always WGS84 longitude,
 * latitude). Writers never write one.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum CrsPolicy {
  /**
   * Accept a {@code crs} naming WGS84 (CRS84, EPSG:4326) with a warning; reject any other, since its coordinates would
   * be misread as longitude and latitude. Default.
   */
  REJECT_NON_WGS84,
  /** Keep any {@code crs} as a foreign member with a warning, and read the coordinates as WGS84 anyway. */
  IGNORE
}
