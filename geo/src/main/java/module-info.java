/** sahel-events geo: geodesics, road corridors with chainage, spatial queries and a Sahel gazetteer. */
module org.sahelevents.geo {
  requires transitive org.sahelevents.core;
  requires transitive org.locationtech.jts;
  // No "requires" for GeographicLib: it has no module name, so the build relocates it into the concealed package
  // org.sahelevents.geo.internal.geographiclib of this module's jar (see geo/pom.xml). That package is not exported.

  exports org.sahelevents.geo;
}
