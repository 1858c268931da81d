package org.sahelevents.io.geojson.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.core.DataProblem;
import org.sahelevents.io.geojson.GeoJson;
import org.sahelevents.io.geojson.GeoJsonException;
import org.sahelevents.io.geojson.GeoJsonFeatures;
import org.sahelevents.io.geojson.GeoJsonReader;

/**
 * The data-driven spec cases of {@code src/test/resources/geojson-spec/cases.json}: a GeoJSON document or text
 * sequence and exactly what the reader makes of it, read with the reader's default policy (a document stops at the
 * first bad feature, a sequence goes on) unless the case names one: every problem as its message reads, the ids of
 * the features accepted, the counts, and whether the input is valid.
 */
class SpecCasesTest {
  record Case(String name, JsonNode spec) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() throws IOException {
    try (InputStream in = SpecCasesTest.class.getResourceAsStream("/geojson-spec/cases.json")) {
      List<Case> cases = new ArrayList<>();
      new ObjectMapper().readTree(in).forEach(node -> cases.add(new Case(node.get("name").asText(), node)));
      return cases.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void givesTheExpectedFeaturesAndProblems(Case c) {
    JsonNode spec = c.spec();
    GeoJsonReader.Builder builder = "sequence".equals(spec.path("reader").asText("document"))
        ? GeoJson.sequenceReader() : GeoJson.reader();
    if (spec.has("policy")) {
      builder.badRecords(BadRowPolicy.valueOf(spec.get("policy").asText()));
    }
    List<String> problems = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    String failure = null;
    long read;
    long accepted;
    boolean valid;
    try (GeoJsonFeatures features = builder.build().open(new StringReader(spec.get("input").asText()), "case",
        p -> problems.add(p.toString()))) {
      try {
        features.forEachRemaining(f -> ids.add(f.id().map(Object::toString).orElse("")));
      } catch (GeoJsonException e) {
        failure = e.getMessage();
        e.problems().stream().map(DataProblem::toString).forEach(problems::add);
      }
      read = features.recordsRead();
      accepted = features.recordsAccepted();
      valid = features.isValid();
      assertThat(read).isEqualTo(accepted + features.recordsRejected());
    }
    List<String> expectedProblems = new ArrayList<>();
    spec.path("problems").forEach(p -> expectedProblems.add(p.asText()));
    assertThat(problems).containsExactlyElementsOf(expectedProblems);
    List<String> expectedIds = new ArrayList<>();
    spec.path("ids").forEach(id -> expectedIds.add(id.asText()));
    assertThat(ids).containsExactlyElementsOf(expectedIds);
    assertThat(failure).isEqualTo(spec.path("failure").isMissingNode() ? null : spec.get("failure").asText());
    assertThat(read).as("records read").isEqualTo(spec.get("read").asLong());
    assertThat(accepted).as("records accepted").isEqualTo(spec.get("accepted").asLong());
    assertThat(valid).as("valid").isEqualTo(spec.get("valid").asBoolean());
  }
}
