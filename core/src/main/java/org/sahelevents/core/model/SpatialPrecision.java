package org.sahelevents.core.model;

import java.util.OptionalInt;
import org.sahelevents.core.taxonomy.UnknownTermException;

/**
 * How precisely a {@link Location}'s point places the event. ACLED's {@code geo_precision} has three levels; the
 * model keeps finer ones and maps them: 1 is {@link #EXACT}, 2 is {@link #NEAR} or {@link #ADMIN3}, 3 is
 * {@link #ADMIN2}, {@link #ADMIN1} or {@link #REGION}. ACLED records no events at country level or over water.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum SpatialPrecision {
  /** The named town or place itself (ACLED 1). */
  EXACT(1),
  /** Near a town, or a small part of a region (ACLED 2). */
  NEAR(2),
  /** Somewhere in a third-level administrative area (ACLED 2). */
  ADMIN3(2),
  /** Somewhere in a second-level administrative area (ACLED 3). */
  ADMIN2(3),
  /** Somewhere in a first-level administrative area (ACLED 3). */
  ADMIN1(3),
  /** A larger region, shown at its capital or a natural feature (ACLED 3). */
  REGION(3),
  /** Somewhere in the country; not exportable to ACLED. */
  COUNTRY(0),
  /** Over water or in international airspace; not exportable to ACLED. */
  WATER_OR_AIRSPACE(0);

  private final int acledCode;

  SpatialPrecision(int acledCode) {
    this.acledCode = acledCode;
  }

  /** ACLED's {@code geo_precision} code, 1 to 3; empty for precisions ACLED does not record. */
  public OptionalInt acledCode() {
    return acledCode == 0 ? OptionalInt.empty() : OptionalInt.of(acledCode);
  }

  /**
   * Returns the precision for an ACLED {@code geo_precision} code: 1 {@link #EXACT}, 2 {@link #NEAR}, 3
   * {@link #REGION}.
   *
   * @throws UnknownTermException if the code is not 1, 2 or 3
   */
  public static SpatialPrecision fromAcledCode(int code) {
    return switch (code) {
      case 1 -> EXACT;
      case 2 -> NEAR;
      case 3 -> REGION;
      default -> throw new UnknownTermException("geo_precision", Integer.toString(code), "1, 2 or 3");
    };
  }
}
