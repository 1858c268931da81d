package org.sahelevents.io.ucdp.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.core.DataProblem;
import org.sahelevents.core.WarningPolicy;
import org.sahelevents.core.validation.ModelValidator;
import org.sahelevents.io.ucdp.UcdpGed;
import org.sahelevents.io.ucdp.UcdpModelMapping;
import org.sahelevents.io.ucdp.UcdpReader;
import org.sahelevents.io.ucdp.UcdpRecord;
import org.sahelevents.io.ucdp.UcdpRecords;

/**
 * The data-driven cases of {@code ucdp-spec/cases.json}: one small input per quirk of real GED files and per check,
 * with how many rows it must accept, fields of the first record (by accessor, as text) and the problems it must
 * report, errors and warnings, in order. Every accepted record must also map to a valid model.
 */
class SpecCasesTest {
  record Case(String name, JsonNode spec) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() throws IOException {
    try (InputStream in = SpecCasesTest.class.getResourceAsStream("/ucdp-spec/cases.json")) {
      List<Case> cases = new ArrayList<>();
      new ObjectMapper().readTree(in).forEach(node -> cases.add(new Case(node.get("name").asText(), node)));
      return cases.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void givesTheExpectedRecordsAndProblems(Case c) throws Exception {
    JsonNode spec = c.spec();
    byte[] bytes = spec.get("input").asText().getBytes(StandardCharsets.UTF_8);
    List<UcdpRecord> records = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    UcdpReader.Builder builder = "json".equals(spec.path("format").asText()) ? UcdpGed.apiReader() : UcdpGed.reader();
    try (UcdpRecords rs = builder.badRows(BadRowPolicy.COLLECT)
        .warnings(WarningPolicy.valueOf(spec.path("warnings").asText("KEEP"))).build()
        .open(new ByteArrayInputStream(bytes), "case", row -> {
          assertThat(row.cells().isEmpty() && row.raw().isEmpty()).as("nothing of the row is lost").isFalse();
          row.problems().stream().map(DataProblem::toString).forEach(problems::add);
        })) {
      // Warnings come with the accepted rows, errors with the rejected ones, in the order of the input.
      while (rs.hasNext()) {
        UcdpRecord r = rs.next();
        records.add(r);
        r.warnings().stream().map(DataProblem::toString).forEach(problems::add);
      }
      assertThat(rs.rowsRead()).isEqualTo(rs.rowsAccepted() + rs.rowsRejected());
      if (spec.has("rowsRead")) {
        assertThat(rs.rowsRead()).isEqualTo(spec.get("rowsRead").asLong());
      }
    }
    List<String> expected = new ArrayList<>();
    spec.path("problems").forEach(p -> expected.add(p.asText()));
    assertThat(problems).containsExactlyElementsOf(expected);
    assertThat(records).hasSize(spec.get("accepted").asInt());
    var fields = spec.path("first").fields();
    while (fields.hasNext()) {
      var field = fields.next();
      Object value = UcdpRecord.class.getMethod(field.getKey()).invoke(records.get(0));
      assertThat(String.valueOf(value)).as(field.getKey()).isEqualTo(field.getValue().asText());
    }
    for (UcdpRecord r : records) {
      assertThat(ModelValidator.standard().isValid(UcdpModelMapping.toEvent(r).catalog())).isTrue();
    }
  }
}
