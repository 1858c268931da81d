package org.sahelevents.reconcile.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sahelevents.core.model.SpatialPrecision;
import org.sahelevents.core.model.TemporalExtent;
import org.sahelevents.core.taxonomy.EventType;
import org.sahelevents.reconcile.Cardinality;
import org.sahelevents.reconcile.Reconciler;
import org.sahelevents.reconcile.Reconciliation;
import org.sahelevents.reconcile.ViolenceType;

/**
 * The data-driven cases of {@code reconcile-spec/cases.json}: events of the two data sets (places as kilometres east
 * of Diéma), the options, and the pairs, explanations and unmatched events the reconciler must give.
 */
class SpecCasesTest {
  record Case(String name, JsonNode spec) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() throws IOException {
    try (InputStream in = SpecCasesTest.class.getResourceAsStream("/reconcile-spec/cases.json")) {
      List<Case> cases = new ArrayList<>();
      new ObjectMapper().readTree(in).forEach(node -> cases.add(new Case(node.get("name").asText(), node)));
      return cases.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void givesTheExpectedPairsExplanationsAndUnmatchedEvents(Case c) {
    JsonNode spec = c.spec();
    Datasets acled = Datasets.acled();
    Datasets ucdp = Datasets.ucdp();
    spec.path("acled").forEach(e -> event(acled, e));
    spec.path("ucdp").forEach(e -> event(ucdp, e));
    JsonNode options = spec.path("options");
    Reconciler reconciler = Reconciler.builder()
        .dateToleranceDays(options.path("dateToleranceDays").asInt(1))
        .distanceScale(options.path("distanceScale").asDouble(1))
        .cardinality(Cardinality.valueOf(options.path("cardinality").asText("ONE_TO_ONE")))
        .build();

    Reconciliation r = reconciler.reconcile(acled.catalog(), ucdp.catalog());

    List<String> expectedPairs = new ArrayList<>();
    spec.path("matches").forEach(m -> expectedPairs.add(m.get("acled").asText() + " ~ " + m.get("ucdp").asText()
        + ": " + m.get("explanation").asText()));
    assertThat(r.matches()).extracting(m -> m.left().getId().getValue() + " ~ " + m.right().getId().getValue()
        + ": " + m.explanation()).containsExactlyInAnyOrderElementsOf(expectedPairs);
    assertThat(r.unmatchedLeft()).extracting(i -> i.getId().getValue())
        .containsExactlyInAnyOrderElementsOf(texts(spec.path("unmatchedAcled")));
    assertThat(r.unmatchedRight()).extracting(i -> i.getId().getValue())
        .containsExactlyInAnyOrderElementsOf(texts(spec.path("unmatchedUcdp")));
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static void event(Datasets dataset, JsonNode e) {
    Datasets.Event event = dataset.event(e.get("id").asText());
    JsonNode date = e.get("date");
    event.time(date.isArray()
        ? TemporalExtent.days(LocalDate.parse(date.get(0).asText()), LocalDate.parse(date.get(1).asText()))
        : TemporalExtent.day(LocalDate.parse(date.asText())));
    event.at(Datasets.eastOfDiema(e.path("kmEast").asDouble(0)),
        SpatialPrecision.valueOf(e.path("precision").asText("EXACT")));
    event.type(EventType.valueOf(e.path("type").asText("BATTLES")));
    event.country(e.path("country").asText("MLI"));
    if (e.has("violence")) {
      event.violence(ViolenceType.valueOf(e.get("violence").asText()));
    }
    if (e.has("sideA")) {
      event.sideA(texts(e.get("sideA")).toArray(String[]::new));
    }
    if (e.has("sideB")) {
      event.sideB(texts(e.get("sideB")).toArray(String[]::new));
    }
    event.add();
  }
}
