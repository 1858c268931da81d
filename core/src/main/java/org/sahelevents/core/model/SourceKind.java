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
  ANONYMOUS,
  /**
   * Reports whose outlet is not named: "international reports", "local sources", "security sources". Such a source
   * is a kind of source, not an outlet: its name is the words the document uses, its reliability cannot be judged
   * ({@link Reliability#F}), and it is never to be replaced by a named outlet that may or may not be among them.
   * {@link Source#unnamed} builds one.
   */
  UNNAMED
}
