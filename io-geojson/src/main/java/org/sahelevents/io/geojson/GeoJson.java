package org.sahelevents.io.geojson;

/**
 * Entry point for RFC 7946 GeoJSON and RFC 8142 GeoJSON text sequences: builders of immutable, thread-safe readers and
 * writers.
 *
 * <pre>{@code
 * try (GeoJsonFeatures features = GeoJson.reader().build().open(Path.of("in.geojson"), System.err::println);
 *      GeoJsonWriter.Output out = GeoJson.sequenceWriter().build().open(Files.newOutputStream(Path.of("out.geojsons")))) {
 *   features.forEachRemaining(out::write);
 * }
 * }</pre>
 */
public final class GeoJson {
  private GeoJson() {}

  /** A builder of readers of one GeoJSON document (a FeatureCollection, a Feature or a Geometry). */
  public static GeoJsonReader.Builder reader() {
    return GeoJsonReader.builder(false);
  }

  /** A builder of readers of text sequences: RFC 8142 (record separators) or newline-delimited. */
  public static GeoJsonReader.Builder sequenceReader() {
    return GeoJsonReader.builder(true);
  }

  /** A builder of writers of one FeatureCollection. */
  public static GeoJsonWriter.Builder writer() {
    return GeoJsonWriter.builder(false);
  }

  /** A builder of writers of text sequences, one feature per record. */
  public static GeoJsonWriter.Builder sequenceWriter() {
    return GeoJsonWriter.builder(true);
  }
}
