package org.sahelevents.geo.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sahelevents.core.model.GeoPoint;
import org.sahelevents.geo.Corridor;
import org.sahelevents.geo.Gazetteer;
import org.sahelevents.geo.RoutePosition;

/**
 * The cases of {@code geo-spec/corridor-cases.json}: a gazetteer road, a half-width, a place, and where the place lies
 * in metres, as GeographicLib computes it apart from sahel-events (to a centimetre).
 */
class CorridorSpecCasesTest {
  @TestFactory
  Stream<DynamicTest> everyCaseLiesWhereGeographicLibSays() throws IOException {
    JsonNode cases;
    try (InputStream in = CorridorSpecCasesTest.class.getResourceAsStream("/geo-spec/corridor-cases.json")) {
      cases = new ObjectMapper().readTree(in);
    }
    List<DynamicTest> tests = new ArrayList<>();
    cases.forEach(c -> tests.add(DynamicTest.dynamicTest(c.get("name").asText(), () -> check(c))));
    assertThat(tests).isNotEmpty();
    return tests.stream();
  }

  private static void check(JsonNode c) {
    Gazetteer gazetteer = Gazetteer.sahel();
    Corridor corridor = Corridor.of(gazetteer.road(c.get("road").asText()).orElseThrow(),
        c.get("halfWidthMetres").asDouble());
    GeoPoint point = gazetteer.place(c.get("place").asText()).orElseThrow().point();
    RoutePosition at = corridor.locate(point);
    JsonNode expect = c.get("expect");
    if (expect.has("distanceMetres")) {
      assertThat(at.distanceMetres()).isCloseTo(expect.get("distanceMetres").asDouble(), within(0.01));
    }
    if (expect.has("chainageMetres")) {
      assertThat(at.chainageMetres()).isCloseTo(expect.get("chainageMetres").asDouble(), within(0.01));
    }
    if (expect.has("toEndMetres")) {
      assertThat(at.toEndMetres()).isCloseTo(expect.get("toEndMetres").asDouble(), within(0.01));
    }
    if (expect.has("side")) {
      assertThat(at.side().name()).isEqualTo(expect.get("side").asText());
    }
    assertThat(corridor.contains(point)).isEqualTo(expect.get("contains").asBoolean());
  }
}
