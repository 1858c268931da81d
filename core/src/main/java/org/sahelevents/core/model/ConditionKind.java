package org.sahelevents.core.model;

/**
 * The kind of a {@link Condition}.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum ConditionKind {
  BLOCKADE,
  SIEGE,
  TERRITORIAL_CONTROL,
  CURFEW,
  STATE_OF_EMERGENCY,
  TRAVEL_ADVISORY
}
