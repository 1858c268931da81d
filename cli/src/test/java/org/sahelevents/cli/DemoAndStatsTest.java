package org.sahelevents.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelevents.examples.SampleData;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.geojson.GeoJson;
import org.sahelevents.io.geojson.GeoJsonFeatures;
import org.w3c.dom.Document;

class DemoAndStatsTest {
  @TempDir
  Path dir;

  private static List<AcledRecord> sample() {
    try (AcledRecords rows = SampleData.records()) {
      return rows.stream().toList();
    }
  }

  private Path sampleFile() throws IOException {
    Path file = dir.resolve("sample.csv");
    try (InputStream in = SampleData.open()) {
      Files.copy(in, file);
    }
    return file;
  }

  @Test
  void demoWritesTheGeoJsonFilesAndAMapWithEveryElementAndSaysHowToOpenThem() throws Exception {
    Path out = dir.resolve("demo");
    CliTest.Run r = CliTest.run("demo", out.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("How many were killed with Defence Minister Sadio Camara?",
        "-> ACLED_CONSERVATIVE", "62 rows read, 62 accepted, 0 rejected", "Roads out of Bamako",
        "bamako-corridors.svg", "open it in a web browser", "QGIS");
    // The same fact list as ModelTheArticle: each statement of the article with who said it and who reported it.
    assertThat(r.out()).contains("F1   At the end of April 2026 France warned", "F15  Strategic positions in the north",
        "said by      international reports (unnamed)", "said by      Le Monde",
        "reported by  Arabic-language news article, 2 May 2026");
    for (String file : List.of("incidents.geojson", "bamako-roads.geojson", "bamako-corridor-incidents.geojson")) {
      try (GeoJsonFeatures features = GeoJson.reader().build().open(out.resolve(file), p -> { })) {
        assertThat(features.stream()).as(file).isNotEmpty();
      }
    }

    Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(out.resolve("bamako-corridors.svg").toFile());
    List<String> texts = texts(svg);
    assertThat(texts).contains("Bamako", "Kati", "Ségou", "Sikasso", "Kayes", "RN3", "RN5", "RN6", "RN7",
        "100 km", "Incidents by event type", "corridor, 10 km either side");
    assertThat(texts).anyMatch(t -> t.contains("not ACLED data"));
    // Every place of the article with a point, Kidal and Tessalit in the far north included, on the map of Mali.
    assertThat(texts).contains("Places of the article (all of Mali)", "Kidal", "Tessalit");
    assertThat(texts.stream().filter("Bamako"::equals)).hasSize(2);
    // Every sample incident inside the map is a circle, plus one legend circle per event type and the ring's.
    long insideMap = sample().stream().filter(s -> s.longitude().doubleValue() >= -12.6
        && s.longitude().doubleValue() <= -2.2 && s.latitude().doubleValue() >= 10.2
        && s.latitude().doubleValue() <= 16).count();
    // Every sample incident inside the map is a circle whose area follows its toll, drawn again, small, on the map of
    // Mali with the others; plus one legend circle per event type, the ring's, and the four of the size legend.
    assertThat(svg.getElementsByTagName("circle").getLength()).isEqualTo(insideMap + 62 + 6 + 1 + 4);
    List<String> radii = new ArrayList<>();
    var circles = svg.getElementsByTagName("circle");
    for (int i = 0; i < circles.getLength(); i++) {
      var circle = (org.w3c.dom.Element) circles.item(i);
      if (circle.getAttribute("fill-opacity").equals("0.8") && !circle.getAttribute("stroke").equals("none")) {
        radii.add(circle.getAttribute("r"));
      }
    }
    List<String> expected = new ArrayList<>();
    sample().stream().filter(s -> s.longitude().doubleValue() >= -12.6 && s.longitude().doubleValue() <= -2.2
        && s.latitude().doubleValue() >= 10.2 && s.latitude().doubleValue() <= 16).forEach(s -> expected.add(
            String.format(Locale.ROOT, "%.1f", Math.max(3, 2 * Math.sqrt(s.fatalities())))));
    assertThat(radii).containsExactlyInAnyOrderElementsOf(expected);
    // Town names sit where they cover no incident's circle (a name's width estimated from its font size).
    var names = svg.getElementsByTagName("text");
    for (int i = 0; i < names.getLength(); i++) {
      var name = (org.w3c.dom.Element) names.item(i);
      if (org.sahelevents.geo.Gazetteer.sahel().place(name.getTextContent()).isEmpty()
          || Double.parseDouble(name.getAttribute("x")) > 1040) {
        continue;
      }
      double size = Double.parseDouble(name.getAttribute("font-size"));
      double left = Double.parseDouble(name.getAttribute("x"));
      double bottom = Double.parseDouble(name.getAttribute("y"));
      double right = left + name.getTextContent().length() * size * 0.58;
      for (int c = 0; c < circles.getLength(); c++) {
        var circle = (org.w3c.dom.Element) circles.item(c);
        if (!circle.getAttribute("fill-opacity").equals("0.8") || circle.getAttribute("stroke").equals("none")) {
          continue;
        }
        double cx = Double.parseDouble(circle.getAttribute("cx"));
        double cy = Double.parseDouble(circle.getAttribute("cy"));
        assertThat(cx > left && cx < right && cy > bottom - size * 0.85 && cy < bottom)
            .as(name.getTextContent() + " covers the circle at " + cx + "," + cy).isFalse();
      }
    }
    assertThat(texts).contains((62 - insideMap) + " more incidents lie");
    Map<String, Long> byType = sample().stream().filter(s -> s.longitude().doubleValue() >= -12.6
        && s.longitude().doubleValue() <= -2.2 && s.latitude().doubleValue() >= 10.2
        && s.latitude().doubleValue() <= 16).collect(Collectors.groupingBy(s -> s.eventType().label(),
            Collectors.counting()));
    assertThat(texts).contains("Battles (" + byType.get("Battles") + ")", "Riots (0)");

    var png = ImageIO.read(out.resolve("bamako-corridors.png").toFile());
    assertThat(png.getWidth()).isEqualTo(Integer.parseInt(svg.getDocumentElement().getAttribute("width")));
    assertThat(png.getHeight()).isEqualTo(Integer.parseInt(svg.getDocumentElement().getAttribute("height")));
  }

  private static List<String> texts(Document svg) {
    var nodes = svg.getElementsByTagName("text");
    return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj(i -> nodes.item(i).getTextContent())
        .toList();
  }

  @Test
  void demoReplacesItsFilesOnlyWithForceAndLeavesNoPartialFiles() throws IOException {
    Path out = dir.resolve("again");
    assertThat(CliTest.run("demo", out.toString()).code()).isZero();
    Files.writeString(out.resolve("bamako-corridors.svg"), "mine");
    CliTest.Run refused = CliTest.run("demo", out.toString());
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains("bamako-corridors.svg exists; add --force to replace it");
    assertThat(Files.readString(out.resolve("bamako-corridors.svg"))).isEqualTo("mine");
    CliTest.Run forced = CliTest.run("demo", "--force", out.toString());
    assertThat(forced.code()).isZero();
    assertThat(forced.out()).contains("wrote " + out.resolve("incidents.geojson")).doesNotContain(".demo-");
    assertThat(Files.readString(out.resolve("bamako-corridors.svg"))).startsWith("<?xml");
    try (var files = Files.list(out)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrderElementsOf(DemoCommand.FILES);
    }
  }

  @Test
  void demoIntoAFileIsAnIoErrorWithOneLine() throws IOException {
    Path notADirectory = Files.writeString(dir.resolve("taken"), "x");
    CliTest.Run r = CliTest.run("demo", notADirectory.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).isEqualTo(notADirectory + ": is a file; give a folder for the demo's files\n");
  }

  @Test
  void statsCountsIncidentsAndFatalitiesByEveryDimensionAsCsv() throws IOException {
    CliTest.Run r = CliTest.run("stats", "--format", "csv", sampleFile().toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).endsWith(": 62 rows read, 62 accepted, 0 rejected\n");
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("dimension,value,incidents,fatalities");

    Map<String, long[]> expected = new HashMap<>();
    for (AcledRecord s : sample()) {
      tally(expected, "event_type," + csv(s.eventType().label()), s.fatalities());
      tally(expected, "admin1," + csv(s.admin1().orElseThrow()), s.fatalities());
      tally(expected, "month," + YearMonth.from(s.eventDate()), s.fatalities());
      tally(expected, "actor," + csv(s.actor1()), s.fatalities());
      s.actor2().ifPresent(a -> tally(expected, "actor," + csv(a), s.fatalities()));
    }
    assertThat(lines.subList(1, lines.size())).containsExactlyInAnyOrderElementsOf(expected.entrySet().stream()
        .map(e -> e.getKey() + "," + e.getValue()[0] + "," + e.getValue()[1]).toList());
    // Months in order, the other dimensions largest first.
    List<String> months = lines.stream().filter(l -> l.startsWith("month,")).toList();
    assertThat(months).isSortedAccordingTo(String::compareTo);
    assertThat(lines.stream().filter(l -> l.startsWith("actor,")).map(l -> Long.parseLong(l.split(",")[l.split(",")
        .length - 2])).toList()).isSortedAccordingTo((a, b) -> Long.compare(b, a));
  }

  private static void tally(Map<String, long[]> tallies, String key, int fatalities) {
    long[] t = tallies.computeIfAbsent(key, k -> new long[2]);
    t[0]++;
    t[1] += fatalities;
  }

  private static String csv(String value) {
    return value.contains(",") ? '"' + value + '"' : value;
  }

  @Test
  void statsAsATableShowsTheTopTenAndAsJsonEverything() throws IOException {
    Path sample = sampleFile();
    CliTest.Run table = CliTest.run("stats", sample.toString());
    assertThat(table.code()).isZero();
    int fatalities = sample().stream().mapToInt(AcledRecord::fatalities).sum();
    long battles = sample().stream().filter(s -> s.eventType().label().equals("Battles")).count();
    long admin1 = sample().stream().map(s -> s.admin1().orElseThrow()).distinct().count();
    assertThat(table.out()).startsWith("62 incidents, " + fatalities + " fatalities, 2025-01-14 to 2026-05-27\n")
        .containsPattern("\nBattles +" + battles + " +\\d+\n").contains("\nMonth ")
        .containsPattern("JNIM: Group for Support of Islam and Muslims +\\d+ +\\d+\n");
    assertThat(CliTest.run("stats", "--top", "3", sample.toString()).out()).contains("Admin1 (top 3 of " + admin1 + ")");

    CliTest.Run json = CliTest.run("stats", "--format", "json", sample.toString());
    JsonNode tree = new ObjectMapper().readTree(json.out());
    assertThat(tree.get("incidents").asInt()).isEqualTo(62);
    assertThat(tree.get("fatalities").asInt()).isEqualTo(fatalities);
    assertThat(tree.get("admin1").size()).isEqualTo(admin1);
    assertThat(tree.at("/event_type/0/value").asText()).isEqualTo("Battles");
    assertThat(tree.at("/event_type/0/incidents").asLong()).isEqualTo(battles);

    CliTest.Run top = CliTest.run("stats", "--format", "json", "--top", "2", sample.toString());
    assertThat(new ObjectMapper().readTree(top.out()).get("actor").size()).isEqualTo(2);
  }

  @Test
  void statsOnMonadicRowsCountsAnEventOnceAndReadsGeoJson() throws IOException {
    String header = "event_id_cnty,event_date,year,event_type,sub_event_type,actor1,inter1,interaction,country,"
        + "admin1,location,latitude,longitude,fatalities\n";
    String rows = "MLI7,2025-09-07,2025,Battles,Armed clash,JNIM: Group for Support of Islam and Muslims,2,12,Mali,"
        + "Kayes,Diema,14.54,-9.1921,3\n"
        + "MLI7,2025-09-07,2025,Battles,Armed clash,Military Forces of Mali (2021-),1,12,Mali,Kayes,Diema,14.54,"
        + "-9.1921,3\n";
    Path monadic = Files.writeString(dir.resolve("monadic.csv"), header + rows);
    CliTest.Run r = CliTest.run("stats", "--format", "csv", monadic.toString());
    assertThat(r.out()).contains("event_type,Battles,1,3", "admin1,Kayes,1,3",
        "actor,JNIM: Group for Support of Islam and Muslims,1,3", "actor,Military Forces of Mali (2021-),1,3");

    Path geojson = dir.resolve("sample.geojson");
    assertThat(CliTest.run("convert", sampleFile().toString(), geojson.toString()).code()).isZero();
    CliTest.Run fromGeoJson = CliTest.run("stats", "--format", "csv", geojson.toString());
    CliTest.Run fromCsv = CliTest.run("stats", "--format", "csv", dir.resolve("sample.csv").toString());
    assertThat(fromGeoJson.out()).isEqualTo(fromCsv.out());
  }

  @Test
  void statsReportsBadRowsWithTheirLineAndExitsOne() throws IOException {
    List<String> lines = Files.readAllLines(sampleFile());
    lines.set(4, lines.get(4).replace(",2025-03-08,", ",2025-13-08,"));
    Path bad = Files.write(dir.resolve("bad.csv"), lines);
    CliTest.Run strict = CliTest.run("stats", bad.toString());
    assertThat(strict.code()).isEqualTo(1);
    assertThat(strict.err()).contains(bad + ":5: column event_date: \"2025-13-08\"").doesNotContain("\tat ");
    CliTest.Run lenient = CliTest.run("stats", "--lenient", bad.toString());
    assertThat(lenient.code()).isEqualTo(1);
    assertThat(lenient.out()).startsWith("61 incidents");
    assertThat(lenient.err()).contains("62 rows read, 61 accepted, 1 rejected");
    assertThat(CliTest.run("stats", "--format", "xml", bad.toString()).code()).isEqualTo(2);
  }

  @Test
  void anUnexpectedErrorIsOneLineUnlessDebugAsksForTheStackTrace() throws IOException {
    Path sample = sampleFile();
    OutputStream broken = new OutputStream() {
      @Override
      public void write(int b) {
        throw new IllegalStateException("the output broke");
      }
    };
    StringWriter quiet = new StringWriter();
    int code = SahelEventsCli.run(new String[] {"stats", sample.toString()}, new ByteArrayInputStream(new byte[0]),
        broken, new PrintWriter(quiet, true));
    assertThat(code).isEqualTo(ExitCode.INTERNAL);
    assertThat(quiet.toString()).isEqualTo("sahel-events: internal error, a defect of the tool; run again with "
        + "--debug to see where, and report it\n");

    StringWriter debug = new StringWriter();
    SahelEventsCli.run(new String[] {"--debug", "stats", sample.toString()}, new ByteArrayInputStream(new byte[0]),
        broken, new PrintWriter(debug, true));
    assertThat(debug.toString()).contains("java.lang.IllegalStateException: the output broke", "\tat ");
  }
}
