/**
 * GeoJSON in and out: a strict RFC 7946 reader that names the JSON pointer of every violation, a writer that follows
 * every RFC 7946 writer rule, RFC 8142 text sequences (and newline-delimited GeoJSON), all streaming in constant
 * memory. Tables are written fastest as rows of {@link org.sahelevents.io.geojson.PropertyColumns};
 * {@link org.sahelevents.io.geojson.IncidentFeatures} carries the model in a feature and reads it back without loss,
 * and {@link org.sahelevents.io.geojson.MapFeatures} draws roads, corridors and conditions. ACLED records become
 * features through {@code org.sahelevents.io.acled.geojson.AcledFeatures}.
 *
 * <pre>{@code
 * PropertyColumns columns = PropertyColumns.of(List.of("name", "fatalities"), Set.of("fatalities"));
 * try (GeoJsonWriter.Output out = GeoJson.writer().precision(6).build().open(path)) {
 *   out.writeRow("MLI1", point, columns, List.of("Kati", "4"));
 * }
 * try (GeoJsonFeatures features = GeoJson.reader().build().open(path, System.err::println)) {
 *   features.forEachRemaining(f -> System.out.println(f.id() + " " + f.property("fatalities")));
 * }
 * }</pre>
 */
package org.sahelevents.io.geojson;
