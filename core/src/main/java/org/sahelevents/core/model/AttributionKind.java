package org.sahelevents.core.model;

/**
 * How the words of a {@link SourcedAssertion} came to the document that reports them.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum AttributionKind {
  ON_RECORD,
  ANONYMOUS_OFFICIAL,
  /** A party to the conflict speaking about itself or its enemy. */
  PARTY_CLAIM,
  EYEWITNESS,
  JOURNALIST_OWN,
  /** A coded data set such as ACLED. */
  DATASET_CODING,
  /** An analyst's own inference; the only kind that needs no reporting document. */
  ANALYST_INFERENCE
}
