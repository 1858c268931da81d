/** sahel-events geo: geodesics, road corridors with chainage, spatial queries and a Sahel gazetteer. */
module org.sahelevents.geo {
  requires transitive org.sahelevents.core;
  requires transitive org.locationtech.jts;
  requires GeographicLib.Java;

  exports org.sahelevents.geo;
}
