package org.sahelevents.core.model;

/**
 * How certain a {@link Participant}'s part in an incident is.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum ParticipationCertainty {
  /** Reported as taking part. */
  ASSERTED,
  /**
   * One of several alternatives: at least one of the participants with this certainty, role and side took part.
   * ACLED writes this as "X and/or Y" in one actor cell.
   */
  ONE_OF_ALTERNATIVES,
  /** Suspected, not established. */
  SUSPECTED
}
