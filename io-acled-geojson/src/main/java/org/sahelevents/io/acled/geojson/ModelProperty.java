package org.sahelevents.io.acled.geojson;

import org.sahelevents.io.geojson.IncidentFeatures;

/**
 * Whether a feature carries the model of its event in the property {@value IncidentFeatures#EVENT}, beside ACLED's
 * columns.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum ModelProperty {
  /** ACLED's columns only: the smallest output, and the fastest. Default. */
  OMIT,
  /**
   * ACLED's columns and the event's catalog in the model's JSON (actors, the fatality assertion with its sources,
   * ...), from which {@link IncidentFeatures#toCatalog} rebuilds it.
   */
  INCLUDE
}
