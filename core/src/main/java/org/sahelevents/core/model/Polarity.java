package org.sahelevents.core.model;

/**
 * Whether a {@link SourcedAssertion} affirms or denies its value, or says the value is unknown or none (the Wikibase "some value" and "no value").
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum Polarity {
  AFFIRMS,
  DENIES,
  /** There is a value, but it is unknown: "an unidentified group". Carries no value. */
  UNKNOWN_VALUE,
  /** There is known to be none: "no one was killed". Carries no value. */
  NO_VALUE
}
