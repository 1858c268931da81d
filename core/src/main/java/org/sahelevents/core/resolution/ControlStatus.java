package org.sahelevents.core.resolution;

/**
 * How well the catalog answers "who controlled this place then?".
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum ControlStatus {
  /** A territorial-control condition, reported by documents, names one controller. */
  CONTROLLED,
  /** Only a party's territorial claim names the controller, and nobody denies it. */
  CLAIMED,
  /** The evidence disagrees: conditions or claims name different controllers, or a claim is denied. */
  CONTESTED,
  /** Nothing in the catalog says who controlled the place then. */
  UNKNOWN
}
