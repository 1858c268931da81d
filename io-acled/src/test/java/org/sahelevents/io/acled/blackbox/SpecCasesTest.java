package org.sahelevents.io.acled.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.core.DataProblem;
import org.sahelevents.core.WarningPolicy;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledJson;
import org.sahelevents.io.acled.AcledReader;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.acled.AcledValidation;

/**
 * The data-driven cases of {@code acled-spec/cases.json}: one small input per quirk of real ACLED files, with the
 * records it must give (the fields listed) and the problems it must report, errors and warnings, in order.
 */
class SpecCasesTest {
  record Case(String name, JsonNode spec) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() throws IOException {
    try (InputStream in = SpecCasesTest.class.getResourceAsStream("/acled-spec/cases.json")) {
      List<Case> cases = new ArrayList<>();
      new ObjectMapper().readTree(in).forEach(node -> cases.add(new Case(node.get("name").asText(), node)));
      return cases.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void givesTheExpectedRecordsAndProblems(Case c) throws Exception {
    JsonNode spec = c.spec();
    AcledReader.Builder builder = "json".equals(spec.path("format").asText()) ? AcledJson.reader() : AcledCsv.reader();
    AcledReader reader = builder.badRows(BadRowPolicy.COLLECT)
        .validation(AcledValidation.valueOf(spec.path("validation").asText("CONSISTENCY")))
        .warnings(WarningPolicy.valueOf(spec.path("warnings").asText("KEEP")))
        .build();
    byte[] bytes = spec.get("input").asText().getBytes(StandardCharsets.UTF_8);
    List<AcledRecord> records;
    List<String> problems = new ArrayList<>();
    try (AcledRecords rs = reader.open(new ByteArrayInputStream(bytes), "case",
        row -> row.problems().stream().map(DataProblem::toString).forEach(problems::add))) {
      records = new ArrayList<>();
      // Warnings come with the accepted rows, errors with the rejected ones, in the order of the input.
      while (rs.hasNext()) {
        AcledRecord r = rs.next();
        records.add(r);
        r.warnings().stream().map(DataProblem::toString).forEach(problems::add);
      }
      assertThat(rs.rowsRead()).isEqualTo(rs.rowsAccepted() + rs.rowsRejected());
      if (spec.has("rowsRead")) {
        assertThat(rs.rowsRead()).isEqualTo(spec.get("rowsRead").asLong());
      }
    }
    List<String> expectedProblems = new ArrayList<>();
    spec.path("problems").forEach(p -> expectedProblems.add(p.asText()));
    assertThat(problems).containsExactlyElementsOf(expectedProblems);
    JsonNode expected = spec.path("records");
    assertThat(records).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      Iterator<Map.Entry<String, JsonNode>> fields = expected.get(i).fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        Object actual = render(records.get(i), field.getKey());
        JsonNode want = field.getValue();
        String what = "record " + i + " " + field.getKey();
        if (want.isNull()) {
          assertThat(actual).as(what).isNull();
        } else if (want.isNumber()) {
          assertThat(((Number) actual).longValue()).as(what).isEqualTo(want.asLong());
        } else if (want.isBoolean()) {
          assertThat(actual).as(what).isEqualTo(want.asBoolean());
        } else {
          assertThat(String.valueOf(actual)).as(what).isEqualTo(want.asText());
        }
      }
    }
  }

  private static Object render(AcledRecord r, String accessor) throws Exception {
    Method m = AcledRecord.class.getMethod(accessor);
    Object v = m.invoke(r);
    if (v instanceof Optional<?> o) {
      v = o.orElse(null);
    } else if (v instanceof OptionalInt o) {
      v = o.isPresent() ? o.getAsInt() : null;
    } else if (v instanceof OptionalLong o) {
      v = o.isPresent() ? o.getAsLong() : null;
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (v instanceof Enum<?> e) {
      return e.name();
    }
    return v;
  }
}
