package org.sahelevents.io.geojson.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.core.DataProblem;
import org.sahelevents.core.validation.Severity;
import org.sahelevents.io.geojson.CoordinatePolicy;
import org.sahelevents.io.geojson.GeoJson;
import org.sahelevents.io.geojson.GeoJsonFeatures;

/**
 * The conformance fixtures in {@code ../shared/data/geojson}: every good file is accepted, every bad one rejected with
 * the expected pointer and reason. They are read from there, never copied; without them the tests are skipped.
 */
class ConformanceFixturesTest {
  static Path dir(String kind) {
    Path dir = Path.of(System.getProperty("sahelevents.shared.dir", "../../shared"), "data", "geojson", kind);
    assumeTrue(Files.isDirectory(dir), () -> "skipped: GeoJSON fixtures absent at " + dir);
    return dir;
  }

  static List<Path> files(String kind) throws IOException {
    try (Stream<Path> files = Files.list(dir(kind))) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }

  record Result(List<DataProblem> problems, boolean valid, long accepted) {}

  static Result read(Path file, CoordinatePolicy coordinates) {
    List<DataProblem> problems = new ArrayList<>();
    try (GeoJsonFeatures features = GeoJson.reader().badRecords(BadRowPolicy.COLLECT).coordinates(coordinates)
        .build().open(file, problems::add)) {
      features.forEachRemaining(f -> { });
      assertThat(features.recordsRead()).isEqualTo(features.recordsAccepted() + features.recordsRejected());
      return new Result(problems, features.isValid(), features.recordsAccepted());
    }
  }

  static Stream<Path> good() throws IOException {
    return files("good").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("good")
  void everyGoodFileIsAccepted(Path file) {
    // issue82 has a longitude of -259: accepted only under the documented WARN policy.
    boolean outOfRange = file.getFileName().toString().contains("issue82");
    Result r = read(file, outOfRange ? CoordinatePolicy.WARN : CoordinatePolicy.REJECT);
    assertThat(r.valid()).as(r.problems().toString()).isTrue();
    assertThat(r.problems()).allMatch(p -> p.severity() == Severity.WARNING);
    assertThat(r.accepted()).isPositive();
    if (outOfRange) {
      assertThat(read(file, CoordinatePolicy.REJECT).problems().get(0).message()).contains("out of range");
    }
  }

  static Stream<Arguments> bad() {
    return Stream.of(
        Arguments.of("bad-duplicate-properties", "/type", "Duplicate field 'type'"),
        Arguments.of("bad-featurelist", "/coordinates/0", "expected an array of position coordinates, found number 5"),
        Arguments.of("bad-json", "/type", "malformed JSON"),
        Arguments.of("bad-object-type", "/type", "\"type\" must be a string"),
        Arguments.of("bad-polygonloop", "/geometry/coordinates/0/0", "expected a position"),
        Arguments.of("bad-properties-as-array", "/properties", "\"properties\" must be an object or null"),
        Arguments.of("badcoord", "/coordinates/2", "a position holds numbers"),
        Arguments.of("badcoordtype", "/features/0/geometry/coordinates/0/0/0", "expected a position"),
        Arguments.of("badfeature", "/features/0", "expected a GeoJSON object, found null"),
        Arguments.of("badfeatureid", "/features/0/id", "\"id\" must be a string or a number"),
        Arguments.of("bbox-4or6elements", "/bbox", "\"bbox\" must be an array of 4 or 6 numbers"),
        Arguments.of("bbox-contains-string", "/bbox/3", "\"bbox\" values must be numbers"),
        Arguments.of("bbox-string", "/bbox", "\"bbox\" must be an array of 4 or 6 numbers"),
        Arguments.of("different-first-last", "/coordinates/0", "a linear ring must be closed"),
        Arguments.of("different-first-size", "/coordinates/1/0", "a linear ring must be closed"),
        Arguments.of("expected_object", "/properties", "\"properties\" must be an object or null"),
        Arguments.of("false", "/geometries/0", "expected a GeoJSON object, found boolean false"),
        Arguments.of("feature_changed_semantics", "/coordinates", "a Feature must not have a \"coordinates\" member"),
        Arguments.of("featurecollection-obj", "/features", "a FeatureCollection needs a \"features\" array"),
        Arguments.of("featurecollection-type-case", "/type", "types are case-sensitive: \"FeatureCollection\""),
        Arguments.of("featurecollection.geojson", "/", "a FeatureCollection needs a \"features\" array"),
        Arguments.of("featurecollection_changed_semantics", "/coordinates", "must not have a \"coordinates\" member"),
        Arguments.of("geometry_changed_semantics", "/geometry", "a geometry must not have a \"geometry\" member"),
        Arguments.of("multiple_problems", "/features/0/id", "\"id\" must be a string or a number"),
        Arguments.of("multipoint-multidimension", "/coordinates/0/0", "a position holds numbers"),
        Arguments.of("multipoint-nondimension", "/coordinates/0", "expected a position"),
        Arguments.of("nofeaturetype", "/features/0/type", "unknown type \"Featre\""),
        Arguments.of("notype", "/", "missing \"type\" member"),
        Arguments.of("point-labeled-as-a-multipolygon", "/geometry/coordinates/0", "expected an array of ring"),
        Arguments.of("point-string", "/coordinates/0", "a position holds numbers"),
        Arguments.of("point-toofew", "/coordinates", "a position needs at least 2 numbers"),
        Arguments.of("point.geojson", "/", "a Point needs a \"coordinates\" member"),
        Arguments.of("rootstring", "/", "the top level must be a GeoJSON object, found null"),
        Arguments.of("short-line", "/coordinates", "a LineString needs at least 2 positions"),
        Arguments.of("short-linearring", "/coordinates/0", "a linear ring needs at least 4 positions"),
        Arguments.of("short-multilinestring", "/coordinates/1", "a LineString needs at least 2 positions"),
        Arguments.of("stringcoord", "/features/0/geometry/coordinates/1", "a position holds numbers"),
        Arguments.of("unknowntype", "/type", "unknown type \"FooBar\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bad")
  void everyBadFileIsRejectedWithItsPointerAndReason(String name, String pointer, String reason) throws IOException {
    Path file = files("bad").stream().filter(f -> f.getFileName().toString().contains(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no fixture " + name));
    Result r = read(file, CoordinatePolicy.REJECT);
    assertThat(r.valid()).isFalse();
    DataProblem first = r.problems().stream().filter(p -> p.severity() == Severity.ERROR)
        .findFirst().orElseThrow();
    String at = first.location().pointer().orElseThrow();
    assertThat(at.isEmpty() ? "/" : at).as(first.toString()).isEqualTo(pointer);
    assertThat(first.message()).contains(reason);
  }

  @org.junit.jupiter.api.Test
  void everyBadFixtureHasAnExpectation() throws IOException {
    List<String> expected = bad().map(a -> (String) a.get()[0]).toList();
    for (Path f : files("bad")) {
      assertThat(expected).as(f.getFileName().toString())
          .anyMatch(name -> f.getFileName().toString().contains(name));
    }
  }
}
