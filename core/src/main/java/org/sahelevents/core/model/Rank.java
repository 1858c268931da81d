package org.sahelevents.core.model;

/**
 * The rank of a {@link SourcedAssertion}, as in Wikidata: deprecated is for erroneous statements, not outdated ones, and deprecated assertions stay stored.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum Rank {
  PREFERRED,
  NORMAL,
  DEPRECATED
}
