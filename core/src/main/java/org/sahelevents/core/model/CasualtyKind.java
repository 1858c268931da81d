package org.sahelevents.core.model;

/**
 * What a {@link FatalityEstimate} counts.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum CasualtyKind {
  KILLED,
  WOUNDED,
  /** Killed and wounded together, as in "casualties"; ACLED counts this as 0 fatalities. */
  CASUALTIES_UNSPECIFIED,
  CAPTURED,
  MISSING
}
