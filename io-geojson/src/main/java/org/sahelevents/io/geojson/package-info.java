/**
 * GeoJSON in and out: a strict RFC 7946 reader that names the JSON pointer of every violation, a writer that follows
 * every RFC 7946 writer rule, RFC 8142 text sequences (and newline-delimited GeoJSON), all streaming in constant
 * memory, and {@link org.sahelevents.io.geojson.IncidentFeatures}, which writes incidents as features with ACLED-named
 * properties and reads them back without loss. Tables (such as ACLED rows) are written fastest as rows of
 * {@link org.sahelevents.io.geojson.PropertyColumns}.
 *
 * <pre>{@code
 * try (GeoJsonWriter.Output out = GeoJson.writer().precision(6).build().open(Files.newOutputStream(path))) {
 *   for (Incident incident : catalog.getIncidents()) {
 *     out.write(IncidentFeatures.toFeature(incident, catalog));
 *   }
 * }
 * try (GeoJsonFeatures features = GeoJson.reader().build().open(path, System.err::println)) {
 *   features.forEachRemaining(f -> System.out.println(IncidentFeatures.toCatalog(f).getIncidents()));
 * }
 * }</pre>
 */
package org.sahelevents.io.geojson;
