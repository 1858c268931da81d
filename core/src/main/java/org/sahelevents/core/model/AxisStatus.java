package org.sahelevents.core.model;

/**
 * How far traffic passes on one road of a blockade or siege.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum AxisStatus {
  /** Nothing passes (in the blocked direction). */
  CUT,
  /** Some traffic passes: checks, delays, escorted convoys only, some kinds of vehicle stopped. */
  RESTRICTED,
  /** Traffic passes normally. */
  OPEN,
  /** Not reported: the road is concerned but nobody said whether it is cut, restricted or open. */
  UNKNOWN
}
