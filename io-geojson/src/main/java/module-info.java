/** sahel-events io-geojson: RFC 7946 GeoJSON and RFC 8142 GeoJSON text sequences, to and from the model. */
module org.sahelevents.io.geojson {
  requires transitive org.sahelevents.geo;
  requires transitive org.locationtech.jts;
  requires com.fasterxml.jackson.core;

  exports org.sahelevents.io.geojson;
}
