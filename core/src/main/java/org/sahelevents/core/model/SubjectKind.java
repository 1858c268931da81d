package org.sahelevents.core.model;

/**
 * The kind of object a {@link SubjectRef} points to.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum SubjectKind {
  ACTOR,
  RELATION,
  INCIDENT,
  CONDITION,
  CLAIM
}
