package org.sahelevents.io.acled;

/**
 * How much a reader checks beyond what it takes to type a row.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum AcledValidation {
  /** Only what typing needs: dates, numbers and vocabulary terms must parse, mandatory cells must be there. */
  TYPES,
  /**
   * Also ACLED's own rules between columns: {@code year} matches the date; the sub-event type belongs to the event
   * type and implies the disorder type; the interaction matches the actor types; {@code inter2} is blank (or 0)
   * exactly when {@code actor2} is; no civilian targeting in battles; coordinates and precision codes in range.
   * Default.
   */
  CONSISTENCY,
  /**
   * Also converts each row to the core model with {@link AcledModelMapping} and validates the incident with
   * {@link org.sahelevents.core.validation.ModelValidator}. Monadic files are checked at {@link #CONSISTENCY}: one row
   * holds one actor, not the event.
   */
  MODEL
}
