/**
 * ACLED records and model incidents as GeoJSON features, and features back to ACLED records: the one owner of that
 * conversion, used by the command-line tool, the examples and the benchmarks alike, so that the same file gives the
 * same features whichever is used.
 *
 * <pre>{@code
 * try (AcledRecords records = AcledCsv.reader().build().open(Path.of("mali.csv"));
 *      GeoJsonWriter.Output out = GeoJson.writer().build().open(Path.of("mali.geojson"))) {
 *   AcledFeatures.Output features = AcledFeatures.standard().on(out);
 *   records.forEachRemaining(features::write);
 * }
 * try (GeoJsonFeatures features = GeoJson.reader().build().open(Path.of("mali.geojson"), System.err::println);
 *      AcledRecords back = AcledFeatures.toRecords(features, "mali.geojson", AcledCsv.reader().build(), null)) {
 *   back.forEachRemaining(r -> System.out.println(r.eventIdCnty() + " " + r.fatalities()));
 * }
 * }</pre>
 */
package org.sahelevents.io.acled.geojson;
