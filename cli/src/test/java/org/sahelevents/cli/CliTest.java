package org.sahelevents.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelevents.core.json.ModelJson;
import org.sahelevents.core.model.Catalog;

class CliTest {
  @TempDir
  Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    return runWithInput("", args);
  }

  static Run runWithInput(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    int code = SahelEventsCli.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out,
        new PrintWriter(err, true));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString());
  }

  static final String HEADER = "event_id_cnty,event_date,year,event_type,sub_event_type,actor1,inter1,actor2,inter2,"
      + "interaction,country,location,latitude,longitude,fatalities\n";
  static final String GOOD = "MLI1,2025-09-07,2025,Battles,Armed clash,JNIM: Group for Support of Islam and Muslims,"
      + "2,Military Forces of Mali (2021-),1,12,Mali,Dioema,14.54,-9.1921,3\n";

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void validateAcceptsValidFilesWithExitCodeZero() throws IOException {
    Path ok = file("ok.csv", HEADER + GOOD);
    Run r = run("validate", ok.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo(ok + ": 1 rows read, 1 accepted, 0 rejected\n");
  }

  @Test
  void validatePrintsEachProblemWithFileLineAndColumnAndExitsOne() throws IOException {
    Path bad = file("bad.csv", HEADER + GOOD + GOOD.replace("14.54", "95").replace("MLI1", "MLI2")
        + GOOD.replace("2025-09-07", "someday"));
    Path ok = file("ok.csv", HEADER + GOOD);
    Run r = run("validate", bad.toString(), ok.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out().lines()).containsExactly(
        bad + ":3: column latitude: \"95\" must be between -90 and 90",
        bad + ":4: column event_date: \"someday\" not a date in any ACLED format (2020-07-31, 31 July 2020, "
            + "31/07/2020, 31-Jul-20)",
        bad + ": 3 rows read, 1 accepted, 2 rejected; 2 errors, 0 warnings",
        ok + ": 1 rows read, 1 accepted, 0 rejected",
        "total: 4 rows read, 2 accepted, 2 rejected; 2 errors, 0 warnings");
  }

  @Test
  void aMissingFileIsAOneLineMessageNotAStackTrace() {
    Run r = run("validate", dir.resolve("nope.csv").toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).isEqualTo(dir.resolve("nope.csv") + ": no such file\n");
    Run c = run("convert", dir.resolve("nope.csv").toString(), dir.resolve("out.csv").toString());
    assertThat(c.code()).isEqualTo(3);
    assertThat(c.err()).doesNotContain("Exception").contains("no such file");
  }

  @Test
  void aFileThatIsNotAcledIsBadDataWithOneLine() throws IOException {
    Path other = file("people.csv", "name,age\nAmadou,30\n");
    Run r = run("validate", other.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).startsWith(other + ":1: not an ACLED file");
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(run("convert").code()).isEqualTo(2);
    assertThat(run("convert", "--to", "xml", "a.csv", "b.csv").code()).isEqualTo(2);
    assertThat(run("convert", "a.csv", "b.txt").err()).contains("cannot tell the format to write to b.txt from its "
        + "name; give --to acled-csv, json, geojson, geojsonseq or geoparquet");
    assertThat(run("frobnicate").code()).isEqualTo(2);
  }

  @Test
  void convertStopsAtTheFirstBadRowAndLeavesNoOutput() throws IOException {
    Path in = file("in.csv", HEADER + GOOD + GOOD.replace("14.54", "north"));
    Path out = dir.resolve("out.csv");
    Run r = run("convert", in.toString(), out.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEqualTo(in + ":3: column latitude: \"north\" is not a decimal number\n");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("in.csv");
    }
  }

  @Test
  void lenientConversionWritesGoodRowsAndRejectsWithReasons() throws IOException {
    Path in = file("in.csv", HEADER + GOOD + GOOD.replace("14.54", "north").replace("MLI1", "MLI2"));
    Path out = dir.resolve("out.csv");
    Path rejects = dir.resolve("rejects.csv");
    Run r = run("convert", "--lenient", "--rejects", rejects.toString(), in.toString(), out.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(Files.readString(out)).isEqualTo((HEADER + GOOD).replace("\n", "\r\n"));
    assertThat(Files.readAllLines(rejects)).containsExactly(
        "line,problems,raw," + HEADER.strip(),
        "3,\"column latitude: \"\"north\"\" is not a decimal number\",,MLI2,2025-09-07,2025,Battles,Armed clash,"
            + "JNIM: Group for Support of Islam and Muslims,2,Military Forces of Mali (2021-),1,12,Mali,Dioema,north,"
            + "-9.1921,3");
    assertThat(r.err()).endsWith("in.csv: 2 rows read, 1 accepted, 1 rejected; wrote " + out + "\n");
  }

  @Test
  void lenientConversionFromGeoJsonCountsRowsRejectedAsAcled() throws IOException {
    Path in = file("in.csv", HEADER + GOOD + GOOD.replace("MLI1", "MLI2").replace(",3\n", ",7\n"));
    Path geo = dir.resolve("in.geojson");
    assertThat(run("convert", in.toString(), geo.toString()).code()).isZero();
    Files.writeString(geo, Files.readString(geo).replace("\"fatalities\":7", "\"fatalities\":\"many\""));
    Path out = dir.resolve("out.csv");
    Path rejects = dir.resolve("rejects.csv");
    Run r = run("convert", "--lenient", "--rejects", rejects.toString(), geo.toString(), out.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(Files.readString(out)).isEqualTo((HEADER + GOOD).replace("\n", "\r\n"));
    List<String> rejected = Files.readAllLines(rejects);
    assertThat(rejected.get(0)).startsWith("pointer,problems,raw,event_id_cnty,");
    // The feature as it was, in the raw column, and its cells under the input's headers.
    assertThat(rejected.subList(1, rejected.size())).containsExactly("/features/1/properties,\"column fatalities: "
        + "\"\"many\"\" is not a whole number\",\"{\"\"type\"\":\"\"Feature\"\",\"\"id\"\":\"\"MLI2\"\",\"\"geometry\"\":{\"\"type\"\":"
        + "\"\"Point\"\",\"\"coordinates\"\":[-9.1921,14.54]},\"\"properties\"\":{\"\"event_id_cnty\"\":\"\"MLI2\"\",\"\"event_date\"\":"
        + "\"\"2025-09-07\"\",\"\"year\"\":2025,\"\"event_type\"\":\"\"Battles\"\",\"\"sub_event_type\"\":\"\"Armed clash\"\",\"\"actor1\"\":"
        + "\"\"JNIM: Group for Support of Islam and Muslims\"\",\"\"inter1\"\":\"\"2\"\",\"\"actor2\"\":\"\"Military Forces of Mali "
        + "(2021-)\"\",\"\"inter2\"\":\"\"1\"\",\"\"interaction\"\":\"\"12\"\",\"\"country\"\":\"\"Mali\"\",\"\"location\"\":\"\"Dioema\"\","
        + "\"\"latitude\"\":14.54,\"\"longitude\"\":-9.1921,\"\"fatalities\"\":\"\"many\"\"}}\",MLI2,2025-09-07,2025,Battles,Armed clash,"
        + "JNIM: Group for Support of Islam and Muslims,2,Military Forces of Mali (2021-),1,12,Mali,Dioema,14.54,-9.1921,"
        + "many");
    assertThat(r.err()).endsWith("in.geojson: 2 features read, 1 accepted, 1 rejected; wrote " + out + "\n");
  }

  @Test
  void convertsApiJsonToCsvAndCsvToModelJson() throws IOException {
    Path api = file("api.json", "{\"status\":200,\"success\":true,\"data\":[{\"event_id_cnty\":\"MLI1\","
        + "\"event_date\":\"2025-09-07\",\"year\":\"2025\",\"event_type\":\"Battles\",\"sub_event_type\":"
        + "\"Armed clash\",\"actor1\":\"JNIM: Group for Support of Islam and Muslims\",\"inter1\":\"Rebel group\","
        + "\"actor2\":\"Military Forces of Mali (2021-)\",\"inter2\":\"State forces\",\"interaction\":"
        + "\"State forces-Rebel group\",\"country\":\"Mali\",\"location\":\"Dioema\",\"latitude\":\"14.54\","
        + "\"longitude\":\"-9.1921\",\"fatalities\":\"3\"}]}");
    Path csv = dir.resolve("api.csv");
    assertThat(run("convert", api.toString(), csv.toString()).code()).isZero();
    assertThat(Files.readAllLines(csv)).containsExactly(HEADER.strip(), "MLI1,2025-09-07,2025,Battles,Armed clash,"
        + "JNIM: Group for Support of Islam and Muslims,Rebel group,Military Forces of Mali (2021-),State forces,"
        + "State forces-Rebel group,Mali,Dioema,14.54,-9.1921,3");
    Path json = dir.resolve("model.json");
    assertThat(run("convert", csv.toString(), json.toString()).code()).isZero();
    com.fasterxml.jackson.databind.JsonNode array = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(json.toFile());
    assertThat(array).hasSize(1);
    Catalog event = ModelJson.create().read(array.get(0).toString(), Catalog.class);
    assertThat(event.getIncidents().get(0).getId().getValue()).isEqualTo("MLI1");
    assertThat(event.getActors()).hasSize(2);
  }

  @Test
  void aDashMeansStandardInputAndOutput() {
    Run r = runWithInput(HEADER + GOOD, "convert", "-", "-");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo((HEADER + GOOD).replace("\n", "\r\n"));
    assertThat(r.err()).isEqualTo("-: 1 rows read, 1 accepted, 0 rejected; wrote -\n");
    Run v = runWithInput(HEADER + GOOD.replace("MLI1", ""), "validate", "-");
    assertThat(v.code()).isEqualTo(1);
    assertThat(v.out()).startsWith("<stdin>:2: column event_id_cnty: is required");
  }

  @Test
  void realExportsSurviveCsvToGeoJsonAndBack() throws IOException {
    SharedData.required("acled");
    List<Path> files = SharedData.files("acled", ".csv");
    for (Path csv : files) {
      for (String extension : List.of(".geojson", ".geojsons")) {
        Path geo = dir.resolve("events" + extension);
        Path back = dir.resolve("back.csv");
        assertThat(run("convert", "--force", csv.toString(), geo.toString()).code()).as(csv + extension).isZero();
        assertThat(run("validate", geo.toString()).code()).isZero();
        assertThat(run("convert", "--force", geo.toString(), back.toString()).code()).isZero();
        assertThat(records(back)).as(csv + " through " + extension).isEqualTo(records(csv));
      }
    }
  }

  private static List<org.sahelevents.io.acled.AcledRecord> records(Path csv) {
    try (var records = org.sahelevents.io.acled.AcledCsv.reader().build().open(csv)) {
      return records.stream().toList();
    }
  }

  /** The library's route (QuickStart) and the tool's give the same features: ids, points and ACLED properties. */
  @Test
  void quickStartAndConvertGiveTheSameFeaturesForTheSameFile() throws Exception {
    List<Path> inputs = new java.util.ArrayList<>(List.of(file("sample.csv", sampleCsv())));
    inputs.addAll(SharedData.files("acled", ".csv"));
    for (Path csv : inputs) {
      Path fromTool = dir.resolve("tool.geojson");
      Path fromLibrary = dir.resolve("library.geojson");
      assertThat(run("convert", "--force", csv.toString(), fromTool.toString()).code()).as(csv.toString()).isZero();
      try (var rows = org.sahelevents.io.acled.AcledCsv.reader().build().open(csv)) {
        org.sahelevents.examples.QuickStart.run(rows, fromLibrary, new java.io.PrintStream(
            java.io.OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
      }
      List<org.sahelevents.io.geojson.GeoJsonFeature> tool = features(fromTool);
      List<org.sahelevents.io.geojson.GeoJsonFeature> library = features(fromLibrary);
      assertThat(library).as(csv.toString()).hasSameSizeAs(tool).isNotEmpty();
      for (int i = 0; i < tool.size(); i++) {
        var properties = library.get(i).properties().orElseThrow().deepCopy();
        assertThat(properties.remove(org.sahelevents.io.geojson.IncidentFeatures.EVENT)).isNotNull();
        assertThat(properties).as("%s feature %d", csv, i).isEqualTo(tool.get(i).properties().orElseThrow());
        assertThat(library.get(i).id()).isEqualTo(tool.get(i).id());
        assertThat(library.get(i).geometry()).isEqualTo(tool.get(i).geometry());
      }
    }
  }

  private static String sampleCsv() throws IOException {
    try (var in = org.sahelevents.examples.SampleData.open()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<org.sahelevents.io.geojson.GeoJsonFeature> features(Path geojson) {
    try (var features = org.sahelevents.io.geojson.GeoJson.reader().build().open(geojson, p -> { })) {
      return features.stream().toList();
    }
  }

  @Test
  void blankAndRepeatedHeadersKeepEveryCellThroughGeoJson() throws IOException {
    // A spreadsheet re-save can add an unnamed column; a hand-made file can repeat one.
    Path in = file("in.csv", HEADER.replace("\n", ",notes,,notes\n") + GOOD.replace("\n", ",first,x,second\n"));
    Path geo = dir.resolve("out.geojson");
    Path back = dir.resolve("back.csv");
    assertThat(run("convert", in.toString(), geo.toString()).code()).isZero();
    assertThat(Files.readString(geo)).contains("\"notes\":\"first\",\"column 17\":\"x\",\"notes (column 18)\":\"second\"");
    assertThat(run("convert", geo.toString(), back.toString()).code()).isZero();
    assertThat(Files.readAllLines(back).get(1)).endsWith(",first,x,second");
  }

  @Test
  void convertsAcledToGeoJsonWithPrecisionAndValidatesGeoJson() throws IOException {
    Path in = file("in.csv", HEADER + GOOD);
    Path geo = dir.resolve("out.geojson");
    assertThat(run("convert", "--precision", "2", in.toString(), geo.toString()).code()).isZero();
    String text = Files.readString(geo);
    assertThat(text).startsWith("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"id\":"
        + "\"MLI1\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[-9.19,14.54]}")
        .contains("\"fatalities\":3").contains("\"latitude\":14.54").contains("\"inter1\":\"2\"");
    Path model = dir.resolve("model.json");
    assertThat(run("convert", geo.toString(), model.toString()).code()).isZero();
    Catalog event = ModelJson.create().read(new com.fasterxml.jackson.databind.ObjectMapper().readTree(model.toFile())
        .get(0).toString(), Catalog.class);
    assertThat(event.getIncidents().get(0).getLocation().getPoint().orElseThrow().getLatitude()).isEqualTo(14.54);
    Path bad = file("bad.geojson", "{\"type\":\"LineString\",\"coordinates\":[[1,2]]}");
    Run r = run("validate", geo.toString(), bad.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains(bad + ": /coordinates: a LineString needs at least 2 positions, found 1");
    assertThat(run("convert", "--precision", "12", in.toString(), geo.toString()).code()).isEqualTo(2);
  }

  @Test
  void corridorKeepsTheIncidentsAlongARoadSortedByChainage() throws IOException {
    String segou = GOOD.replace("MLI1", "MLI2").replace("Dioema,14.54,-9.1921", "Segou,13.44,-6.26");
    String fana = GOOD.replace("MLI1", "MLI3").replace("Dioema,14.54,-9.1921", "Fana,12.78,-6.96")
        .replace("2025-09-07", "2024-01-01").replace(",2025,", ",2024,");
    Path in = file("mali.csv", HEADER + GOOD + segou + fana);
    Path out = dir.resolve("rn6.csv");
    Run r = run("corridor", "--route", "RN6", "--half-width-km", "10", in.toString(), out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(0)).endsWith(",fatalities,corridor_route,corridor_distance_m,corridor_chainage_m,"
        + "corridor_to_end_m,corridor_side");
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).startsWith("MLI3,").contains(",RN6,");
    assertThat(lines.get(2)).startsWith("MLI2,");
    assertThat(r.err()).contains("2 incidents (from 2 rows) of 3 rows read (0 rejected)").contains("km  100-125      1")
        .contains("km  200-225      1").doesNotContain("Exception");
    Run since = run("corridor", "--route", "rn6", "--half-width-km", "10", "--since", "2025-01-01", in.toString(),
        dir.resolve("recent.geojson").toString());
    assertThat(since.code()).isZero();
    String geojson = Files.readString(dir.resolve("recent.geojson"));
    assertThat(geojson).contains("\"id\":\"MLI2\"").doesNotContain("MLI3").contains("\"corridor_side\":");
    Path route = file("road.geojson", "{\"type\":\"Feature\",\"id\":\"bamako-segou\",\"properties\":{},"
        + "\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[-7.97522,12.60915],[-6.25947,13.44032]]}}");
    assertThat(run("corridor", "--route", route.toString(), "--half-width-km", "15", in.toString(),
        dir.resolve("own.csv").toString()).code()).isZero();
    assertThat(Files.readString(dir.resolve("own.csv"))).contains(",bamako-segou,");
    Path json = dir.resolve("rn6.json");
    assertThat(run("corridor", "--route", "RN6", "--half-width-km", "10", in.toString(), json.toString()).code())
        .isZero();
    Catalog first = ModelJson.create().read(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile())
        .get(0).toString(), Catalog.class);
    assertThat(first.getIncidents().get(0).getId().getValue()).isEqualTo("MLI3");
    assertThat(first.getIncidents().get(0).getTags()).anyMatch(tag -> tag.startsWith("corridor_chainage_m="))
        .contains("corridor_route=RN6");
    assertThat(run("corridor", "--route", "RN99", "--half-width-km", "10", in.toString(), "x.csv").code())
        .isEqualTo(2);
    assertThat(run("corridor", "--route", "RN6", "--half-width-km", "0", in.toString(), "x.csv").code())
        .isEqualTo(2);
  }

  @Test
  void corridorRunsOnTheRealExports() throws IOException {
    Path hdx = SharedData.required("acled").resolve("alegalli_conflictSahel__hdx_conflict_data_mli.csv");
    Run r = run("corridor", "--route", "RN6", "--half-width-km", "10", hdx.toString(),
        dir.resolve("rn6.geojson").toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("446 incidents (from 446 rows) of 3990 rows read (0 rejected)");
    assertThat(run("validate", dir.resolve("rn6.geojson").toString()).out()).contains("446 features read, 446 "
        + "accepted");
  }

  @Test
  void anExistingOutputOrRejectsFileIsReplacedOnlyWithForce() throws IOException {
    Path in = file("in.csv", HEADER + GOOD + GOOD.replace("MLI1", "MLI2").replace("14.54", "95"));
    Path out = file("out.csv", "keep me");
    Path rejects = dir.resolve("rejects.csv");
    Run refused = run("convert", "--lenient", in.toString(), out.toString());
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains(out + " exists; add --force to replace it");
    assertThat(Files.readString(out)).isEqualTo("keep me");

    Files.writeString(rejects, "old rejects");
    Run rejectsRefused = run("convert", "--lenient", "--force", "--rejects", rejects.toString(), in.toString(),
        dir.resolve("other.csv").toString());
    assertThat(rejectsRefused.code()).isEqualTo(1);
    assertThat(Files.readString(rejects)).startsWith("line,problems,");
    Files.writeString(rejects, "old rejects");
    Run noForce = run("convert", "--lenient", "--rejects", rejects.toString(), in.toString(),
        dir.resolve("third.csv").toString());
    assertThat(noForce.code()).isEqualTo(2);
    assertThat(Files.readString(rejects)).isEqualTo("old rejects");

    Run forced = run("convert", "--lenient", "--force", in.toString(), out.toString());
    assertThat(forced.code()).isEqualTo(1);
    assertThat(Files.readString(out)).startsWith("event_id_cnty,").contains("MLI1").doesNotContain("MLI2");
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));
    }
  }

  @Test
  void aGeoJsonNumberWithAHugeExponentIsARejectedRowNotMillionsOfDigits() throws IOException {
    Path geojson = file("huge.geojson", "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
        + "\"id\":\"MLI1\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[-9.1921,14.54]},\"properties\":"
        + "{\"event_id_cnty\":\"MLI1\",\"event_date\":\"2025-09-07\",\"year\":2025,\"event_type\":\"Battles\","
        + "\"sub_event_type\":\"Armed clash\",\"actor1\":\"JNIM\",\"inter1\":2,\"interaction\":20,"
        + "\"country\":\"Mali\",\"location\":\"Dioema\",\"latitude\":14.54,\"longitude\":-9.1921,"
        + "\"fatalities\":1e999999999}}]}");
    Run r = run("convert", "--lenient", geojson.toString(), dir.resolve("out.csv").toString());
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.err()).contains("/features/0/properties/fatalities: \"1E+999999999\" is not a whole number",
        "1 features read, 0 accepted, 1 rejected");
  }

  @Test
  void aFailedConversionLeavesNeitherOutputNorRejectsFile() throws IOException {
    Path in = file("in.csv", HEADER + GOOD + GOOD.replace("MLI1", "MLI2").replace("14.54", "95"));
    Path rejects = dir.resolve("rejects.csv");
    Run r = run("convert", "--rejects", rejects.toString(), in.toString(), dir.resolve("out.csv").toString());
    assertThat(r.code()).isEqualTo(1);
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("in.csv");
    }
  }

  @Test
  void everyCommandHasHelpWithAnExample() {
    for (String command : List.of("validate", "convert", "corridor", "stats", "demo")) {
      Run r = run(command, "--help");
      assertThat(r.code()).isZero();
      assertThat(r.out()).contains("Example").contains("sahel-events " + command);
    }
    assertThat(run("--version").out()).startsWith("sahel-events ");
  }

  @Test
  void theToolsHelpListsEveryCommandHoweverARunNamesOne() {
    List<String> commands = List.of("validate", "convert", "corridor", "stats", "reconcile", "map", "demo", "fetch",
        "update", "login", "help");
    for (String[] args : List.of(new String[] {"--help"}, new String[] {"help"}, new String[] {"--debug", "--help"},
        new String[] {"--help", "convert"})) {
      Run r = run(args);
      assertThat(r.code()).as(String.join(" ", args)).isZero();
      assertThat(r.out().lines().map(String::strip).filter(l -> !l.isEmpty()).map(l -> l.split(" ")[0]))
          .as(String.join(" ", args)).containsSubsequence(commands);
    }
    assertThat(run("help", "convert").out()).contains("sahel-events convert");
    assertThat(run("--debug", "convert", "--help").out()).contains("sahel-events convert");
    Run unknown = run("convrt");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("convert");
  }

  @Test
  void validatesEveryRealExport() throws IOException {
    SharedData.required("acled");
    Run r = run(Stream.concat(Stream.of("validate"), SharedData.files("acled", ".csv").stream().map(Path::toString))
        .toArray(String[]::new));
    assertThat(r.code()).isZero();
    assertThat(r.out()).endsWith("total: 13216 rows read, 13216 accepted, 0 rejected\n");
  }
}
