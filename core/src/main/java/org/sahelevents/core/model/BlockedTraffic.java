package org.sahelevents.core.model;

/**
 * What a blockade or siege stops.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum BlockedTraffic {
  FUEL,
  GOODS,
  PEOPLE,
  /** Vehicles of named companies, such as a bus company singled out by an armed group. */
  SPECIFIC_COMPANIES
}
