/** sahel-events io-acled-geojson: ACLED records and incidents as GeoJSON features, and features back to records. */
module org.sahelevents.io.acled.geojson {
  requires transitive org.sahelevents.io.acled;
  requires transitive org.sahelevents.io.geojson;

  exports org.sahelevents.io.acled.geojson;
}
