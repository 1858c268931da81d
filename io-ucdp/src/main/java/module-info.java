/** sahel-events io-ucdp: UCDP GED CSV files and API JSON to typed records and to the model. */
module org.sahelevents.io.ucdp {
  requires static org.immutables.value.annotations;
  requires transitive org.sahelevents.core;
  requires org.sahelevents.io.tabular;
  requires com.fasterxml.jackson.core;

  exports org.sahelevents.io.ucdp;
}
