package org.sahelevents.core.model;

/**
 * The kind of an {@link IncidentLink} from one incident to another.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum IncidentLinkType {
  RETALIATION_FOR,
  FOLLOWS,
  /** The same real-world event recorded twice, for example in two data sets. */
  SAME_AS,
  RELATED_TO
}
