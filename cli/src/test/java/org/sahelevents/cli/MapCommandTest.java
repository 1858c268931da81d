package org.sahelevents.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.core.json.ModelJson;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.Incident;
import org.sahelevents.core.taxonomy.EventType;
import org.sahelevents.examples.BamakoCorridors;
import org.sahelevents.examples.MaliApril2026;
import org.sahelevents.examples.SampleData;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledModelMapping;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.ucdp.UcdpGed;
import org.sahelevents.io.ucdp.UcdpRecords;

/** {@code sahel-events map} without a browser: what the page holds, the limit, the filters and the messages. */
class MapCommandTest {
  private static final Pattern DATA = Pattern.compile(
      "<script id=\"map-data\" type=\"application/json\">(.*?)</script>", Pattern.DOTALL);
  private static final Pattern INFO = Pattern.compile(
      "<script id=\"map-info\" type=\"application/x-ndjson\">(.*?)</script>", Pattern.DOTALL);

  @TempDir
  Path dir;

  private Path sample() throws IOException {
    Path csv = dir.resolve("sample.csv");
    try (InputStream in = SampleData.open()) {
      Files.copy(in, csv);
    }
    return csv;
  }

  private static List<AcledRecord> rows(Path csv) {
    try (AcledRecords rows = AcledCsv.reader().badRows(BadRowPolicy.COLLECT).build().open(csv, r -> { })) {
      return rows.stream().toList();
    }
  }

  /** The data the page carries, read back as JSON. */
  static JsonNode data(Path page) throws IOException {
    Matcher m = DATA.matcher(Files.readString(page, StandardCharsets.UTF_8));
    assertThat(m.find()).as("the page's data").isTrue();
    return new ObjectMapper().readTree(m.group(1));
  }

  /** The popups' text the page carries, one incident a line, read back as JSON. */
  static List<JsonNode> info(Path page) throws IOException {
    Matcher m = INFO.matcher(Files.readString(page, StandardCharsets.UTF_8));
    assertThat(m.find()).as("the page's popups").isTrue();
    List<JsonNode> info = new ArrayList<>();
    for (String line : m.group(1).split("\n")) {
      info.add(new ObjectMapper().readTree(line));
    }
    return info;
  }

  @Test
  void thePageHoldsEveryIncidentWithItsTypeDateAndTollAndTheBaseLayer() throws IOException {
    Path csv = sample();
    Path page = dir.resolve("sample.html");
    CliTest.Run run = CliTest.run("map", "--title", "Mali", csv.toString(), page.toString());
    assertThat(run.code()).as(run.err()).isZero();
    List<AcledRecord> rows = rows(csv);
    assertThat(run.err()).contains(csv + ": 62 rows read, 62 accepted, 0 rejected; 62 incidents on the map",
        "Wrote " + page + ": 62 incidents; open it in a web browser");

    JsonNode data = data(page);
    assertThat(data.get("title").asText()).isEqualTo("Mali");
    JsonNode incidents = data.get("incidents");
    assertThat(incidents.get("lat")).hasSize(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      AcledRecord r = rows.get(i);
      assertThat(incidents.get("day").get(i).asLong()).isEqualTo(r.eventDate().toEpochDay());
      assertThat(incidents.get("type").get(i).asInt()).isEqualTo(r.eventType().ordinal());
      assertThat(incidents.get("fatalities").get(i).asInt()).isEqualTo(r.fatalities());
      assertThat(incidents.get("lat").get(i).asDouble()).isCloseTo(r.latitude().doubleValue(),
          org.assertj.core.data.Offset.offset(0.0001));
      assertThat(info(page).get(i).get("cells").get("source").asText())
          .isEqualTo(String.join("; ", r.sources()));
    }
    List<String> kinds = data.get("base").get("features").findValuesAsText("kind");
    assertThat(kinds).contains("country", "river", "lake");
    assertThat(data.get("base").get("features").findValuesAsText("name")).contains("Mali", "Niger", "Lake Chad");
    assertThat(data.get("towns").toString()).contains("\"Bamako\"", "\"Kidal\"");
    assertThat(data.get("attribution").asText()).contains("Natural Earth (public domain)", "Leaflet 1.9.4");
    String html = Files.readString(page);
    assertThat(html).contains("BSD 2-Clause License", "Copyright (c) 2010-2023, Volodymyr Agafonkin")
        .contains("Content-Security-Policy").doesNotContain("sourceMappingURL")
        .doesNotContain("url(images/").doesNotContain("http://tile").doesNotContain("src=\"http");
  }

