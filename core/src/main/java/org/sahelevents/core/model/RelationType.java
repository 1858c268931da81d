package org.sahelevents.core.model;

/**
 * The kind of an {@link ActorRelation}, read as "subject TYPE object" (FLA SPLINTER_OF ...).
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum RelationType {
  MEMBER_OF,
  SUBGROUP_OF,
  AFFILIATE_OF,
  PLEDGED_ALLEGIANCE_TO,
  ALLIED_WITH,
  COOPERATES_WITH,
  LEADS,
  HOLDS_OFFICE_IN,
  SUPPORTS,
  FIGHTS,
  SUCCESSOR_OF,
  MERGED_INTO,
  SPLINTER_OF,
  RENAMED_FROM,
  CONTRACTED_BY
}
