package org.sahelevents.core.model;

/**
 * What kind of name a {@link LocalizedName} is.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum NameKind {
  /** The name the bearer uses officially. */
  OFFICIAL,
  /** A shorter everyday form. */
  SHORT,
  /** An acronym, such as JNIM, GSIM or FLA. */
  ACRONYM,
  /** The name written in another script, such as Jama'at Nusrat al-Islam wal-Muslimin. */
  TRANSLITERATION,
  /** The name translated into another language, such as Groupe de soutien à l'islam et aux musulmans. */
  TRANSLATION,
  /** A name outsiders use. */
  EXONYM,
  /** A former name. */
  HISTORICAL
}
