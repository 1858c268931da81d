/**
 * UCDP GED records as GeoJSON features ({@link org.sahelevents.io.ucdp.geojson.UcdpFeatures}): GED's columns under
 * their official names as flat properties, for GIS users, and the model's incident under {@code sahel:event}, for
 * the tool and the library to read back.
 *
 * <pre>{@code
 * try (UcdpRecords records = UcdpGed.reader().build().open(Path.of("ged.csv"));
 *      GeoJsonWriter.Output out = GeoJson.writer().build().open(Path.of("ged.geojson"))) {
 *   UcdpFeatures.Output features = UcdpFeatures.standard().on(out);
 *   records.forEachRemaining(features::write);
 * }
 * }</pre>
 */
package org.sahelevents.io.ucdp.geojson;
