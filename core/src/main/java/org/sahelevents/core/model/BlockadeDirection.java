package org.sahelevents.core.model;

/**
 * Which way a blockade or siege stops traffic, relative to the blockaded place.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum BlockadeDirection {
  /** Nothing may enter; leaving is allowed (Le Monde on Bamako, April 2026). */
  ENTRY_BLOCKED,
  /** Nothing may leave; entering is allowed. */
  EXIT_BLOCKED,
  /** Both ways. */
  BOTH
}
