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
  TRAVEL_ADVISORY,
  /** Fuel is short: queues, rationing, stations closed (the imposer, if any, is who causes it). */
  FUEL_SHORTAGE,
  /** Electricity is cut for hours or days at a time. */
  POWER_CUTS
}
