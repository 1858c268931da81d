package org.sahelevents.core.model;

/**
 * Whose losses a {@link FatalityEstimate} counts.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum CasualtyScope {
  /** Everyone. */
  TOTAL,
  /** Side A of the incident. */
  SIDE_A,
  /** Side B of the incident. */
  SIDE_B,
  CIVILIANS,
  /** The claimant's own forces, as in "10 of our fighters". */
  OWN_FORCES_OF_CLAIMANT,
  /** The claimant's opponents, as in "hundreds of enemy dead". */
  OPPONENTS_OF_CLAIMANT
}
