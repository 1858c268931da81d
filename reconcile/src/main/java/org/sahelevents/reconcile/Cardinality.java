package org.sahelevents.reconcile;

/**
 * How many events of one data set an event of the other may match.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum Cardinality {
  /** Each event matches at most one event of the other data set; pairs are taken greedily, best score first. */
  ONE_TO_ONE,
  /**
   * An event of the right data set (UCDP GED, which often codes a multi-day or multi-site operation as one event) may
   * match several events of the left one (ACLED, which codes each day and place); each left event still matches at
   * most one right event, its best.
   */
  ONE_TO_MANY
}
