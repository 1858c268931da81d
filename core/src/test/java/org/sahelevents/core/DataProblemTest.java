package org.sahelevents.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.sahelevents.core.validation.Severity;

/** {@link DataLocation} and {@link DataProblem}: one location that is a line or a pointer, and the messages. */
class DataProblemTest {
  private static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }

  @Test
  void aLocationIsEitherALineOrAPointerNeverBoth() {
    DataLocation line = DataLocation.atLine(12);
    assertThat(line.isLine()).isTrue();
    assertThat(line.line()).hasValue(12);
    assertThat(line.pointer()).isEmpty();
    assertThat(line.record()).isEmpty();
    DataLocation pointer = DataLocation.atPointer("/data/12");
    assertThat(pointer.isLine()).isFalse();
    assertThat(pointer.line()).isEqualTo(OptionalLong.empty());
    assertThat(pointer.pointer()).contains("/data/12");
    DataLocation inRecord = DataLocation.inRecord(3, "/geometry");
    assertThat(inRecord.record()).hasValue(3);
    assertThat(inRecord.pointer()).contains("/geometry");
    assertThat(inRecord).isNotEqualTo(DataLocation.atPointer("/geometry"));
  }

  @Test
  void linesAreOneBasedPointersAreRfc6901AndRecordsAreNumberedFromOne() {
    assertThatThrownBy(() -> DataLocation.atLine(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lines are 1-based, was 0");
    assertThatThrownBy(() -> DataLocation.atPointer("data/1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DataLocation.inRecord(0, "")).isInstanceOf(IllegalArgumentException.class);
    assertThat(DataLocation.atPointer("").pointer()).contains("");
  }

  @Test
  void aMemberOfAPointerIsEscapedAndALineStaysTheLine() {
    assertThat(DataLocation.atPointer("/data/3").member("latitude")).isEqualTo(DataLocation.atPointer(
        "/data/3/latitude"));
    assertThat(DataLocation.atPointer("/properties").member("a/b~c").pointer()).contains("/properties/a~1b~0c");
    assertThat(DataLocation.inRecord(2, "").member("id")).isEqualTo(DataLocation.inRecord(2, "/id"));
    assertThat(DataLocation.atLine(7).member("notes")).isEqualTo(DataLocation.atLine(7));
  }

  @Test
  void messagesReadAsTheReadersHaveAlwaysWrittenThem() {
    // ACLED CSV: FILE:LINE: column NAME: "raw" reason.
    assertThat(new DataProblem("in.csv", DataLocation.atLine(3), "event_date", "someday", "not a date",
        Severity.ERROR)).hasToString("in.csv:3: column event_date: \"someday\" not a date");
    assertThat(DataProblem.error("in.csv", DataLocation.atLine(1), "empty input: no header"))
        .hasToString("in.csv:1: empty input: no header");
    // ACLED API JSON: FILE: /data/N/NAME: "raw" reason.
    DataProblem json = new DataProblem("api.json", DataLocation.atPointer("/data/1").member("latitude"), "latitude",
        "95", "latitude outside [-90, 90]", Severity.ERROR);
    assertThat(json).hasToString("api.json: /data/1/latitude: \"95\" latitude outside [-90, 90]");
    assertThat(json.message()).isEqualTo("column latitude: \"95\" latitude outside [-90, 90]");
    // GeoJSON: FILE: /pointer: message, FILE record N: /pointer: warning: message; the whole text reads /.
    assertThat(DataProblem.error("a.geojson", DataLocation.atPointer("/features/3/geometry/coordinates"),
        "a position holds numbers")).hasToString("a.geojson: /features/3/geometry/coordinates: a position holds "
        + "numbers");
    assertThat(DataProblem.warning("s.geojsons", DataLocation.inRecord(2, "/crs"), "\"crs\" is ignored"))
        .hasToString("s.geojsons record 2: /crs: warning: \"crs\" is ignored");
    assertThat(DataProblem.error("a.geojson", DataLocation.atPointer(""), "empty input"))
        .hasToString("a.geojson: /: empty input");
    // A warning located by line says so after the location, as by pointer.
    assertThat(new DataProblem("in.csv", DataLocation.atLine(4), "notes", null, "suspicious", Severity.WARNING))
        .hasToString("in.csv:4: warning: column notes: suspicious");
  }

  @Test
  void problemsAreValuesThatSurviveSerialization() throws Exception {
    DataProblem problem = new DataProblem("in.csv", DataLocation.atLine(3), "year", "20x5", "not a number",
        Severity.ERROR);
    assertThat(problem).isEqualTo(new DataProblem("in.csv", DataLocation.atLine(3), "year", "20x5", "not a number",
        Severity.ERROR)).hasSameHashCodeAs(new DataProblem("in.csv", DataLocation.atLine(3), "year", "20x5",
        "not a number", Severity.ERROR));
    assertThat(problem).isNotEqualTo(new DataProblem("in.csv", DataLocation.atLine(3), "year", "20x5",
        "not a number", Severity.WARNING));
    assertThat(problem.isError()).isTrue();
    assertThat(problem.column()).contains("year");
    assertThat(problem.rawValue()).contains("20x5");
    assertThat(roundTrip(problem)).isEqualTo(problem);
    DataLocation location = DataLocation.inRecord(5, "/features/0");
    assertThat(roundTrip(location)).isEqualTo(location).hasToString("record 5 /features/0");
    assertThat(DataLocation.atLine(9)).hasToString("line 9");
  }
}
