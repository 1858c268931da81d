package org.sahelevents.core.model;

/**
 * What a {@link TerritorialClaim} says about a place.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum TerritorialStatus {
  CAPTURED,
  HOLDS,
  WITHDREW
}
