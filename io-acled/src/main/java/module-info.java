/** sahel-events io-acled: every ACLED CSV layout and the ACLED API's JSON, to and from the model. */
module org.sahelevents.io.acled {
  requires static org.immutables.value.annotations;
  requires transitive org.sahelevents.core;
  requires org.sahelevents.io.tabular;
  requires com.fasterxml.jackson.core;

  exports org.sahelevents.io.acled;
  // org.sahelevents.io.acled.internal is not exported: it is not API.
}
