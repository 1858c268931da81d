/** sahel-events io-ucdp-geojson: UCDP GED records as GeoJSON features. */
module org.sahelevents.io.ucdp.geojson {
  requires transitive org.sahelevents.io.ucdp;
  requires transitive org.sahelevents.io.geojson;

  exports org.sahelevents.io.ucdp.geojson;
}
