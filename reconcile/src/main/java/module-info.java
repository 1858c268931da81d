/**
 * sahel-events reconcile: matches the events of two data sets that describe the same incident (ACLED and UCDP GED)
 * and merges each pair into one incident with both data sets' documents and figures.
 */
module org.sahelevents.reconcile {
  requires transitive org.sahelevents.core;
  requires org.sahelevents.geo;

  exports org.sahelevents.reconcile;
}
