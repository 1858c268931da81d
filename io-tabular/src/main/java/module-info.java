/**
 * sahel-events io-tabular: the row reading shared by the data set readers (io-acled, io-ucdp). Its package is not
 * API: it is exported to those modules only, and may change with them.
 */
module org.sahelevents.io.tabular {
  requires transitive org.sahelevents.core;

  exports org.sahelevents.io.tabular to org.sahelevents.io.acled, org.sahelevents.io.ucdp;
}