  @Test
  void aUcdpGedFileIsALayerOfItsRowsWithTheirSourceCells() throws Exception {
    Path ged = Path.of(MapCommandTest.class.getResource("/ucdp/mali-ged.csv").toURI());
    Path page = dir.resolve("ged.html");
    CliTest.Run run = CliTest.run("map", ged.toString(), page.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains(ged + ": 4 rows read, 4 accepted, 0 rejected; 4 incidents on the map");
    JsonNode incidents = data(page).get("incidents");
    assertThat(incidents.get("lat")).hasSize(4);
    assertThat(incidents.get("day").get(0).asLong()).isEqualTo(LocalDate.of(2025, 9, 7).toEpochDay());
    assertThat(incidents.get("type").get(0).asInt()).isEqualTo(EventType.BATTLES.ordinal());
    // The conservative figure sizes the circle: UCDP's low.
    assertThat(incidents.get("fatalities").get(0).asInt()).isEqualTo(10);
    JsonNode diema = info(page).get(0);
    assertThat(diema.get("cells").get("relid").asText()).isEqualTo("MLI-2025-1-1-1");
    assertThat(diema.get("cells").get("type_of_violence").asText()).isEqualTo("1 (state-based)");
  }

  @Test
  void hostileTextIsEscapedInThePageAndReadsBackUnchanged() throws IOException {
    String note = "</script><script>alert(1)</script><img src=x onerror=alert(2)> <!-- & \u2028 -->";
    Path csv = Files.writeString(dir.resolve("hostile.csv"), CliTest.HEADER.replace("fatalities\n",
        "fatalities,notes\n") + CliTest.GOOD.replace("\n", ",\"" + note + "\"\n"));
    Path page = dir.resolve("hostile.html");
    assertThat(CliTest.run("map", "--title", "<b>T</b>", csv.toString(), page.toString()).code()).isZero();
    String html = Files.readString(page);
    assertThat(html).doesNotContain("alert(1)</script>").doesNotContain("<img src=x").doesNotContain("<b>T</b>")
        .doesNotContain("<!-- &");
    JsonNode data = data(page);
    assertThat(info(page).get(0).get("notes").asText()).isEqualTo(note);
    assertThat(data.get("title").asText()).isEqualTo("<b>T</b>");
  }

  @Test
  void pastTheLimitTheToolWritesNothingAndAsksForAFilter() throws IOException {
    Path csv = sample();
    Path page = dir.resolve("big.html");
    CliTest.Run run = CliTest.run("map", "--max-incidents", "10", csv.toString(), page.toString());
    assertThat(run.code()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err().lines()).containsExactly("62 incidents pass the filters, more than the page's limit of 10 "
        + "(past it a browser stops being responsive); nothing was written. Choose fewer with --since, --until or "
        + "--bbox, or raise --max-incidents");
    assertThat(page).doesNotExist();
    assertThat(MapCommand.DEFAULT_MAX_INCIDENTS).isEqualTo(100_000);

    LocalDate since = LocalDate.of(2026, 5, 1);
    long recent = rows(csv).stream().filter(r -> !r.eventDate().isBefore(since)).count();
    assertThat(recent).isBetween(1L, 10L);
    CliTest.Run filtered = CliTest.run("map", "--max-incidents", "10", "--since", since.toString(), csv.toString(),
        page.toString());
    assertThat(filtered.code()).as(filtered.err()).isZero();
    assertThat(data(page).get("incidents").get("day")).hasSize((int) recent);
    assertThat(data(page).get("note").asText()).isEqualTo("Incidents from 2026-05-01 only.");
  }

  @Test
  void sinceUntilAndBboxKeepTheIncidentsInsideThemAndRoutesGiveChainage() throws IOException {
    Path csv = sample();
    Path page = dir.resolve("box.html");
    CliTest.Run run = CliTest.run("map", "--since", "2025-06-01", "--until", "2026-04-30", "--bbox",
        "-9,12,-6,14", "--route", "RN6", "--half-width-km", "10", "--route", "RN3", "--half-width-km", "5",
        csv.toString(), page.toString());
    assertThat(run.code()).as(run.err()).isZero();
    long expected = rows(csv).stream().filter(r -> !r.eventDate().isBefore(LocalDate.of(2025, 6, 1))
        && !r.eventDate().isAfter(LocalDate.of(2026, 4, 30)) && r.longitude().doubleValue() >= -9
        && r.longitude().doubleValue() <= -6 && r.latitude().doubleValue() >= 12
        && r.latitude().doubleValue() <= 14).count();
    JsonNode data = data(page);
    assertThat(data.get("incidents").get("day")).hasSize((int) expected);
    assertThat(data.get("corridors").findValuesAsText("route")).containsExactly("RN6", "RN3");
    JsonNode onCorridor = info(page).stream().map(i -> i.get("corridors"))
        .filter(c -> !c.isEmpty()).findFirst().orElseThrow();
    assertThat(onCorridor.get(0).get("chainageKm").asDouble()).isPositive();
    assertThat(onCorridor.get(0).get("distanceKm").asDouble()).isBetween(0.0, 10.0);
  }

  @Test
  void theModelsIncidentsCarryTheirContestedFieldsAndThoseWithoutAPointAreCounted() throws IOException {
    Catalog article = MaliApril2026.catalog();
    Path json = Files.writeString(dir.resolve("article.json"), "[" + ModelJson.create().write(article) + "]");
    Path kati = Files.writeString(dir.resolve("kati.json"), "[" + ModelJson.create()
        .write(MapInBrowserTest.contested()) + "]");
    Path page = dir.resolve("article.html");
    CliTest.Run run = CliTest.run("map", json.toString(), kati.toString(), page.toString());
    assertThat(run.code()).as(run.err()).isZero();
    long placed = article.getIncidents().stream().filter(i -> i.getLocation().getPoint().isPresent()).count();
    int all = article.getIncidents().size();
    assertThat(run.err()).contains(json + ": " + all + " incidents read, " + all + " accepted, 0 rejected; " + placed
        + " incidents on the map, " + (all - placed) + " without a point (a country or region only) listed beside it",
        "Wrote " + page + ": " + (placed + 1) + " incidents on the map and " + (all - placed) + " beside it");
    JsonNode data = data(page);
    assertThat(data.get("layers").toString()).isEqualTo(new ObjectMapper().writeValueAsString(List.of(json.toString(),
        kati.toString())));
    JsonNode contested = info(page).get((int) placed).get("contested").get(0);
    assertThat(contested.get("field").asText()).isEqualTo("fatalities");
    assertThat(contested.get("versions").findValuesAsText("saidBy")).containsExactly("AFP", "JNIM");
    assertThat(contested.get("choices").findValuesAsText("policy")).containsExactly("ACLED_CONSERVATIVE",
        "HIGHEST_CREDIBILITY", "MOST_RECENT", "PREFERRED_RANK");
    assertThat(contested.get("choices").get(0).get("value").asText()).isEqualTo("at least 23 killed");
  }

  @Test
  void badUsageIsSaidInOneSentence() throws IOException {
    Path csv = sample();
    assertThat(CliTest.run("map", csv.toString(), dir.resolve("out.csv").toString()).err())
        .startsWith("the last file is the page to write: it ends in .html (or is - for standard output), was ");
    assertThat(CliTest.run("map", "--bbox", "-9,12,-6", csv.toString(), dir.resolve("o.html").toString()).err())
        .startsWith("--bbox is west,south,east,north in degrees");
    assertThat(CliTest.run("map", "--bbox", "-6,12,-9,14", csv.toString(), dir.resolve("o.html").toString()).err())
        .startsWith("--bbox is west,south,east,north in degrees");
    CliTest.Run road = CliTest.run("map", "--route", "RN99", "--half-width-km", "10", csv.toString(),
        dir.resolve("o.html").toString());
    assertThat(road.code()).isEqualTo(ExitCode.USAGE);
    assertThat(road.err()).startsWith("unknown road RN99: use a GeoJSON file or one of RN3, RN5, RN6");
    assertThat(CliTest.run("map", "--route", "RN6", csv.toString(), dir.resolve("o.html").toString()).err())
        .contains("--half-width-km");
    assertThat(CliTest.run("map", "--until", "2025-01-01", "--since", "2025-02-01", csv.toString(),
        dir.resolve("o.html").toString()).err()).startsWith("--until 2025-01-01 is before --since 2025-02-01");
    assertThat(dir.resolve("o.html")).doesNotExist();
  }

  @Test
  void thePageGoesToStandardOutputAndBadRowsAreReportedWithTheirLine() {
    CliTest.Run run = CliTest.runWithInput(CliTest.HEADER + CliTest.GOOD + CliTest.GOOD.replace("14.54", "95")
        .replace("MLI1", "MLI2"), "map", "--lenient", "--from", "acled-csv", "-", "-");
    assertThat(run.code()).isEqualTo(ExitCode.BAD_DATA);
    assertThat(run.out()).startsWith("<!DOCTYPE html>").contains("\"MLI1\"").doesNotContain("\"MLI2\"");
    assertThat(run.err()).contains("<stdin>:3: column latitude: \"95\" must be between -90 and 90",
        "<stdin>: 2 rows read, 1 accepted, 1 rejected; 1 incidents on the map", "Wrote standard output: 1 incidents");
  }

  @Test
  void everyFileOfTheSharedDataGivesAPageOrALocatedMessage() throws IOException {
    SharedData.required("acled");
    for (Path file : SharedData.files("acled", ".csv")) {
      Path page = dir.resolve(file.getFileName() + ".html");
      CliTest.Run run = CliTest.run("map", "--lenient", file.toString(), page.toString());
      assertThat(run.code()).as(file + ": " + run.err()).isIn(ExitCode.OK, ExitCode.BAD_DATA);
      long events;
      try (AcledRecords rows = AcledCsv.reader().badRows(BadRowPolicy.COLLECT).build().open(file, r -> { })) {
        events = AcledModelMapping.groupByEvent(rows.stream()).count();
      }
      assertThat(data(page).get("incidents").get("day")).as(file.toString()).hasSize((int) events);
    }
    for (Path file : SharedData.files("ucdp", ".csv")) {
      Path page = dir.resolve(file.getFileName() + ".html");
      CliTest.Run run = CliTest.run("map", "--lenient", file.toString(), page.toString());
      assertThat(run.code()).as(file + ": " + run.err()).isZero();
      long rows;
      try (UcdpRecords records = UcdpGed.reader().build().open(file)) {
        rows = records.stream().count();
      }
      assertThat(data(page).get("incidents").get("day")).as(file.toString()).hasSize((int) rows);
    }
    for (Path file : SharedData.files("geojson", ".geojson")) {
      Path page = dir.resolve(file.getFileName() + ".html");
      CliTest.Run run = CliTest.run("map", "--lenient", file.toString(), page.toString());
      // Features without ACLED's columns are not incidents: each is rejected with where it is and why.
      assertThat(run.code()).as(file + ": " + run.err()).isIn(ExitCode.OK, ExitCode.BAD_DATA);
      assertThat(run.err()).as(file.toString()).doesNotContain("Exception").doesNotContain("internal error")
          .contains(file.toString());
    }
  }

  @Test
  void theDemosPageHoldsTheSampleAndTheArticlesPlacedIncident() throws IOException {
    Path out = dir.resolve("demo");
    assertThat(CliTest.run("demo", out.toString()).code()).isZero();
    JsonNode data = data(out.resolve(DemoCommand.HTML_FILE));
    long placed = MaliApril2026.catalog().getIncidents().stream().map(Incident::getLocation)
        .filter(l -> l.getPoint().isPresent()).count();
    assertThat(data.get("incidents").get("layer")).hasSize(62 + (int) placed);
    assertThat(data.get("corridors").findValuesAsText("route")).containsExactlyElementsOf(BamakoCorridors.AXES);
  }
}
