/**
 * sahel-events core: the typed, immutable, validated model of conflict events, its ACLED vocabulary, validation,
 * resolution policies and JSON binding.
 */
module org.sahelevents.core {
  requires static org.immutables.value.annotations;
  requires transitive jakarta.validation;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires org.hibernate.validator;

  exports org.sahelevents.core;
  exports org.sahelevents.core.model;
  exports org.sahelevents.core.taxonomy;
  exports org.sahelevents.core.validation;
  exports org.sahelevents.core.resolution;
  exports org.sahelevents.core.json;
  // org.sahelevents.core.internal is not exported: it is not API.

  // Jackson builds the package-private generated classes, and Hibernate Validator reads getters and instantiates
  // the constraint validators, by reflection.
  opens org.sahelevents.core.model to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens org.sahelevents.core.internal to org.hibernate.validator;
}
