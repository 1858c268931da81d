/** A modular application using sahel-events geo, as a user would write one: it names no GeographicLib module. */
module org.sahelevents.modularconsumer {
  // Transitive because Rn6Watch returns geo's RoutePosition.
  requires transitive org.sahelevents.geo;

  exports org.sahelevents.modularconsumer;
}
