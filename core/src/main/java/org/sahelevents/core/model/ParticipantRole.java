package org.sahelevents.core.model;

/**
 * The role of a {@link Participant} in an incident.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum ParticipantRole {
  /** Carried out the violence; for ACLED, actor 1 of a one-sided event. */
  PERPETRATOR,
  /** Fought alongside or with a perpetrator; ACLED's associated actor of actor 1. */
  CO_PERPETRATOR,
  /** Was attacked; for violence against civilians ACLED always puts the target as actor 2. */
  TARGET,
  /** Identity or ally designation of a main actor; ACLED's {@code assoc_actor_*}. */
  ASSOCIATED,
  /** Fought in a two-sided event where neither side is the aggressor; ACLED's actor 1 and actor 2 of a battle. */
  COMBATANT,
  /**
   * One of the main actors where the event type does not say who acted on whom: ACLED's actor 1 and 2 of protests,
   * riots and strategic developments ("does not necessarily indicate the aggressor").
   */
  MAIN_ACTOR,
  /** Came to help, such as air support arriving after an attack. */
  RESPONDER
}
