package org.sahelevents.io.geoparquet;

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
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sahelevents.io.acled.AcledLayout;
import org.sahelevents.io.acled.DateStyle;

/** The cases of {@code spec/cells.json}: each cell's typed value, and whether its text is kept as a spelling. */
class AcledColumnsSpecTest {
  static Stream<Arguments> cases() throws IOException {
    try (InputStream in = AcledColumnsSpecTest.class.getResourceAsStream("/spec/cells.json")) {
      List<Arguments> cases = new ArrayList<>();
      new ObjectMapper().readTree(in).get("cases").forEach(c -> cases.add(Arguments.of(c.get("name").asText(), c)));
      return cases.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theCellsTypedValueAndSpelling(String name, JsonNode c) {
    AcledColumns.Kind kind = AcledColumns.Kind.valueOf(c.get("kind").asText());
    String cell = c.get("cell").asText();
    Object value = kind.parse(cell, LocalDate.of(2020, 7, 31));
    JsonNode expected = c.get("value");
    if (expected.isNull()) {
      assertThat(value).isNull();
    } else if (expected.isTextual()) {
      assertThat(value).isEqualTo(expected.asText());
    } else if (expected.isDouble()) {
      assertThat(value).isEqualTo(expected.asDouble());
    } else {
      assertThat(((Number) value).longValue()).isEqualTo(expected.asLong());
    }
    assertThat(!kind.text(value, DateStyle.ISO).equals(cell)).as("spelled").isEqualTo(c.get("spelled").asBoolean());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(doubles = {12.3703, -0.0724, 0.001, 0.000999, 9_999_999.5, 1e7, 1e21, 0.0, -0.0, 15.02, 1e-300})
  void aDoublesTextIsPlainNotation(double value) {
    assertThat(AcledColumns.doubleText(value)).isEqualTo(java.math.BigDecimal.valueOf(value).toPlainString());
  }

  @org.junit.jupiter.api.Test
  void extraColumnsNamedAsDoublesAreDoublesAndAcledsOwnKeepTheirTypes() {
    List<String> headers = new ArrayList<>(AcledLayout.current().headers());
    headers.addAll(List.of("distance_m", "side"));
    AcledLayout layout = AcledLayout.of(headers, null, DateStyle.ISO, AcledLayout.current().actorTypeStyle());
    AcledColumns columns = new AcledColumns(layout, java.util.Set.of("distance_m", "fatalities", "notes"));
    assertThat(columns.kind(headers.indexOf("distance_m"))).isEqualTo(AcledColumns.Kind.DOUBLE);
    assertThat(columns.kind(headers.indexOf("side"))).isEqualTo(AcledColumns.Kind.STRING);
    assertThat(columns.kind(headers.indexOf("fatalities"))).isEqualTo(AcledColumns.Kind.INT);
    assertThat(columns.kind(headers.indexOf("notes"))).isEqualTo(AcledColumns.Kind.STRING);
    assertThat(columns).isNotEqualTo(new AcledColumns(layout));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dateStyles")
  void aDateIsTheRecordsWrittenInTheLayoutsStyle(DateStyle style) {
    LocalDate date = LocalDate.of(2020, 12, 3);
    Object value = AcledColumns.Kind.DATE.parse(style.format(date), date);
    assertThat(value).isEqualTo(date);
    assertThat(AcledColumns.Kind.DATE.text(value, style)).isEqualTo(style.format(date));
  }

  static Stream<DateStyle> dateStyles() {
    return Stream.of(DateStyle.values());
  }

  @org.junit.jupiter.api.Test
  void theCurrentLayoutsColumnsAreTyped() {
    AcledColumns columns = new AcledColumns(AcledLayout.current());
    List<String> names = columns.names();
    assertThat(columns.kind(names.indexOf("event_date"))).isEqualTo(AcledColumns.Kind.DATE);
    assertThat(columns.kind(names.indexOf("fatalities"))).isEqualTo(AcledColumns.Kind.INT);
    assertThat(columns.kind(names.indexOf("latitude"))).isEqualTo(AcledColumns.Kind.DOUBLE);
    assertThat(columns.kind(names.indexOf("timestamp"))).isEqualTo(AcledColumns.Kind.TIMESTAMP);
    assertThat(columns.kind(names.indexOf("notes"))).isEqualTo(AcledColumns.Kind.STRING);
    assertThat(columns.elements()).hasSize(names.size());
  }
}
