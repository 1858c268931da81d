/**
 * sahel-events io-acled-api: a client of ACLED's API (OAuth sign-in, typed queries, paging, deletions) whose rows go
 * through io-acled's reader, and incremental updates of local ACLED files.
 */
module org.sahelevents.io.acled.api {
  requires transitive org.sahelevents.io.acled;
  requires org.sahelevents.io.acled.geojson;
  requires java.net.http;
  requires com.fasterxml.jackson.core;

  exports org.sahelevents.io.acled.api;
}
