package org.sahelevents.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sahelevents.cli.CliTest.GOOD;
import static org.sahelevents.cli.CliTest.HEADER;
import static org.sahelevents.cli.CliTest.run;
import static org.sahelevents.cli.CliTest.runWithInput;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The tool reads each input as what its first bytes are, whatever its name, and reads the model's JSON back. */
class InputFormatsTest {
  @TempDir
  Path dir;

  private static final String API_ROW = "{\"event_id_cnty\":\"MLI1\",\"event_date\":\"2025-09-07\",\"year\":\"2025\","
      + "\"event_type\":\"Battles\",\"sub_event_type\":\"Armed clash\",\"actor1\":\"JNIM: Group for Support of Islam "
      + "and Muslims\",\"inter1\":\"Rebel group\",\"actor2\":\"Military Forces of Mali (2021-)\",\"inter2\":"
      + "\"State forces\",\"interaction\":\"State forces-Rebel group\",\"country\":\"Mali\",\"location\":\"Dioema\","
      + "\"latitude\":\"14.54\",\"longitude\":\"-9.1921\",\"fatalities\":\"3\"}";

  private String geojson;
  private String model;

  // A GeoJSON document and the model's JSON of the same row, as the tool writes them.
  @BeforeEach
  void writeTheSameRowInEveryFormat() throws IOException {
    Path csv = file("row.csv", HEADER + GOOD);
    assertThat(run("convert", csv.toString(), dir.resolve("row.geojson").toString()).code()).isZero();
    assertThat(run("convert", csv.toString(), dir.resolve("row.json").toString()).code()).isZero();
    geojson = Files.readString(dir.resolve("row.geojson"));
    model = Files.readString(dir.resolve("row.json"));
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  static Stream<Arguments> firstBytes() {
    return Stream.of(
        Arguments.of("a CSV header", "a,b\n1,2\n", DataFormat.ACLED_CSV),
        Arguments.of("a spreadsheet's CSV with a BOM and semicolons", "\uFEFFa;b\n1;2\n", DataFormat.ACLED_CSV),
        Arguments.of("the API's envelope", "{\"status\":200,\"data\":[]}", DataFormat.ACLED_JSON),
        Arguments.of("a bare array of rows", " [ {\"event_id_cnty\":\"MLI1\"} ]", DataFormat.ACLED_JSON),
        Arguments.of("a FeatureCollection", "{\"type\":\"FeatureCollection\",\"features\":[]}", DataFormat.GEOJSON),
        Arguments.of("features before type", "{\"features\":[],\"type\":\"FeatureCollection\"}", DataFormat.GEOJSON),
        Arguments.of("a Feature", "{\"type\":\"Feature\",\"geometry\":null,\"properties\":null}", DataFormat.GEOJSON),
        Arguments.of("a geometry", "\r\n{\"type\":\"Point\",\"coordinates\":[1,2]}", DataFormat.GEOJSON),
        Arguments.of("a text sequence", "\u001e{\"type\":\"Feature\"}\n", DataFormat.GEOJSONSEQ),
        Arguments.of("newline-delimited features", "{\"type\":\"Feature\"}\n{\"type\":\"Feature\"}\n",
            DataFormat.GEOJSONSEQ),
        Arguments.of("the model's catalogs", "[\n{\"actors\":[],\"incidents\":[]}\n]", DataFormat.JSON),
        Arguments.of("the model's JSON of nothing", "[\n]\n", DataFormat.JSON),
        Arguments.of("a GED header", "id,relid,year,active_year,type_of_violence,side_a\n", DataFormat.UCDP_CSV),
        Arguments.of("a pandas re-save of GED", ",id,relid,year\n0,,,#date+year\n", DataFormat.UCDP_CSV),
        Arguments.of("the data browser's GED export", "\uFEFFid,side_a,side_b,best_est\n", DataFormat.UCDP_CSV),
        Arguments.of("a UCDP API page", "{\"TotalCount\":1,\"TotalPages\":1,\"Result\":[]}", DataFormat.UCDP_JSON),
        Arguments.of("UCDP API rows", "[{\"id\":1,\"relid\":\"MLI-1\",\"side_a\":\"x\"}]", DataFormat.UCDP_JSON),
        Arguments.of("an array of UCDP API pages", "[{\"Result\":[]}]", DataFormat.UCDP_JSON));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("firstBytes")
  void theFirstBytesTellTheFormat(String what, String head, DataFormat expected) {
    byte[] bytes = head.getBytes(StandardCharsets.UTF_8);
    assertThat(ContentFormat.of(bytes, bytes.length, null)).isEqualTo(ContentFormat.Guess.of(expected));
  }

  @Test
  void whatTheBytesLeaveOpenTheNameDecides() {
    // One feature longer than the bytes looked at: a document, unless the name says sequence.
    byte[] cut = "{\"type\":\"Feature\",\"properties\":{\"notes\":\"a long no".getBytes(StandardCharsets.UTF_8);
    assertThat(ContentFormat.of(cut, cut.length, null)).isEqualTo(ContentFormat.Guess.of(DataFormat.GEOJSON));
    assertThat(ContentFormat.of(cut, cut.length, DataFormat.GEOJSONSEQ))
        .isEqualTo(ContentFormat.Guess.of(DataFormat.GEOJSONSEQ));
    byte[] blank = "\uFEFF \n".getBytes(StandardCharsets.UTF_8);
    assertThat(ContentFormat.of(blank, blank.length, null)).isEqualTo(ContentFormat.Guess.EMPTY);
    for (String unknown : List.of("{\"foo\":1}", "\"text\"", "42", "[1,2]", "PK\u0003\u0004\u0000", "one word\n")) {
      byte[] bytes = unknown.getBytes(StandardCharsets.UTF_8);
      assertThat(ContentFormat.of(bytes, bytes.length, null)).as(unknown).isEqualTo(ContentFormat.Guess.UNKNOWN);
    }
  }

  @Test
  void aJsonFileThatIsGeoJsonIsReadAsGeoJson() throws IOException {
    Path json = file("features.json", geojson);
    CliTest.Run r = run("convert", json.toString(), dir.resolve("back.csv").toString());
    assertThat(r.err()).isEqualTo(json + ": 1 features read, 1 accepted, 0 rejected; wrote "
        + dir.resolve("back.csv") + "\n");
    assertThat(r.code()).isZero();
    assertThat(Files.readString(dir.resolve("back.csv"))).isEqualTo((HEADER + GOOD).replace("\n", "\r\n"));
  }

  @Test
  void aCsvFileThatIsApiJsonIsReadAsApiJson() throws IOException {
    Path csv = file("response.csv", "{\"status\":200,\"data\":[" + API_ROW + "," + API_ROW.replace("14.54", "95")
        + "]}");
    CliTest.Run r = run("validate", csv.toString());
    assertThat(r.out().lines()).containsExactly(csv + ": /data/1/latitude: \"95\" must be between -90 and 90",
        csv + ": 2 rows read, 1 accepted, 1 rejected; 1 error, 0 warnings");
    assertThat(r.code()).isEqualTo(1);
  }

  @Test
  void standardInputIsReadInEveryFormat() {
    String sequence = geojson.substring(geojson.indexOf("{\"type\":\"Feature\""), geojson.indexOf("}}]") + 2);
    List<List<String>> cases = List.of(
        List.of(HEADER + GOOD, "-: 1 rows read, 1 accepted, 0 rejected"),
        List.of("{\"status\":200,\"data\":[" + API_ROW + "]}", "-: 1 rows read, 1 accepted, 0 rejected"),
        List.of("[" + API_ROW + "]", "-: 1 rows read, 1 accepted, 0 rejected"),
        List.of(geojson, "-: 1 features read, 1 accepted, 0 rejected"),
        List.of("\u001e" + sequence + "\n\u001e" + sequence.replace("MLI1", "MLI2") + "\n",
            "-: 2 features read, 2 accepted, 0 rejected"),
        List.of(sequence + "\n" + sequence.replace("MLI1", "MLI2") + "\n",
            "-: 2 features read, 2 accepted, 0 rejected"),
        List.of(model, "-: 1 catalogs read, 1 accepted, 0 rejected"));
    for (List<String> c : cases) {
      CliTest.Run r = runWithInput(c.get(0), "validate", "-");
      assertThat(r.out()).as(c.get(0)).isEqualTo(c.get(1) + "\n");
      assertThat(r.code()).isZero();
    }
    CliTest.Run stats = runWithInput(model, "stats", "-");
    assertThat(stats.out()).startsWith("1 incidents, 3 fatalities, 2025-09-07 to 2025-09-07\n");
    assertThat(stats.err()).isEqualTo("-: 1 incidents read, 1 accepted, 0 rejected\n");
  }

  @Test
  void anEmptyInputSaysSo() throws IOException {
    Path empty = file("empty.csv", "");
    CliTest.Run r = run("validate", empty.toString());
    assertThat(r.out()).isEqualTo(empty + ": is empty; there is nothing to read\n");
    assertThat(r.code()).isEqualTo(1);
    CliTest.Run stdin = runWithInput("\uFEFF \n", "convert", "-", dir.resolve("out.geojson").toString());
    assertThat(stdin.err()).isEqualTo("<stdin>: is empty; there is nothing to read\n");
    assertThat(stdin.code()).isEqualTo(1);
    assertThat(dir.resolve("out.geojson")).doesNotExist();
    // Named, the format's own reader says what is missing.
    CliTest.Run named = run("validate", "--from", "acled-csv", empty.toString());
    assertThat(named.out()).isEqualTo(empty + ":1: empty input: no header\n");
  }

  @Test
  void anInputInNoKnownFormatSaysWhichFormatsThereAreAndHowToNameOne() throws IOException {
    Path other = file("other.json", "{\"name\":\"Amadou\"}");
    CliTest.Run r = run("convert", other.toString(), dir.resolve("out.csv").toString());
    assertThat(r.err()).isEqualTo(other + ": not a format the tool reads (ACLED CSV or API JSON, UCDP GED CSV or API "
        + "JSON, GeoJSON, GeoJSON text sequences or the model's JSON); if it is one of them, name it with --from "
        + "acled-csv, acled-json, ucdp-csv, ucdp-json, geojson, geojsonseq or json\n");
    assertThat(r.code()).isEqualTo(1);
    assertThat(dir.resolve("out.csv")).doesNotExist();
    CliTest.Run forced = run("validate", "--from", "acled-json", other.toString());
    assertThat(forced.out()).isEqualTo(other + ": /: not an ACLED API response: no \"data\" array\n");
  }

  @Test
  void theModelsJsonConvertsBackToAcledCsvAndToGeoJson() throws IOException {
    Path json = dir.resolve("row.json");
    Path csv = dir.resolve("again.csv");
    CliTest.Run r = run("convert", json.toString(), csv.toString());
    assertThat(r.err()).isEqualTo(json + ": 1 incidents read, 1 accepted, 0 rejected; wrote " + csv + "\n");
    assertThat(r.code()).isZero();
    // The model holds no region, source_scale or row ids: those cells are empty, the others as read.
    assertThat(Files.readAllLines(csv).get(1)).isEqualTo("MLI1,2025-09-07,2025,1,Political violence,Battles,"
        + "Armed clash,JNIM: Group for Support of Islam and Muslims,,Rebel group,Military Forces of Mali (2021-),,"
        + "State forces,State forces-Rebel group,,,,Mali,,,,Dioema,14.54,-9.1921,1,,,,3,,");
    Path features = dir.resolve("again.geojson");
    assertThat(run("convert", json.toString(), features.toString()).code()).isZero();
    assertThat(Files.readString(features)).contains("\"id\":\"MLI1\"", "\"coordinates\":[-9.1921,14.54]",
        "\"sahel:event\":{");
    Path copy = dir.resolve("again.json");
    assertThat(run("convert", json.toString(), copy.toString()).err()).isEqualTo(json
        + ": 1 catalogs read, 1 accepted, 0 rejected; wrote " + copy + "\n");
    assertThat(Files.readString(copy)).isEqualTo(model);
  }

  @Test
  void anIncidentThatCannotBeAnAcledRowIsARejectedRowAtItsPointer() throws IOException {
    Path json = file("nopoint.json", model.replace(",\"point\":{\"latitude\":14.54,\"longitude\":-9.1921}", ""));
    Path csv = dir.resolve("out.csv");
    Path rejects = dir.resolve("rejects.csv");
    CliTest.Run strict = run("convert", json.toString(), csv.toString());
    assertThat(strict.err()).isEqualTo(json + ": /0/incidents/0: incident MLI1 cannot be an ACLED row: no point\n");
    assertThat(strict.code()).isEqualTo(1);
    assertThat(csv).doesNotExist();
    CliTest.Run lenient = run("convert", "--lenient", "--rejects", rejects.toString(), json.toString(),
        csv.toString());
    assertThat(lenient.err()).isEqualTo(json + ": /0/incidents/0: incident MLI1 cannot be an ACLED row: no point\n"
        + json + ": 1 incidents read, 0 accepted, 1 rejected; wrote " + csv + "\n");
    assertThat(lenient.code()).isEqualTo(1);
    assertThat(Files.readAllLines(rejects).get(1))
        .isEqualTo("/0/incidents/0,incident MLI1 cannot be an ACLED row: no point,");
  }

  @Test
  void validateChecksTheModelsCatalogsAndLocatesEachViolation() throws IOException {
    Path json = file("model.json", "[\n" + model.strip().substring(1, model.strip().length() - 1).strip()
        .replace("\"subEventType\":\"ARMED_CLASH\"", "\"subEventType\":\"AIR_DRONE_STRIKE\"")
        + ",\n{\"incidents\":[{\"id\":\"x\",\"eventType\":\"BATTLE\"}]}\n]");
    CliTest.Run r = run("validate", json.toString());
    assertThat(r.out().lines()).containsExactly(
        json + ": /0/incidents/0/subEventType: \"Air/drone strike\" belongs to \"Explosions/Remote violence\", not "
            + "to \"Battles\"",
        json + ": /1/incidents/0/eventType: cannot read \"BATTLE\" as EventType; expected one of [BATTLES, PROTESTS, "
            + "RIOTS, EXPLOSIONS_REMOTE_VIOLENCE, VIOLENCE_AGAINST_CIVILIANS, STRATEGIC_DEVELOPMENTS]",
        json + ": 2 catalogs read, 0 accepted, 2 rejected; 2 errors, 0 warnings");
    assertThat(r.code()).isEqualTo(1);
    Path broken = file("broken.json", "[{\"incidents\":[]} x");
    assertThat(run("validate", broken.toString()).out()).isEqualTo(broken + ": not well-formed JSON at line 1, "
        + "column 19: Unexpected character ('x' (code 120)): was expecting comma to separate Array entries\n");
  }

  @Test
  void propertyPathsBecomeJsonPointers() {
    assertThat(ValidateCommand.pointer("incidents[3].participants[0].actor"))
        .isEqualTo("/incidents/3/participants/0/actor");
    assertThat(ValidateCommand.pointer("")).isEmpty();
    assertThat(ValidateCommand.pointer("externalIds[a/b]")).isEqualTo("/externalIds/a~1b");
  }
}
