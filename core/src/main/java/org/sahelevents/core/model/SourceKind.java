package org.sahelevents.core.model;

/**
 * What kind of outlet a {@link Source} is.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum SourceKind {
  NEWS_AGENCY,
  NEWSPAPER,
  BROADCASTER,
  STATE_BODY,
  ARMED_GROUP_MEDIA,
  INTERGOVERNMENTAL_ORGANISATION,
  NGO,
  RESEARCH_DATASET,
  LOCAL_PARTNER,
  SOCIAL_MEDIA,
  AGGREGATOR,
  ANONYMOUS
}
