package org.sahelevents.io.acled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sahelevents.core.DataLocation;

/**
 * The package-private row sources locate each row as its format does: a CSV row by the line it starts on, an API row
 * by its pointer in {@code data}, a row given as a map by the pointer the caller's function makes of its index.
 */
class RowLocationTest {
  private static final String HEADER = "event_id_cnty,event_date,event_type,actor1,country,location,latitude,"
      + "longitude,fatalities\n";
  private static final String ROW = "MLI1,2025-01-01,Battles,JNIM,Mali,Kati,12.7,-8.0,0\n";

  // API JSON as AcledReader reads it: the rows of data, located by their pointer there.
  private static MapRowSource apiRows(String json) throws IOException {
    return new MapRowSource(new JsonRows(new StringReader(json), "api.json", 1_000, 50, 64), JsonRows::pointer);
  }

  @Test
  void aCsvRowIsLocatedByTheLineItStartsOnAndKeepsThatLineForItsRecord() throws IOException {
    // The second row's quoted location spans two lines, so the third row starts on line 5.
    String text = HEADER + ROW + ROW.replace("Kati", "\"Kati\nnorth\"") + ROW;
    try (CsvRowSource rows = new CsvRowSource(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        "in", 10_000, 50)) {
      List<DataLocation> locations = new ArrayList<>();
      while (rows.next()) {
        locations.add(rows.location());
      }
      assertThat(locations).containsExactly(DataLocation.atLine(2), DataLocation.atLine(3), DataLocation.atLine(5));
    }
  }

  @Test
  void anApiRowIsLocatedByItsPointerInData() throws IOException {
    MapRowSource rows = apiRows("{\"data\":[{\"event_id_cnty\":\"MLI1\"},{\"event_id_cnty\":\"MLI2\"}]}");
    assertThat(rows.next()).isTrue();
    assertThat(rows.location()).isEqualTo(DataLocation.atPointer("/data/0"));
    assertThat(rows.next()).isTrue();
    assertThat(rows.location()).isEqualTo(DataLocation.atPointer("/data/1"));
    assertThat(rows.next()).isFalse();
  }

  @Test
  void aMalformedApiRowIsASyntaxErrorAtItsOwnPointer() throws IOException {
    MapRowSource rows = apiRows("[{\"event_id_cnty\":\"MLI1\"},[1],{\"event_id_cnty\":{\"nested\":1}}]");
    assertThat(rows.next()).isTrue();
    assertThatThrownBy(rows::next).isInstanceOfSatisfying(RowSource.RowSyntaxException.class, e -> {
      assertThat(e.location).isEqualTo(DataLocation.atPointer("/data/1"));
      assertThat(e).hasMessage("a row must be a JSON object, not [");
    });
    assertThatThrownBy(rows::next).isInstanceOfSatisfying(RowSource.RowSyntaxException.class, e ->
        assertThat(e.location).isEqualTo(DataLocation.atPointer("/data/2")));
  }

  @Test
  void theEnvelopeOfApiJsonIsLocatedByPointerOrByTheLineJacksonStoppedAt() {
    assertThatThrownBy(() -> new JsonRows(new StringReader("{\"data\":[]}"), "api.json", 1_000, 50, 64))
        .isInstanceOfSatisfying(AcledFormatException.class, e ->
            assertThat(e.problem().location()).isEqualTo(DataLocation.atPointer("/data")));
    assertThatThrownBy(() -> new JsonRows(new StringReader("{\"data\":7}"), "api.json", 1_000, 50, 64))
        .hasMessage("api.json: /data: \"data\" must be an array");
    assertThatThrownBy(() -> new JsonRows(new StringReader("{\n\"data\"\n:[{,"), "api.json", 1_000, 50, 64))
        .isInstanceOfSatisfying(AcledFormatException.class, e ->
            assertThat(e.problem().location()).isEqualTo(DataLocation.atLine(3)));
  }

  @Test
  void mapRowsAreLocatedByTheCallersPointerAndAnUnknownFieldIsAnErrorThere() {
    Map<String, String> first = new LinkedHashMap<>();
    first.put("event_id_cnty", "MLI1");
    Map<String, String> stray = new LinkedHashMap<>(first);
    stray.put("stray", "x");
    Iterator<Map<String, String>> maps = List.of(first, stray).iterator();
    MapRowSource rows = new MapRowSource(maps, i -> "/features/" + i + "/properties");
    assertThat(rows.next()).isTrue();
    assertThat(rows.location()).isEqualTo(DataLocation.atPointer("/features/0/properties"));
    assertThatThrownBy(rows::next).isInstanceOfSatisfying(RowSource.RowSyntaxException.class, e -> {
      assertThat(e.location).isEqualTo(DataLocation.atPointer("/features/1/properties"));
      assertThat(e).hasMessage("field \"stray\" is not in the first row's fields");
    });
  }
}
