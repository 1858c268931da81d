package org.sahelevents.core.model;

/**
 * What kind of actor an {@link Actor} is: the model's own axis, separate from ACLED's actor type (which follows a group's goals and may change over time). "Terrorist" is deliberately not a kind: it is a label some party applies, modelled as a {@link Characterisation}.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum ActorKind {
  STATE_FORCE,
  STATE_GOVERNMENT,
  STATE_AGENCY,
  REBEL_GROUP,
  JIHADIST_ARMED_GROUP,
  POLITICAL_MILITIA,
  IDENTITY_MILITIA,
  EXTERNAL_STATE_FORCE,
  PRIVATE_MILITARY_COMPANY,
  INTERGOVERNMENTAL_ORGANISATION,
  ALLIANCE_OR_COALITION,
  PERSON,
  CIVILIANS,
  PROTESTERS,
  RIOTERS,
  UNIDENTIFIED_ARMED_GROUP,
  MEDIA_ORGANISATION,
  OTHER
}
