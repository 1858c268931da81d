package org.sahelevents.cli;

import java.awt.AWTError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.sahelevents.core.json.ModelJson;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.GeoPoint;
import org.sahelevents.core.model.Incident;
import org.sahelevents.examples.BamakoCorridors;
import org.sahelevents.examples.MaliApril2026;
import org.sahelevents.examples.ModelTheArticle;
import org.sahelevents.examples.QuickStart;
import org.sahelevents.examples.SampleData;
import org.sahelevents.geo.Corridor;
import org.sahelevents.geo.Gazetteer;
import org.sahelevents.io.acled.AcledModelMapping;
import org.sahelevents.io.acled.AcledRecords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sahel-events demo [OUTDIR]}: the library's point in a minute, on bundled illustrative data. Picocli makes one
 * per run: not thread-safe.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = SahelEventsCli.Version.class,
    description = {"Shows what the library does, on data bundled with it: prints each statement of an article of 2 May "
        + "2026 on the late-April events in Mali with who said it and who reported it, and its contested facts side "
        + "by side with their sources and each resolution policy's choice; reads "
        + "the bundled sample of illustrative 2025-2026 Mali events (written for this project, not ACLED data); finds "
        + "the incidents on the roads into Bamako, week by week; and writes GeoJSON files, a page to explore them "
        + "offline in a web browser (bamako-corridors.html) and a map (bamako-corridors.svg, and "
        + "bamako-corridors.png where Java's imaging is available, with the article's "
        + "places on a map of Mali beside it) into OUTDIR.",
        "Exit code 0 on success, 2 when the files exist and --force is not given, 3 when OUTDIR cannot be written."},
    footer = {"", "Examples:", "  sahel-events demo", "  sahel-events demo --force /tmp/mali-demo"})
final class DemoCommand implements Callable<Integer> {
  static final String INCIDENTS_FILE = "incidents.geojson";
  static final String SVG_FILE = "bamako-corridors.svg";
  static final String PNG_FILE = "bamako-corridors.png";
  static final String HTML_FILE = "bamako-corridors.html";

  @Spec
  CommandSpec spec;

  @ParentCommand
  SahelEventsCli root;

  @Parameters(index = "0", arity = "0..1", paramLabel = "OUTDIR", defaultValue = "sahel-events-demo",
      description = "Where to write the files (default: ${DEFAULT-VALUE}, created if missing).")
  Path outDir;

  @Option(names = "--force", description = "Replace the demo's files in OUTDIR if they exist.")
  boolean force;

  /** Every file the demo writes. */
  static final List<String> FILES = List.of(SVG_FILE, PNG_FILE, HTML_FILE, INCIDENTS_FILE, BamakoCorridors.ROADS_FILE,
      BamakoCorridors.INCIDENTS_FILE);

  @Override
  public Integer call() throws Exception {
    if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
      throw new CommandFailure(ExitCode.IO, outDir + ": is a file; give a folder for the demo's files");
    }
    for (String file : FILES) {
      Output.checkReplaceable(outDir.resolve(file).toString(), force, spec.commandLine());
    }
    try {
      Files.createDirectories(outDir);
    } catch (IOException e) {
      throw new FileFailure(outDir + ": cannot be created: " + Failures.reason(e), e);
    }
    // Everything is written into a hidden folder beside the files and moved into place once complete; the examples'
    // messages name the final place.
    Path work;
    try {
      work = Files.createTempDirectory(outDir, ".demo-");
    } catch (IOException e) {
      throw Output.cannotWrite(outDir.toString(), outDir, e);
    }
    PartialFiles.register(work);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try {
      run(new PrintStream(printed, true, StandardCharsets.UTF_8), work);
      for (String file : FILES) {
        if (Files.exists(work.resolve(file))) {
          Output.complete(work.resolve(file), outDir.resolve(file), force);
        }
      }
    } finally {
      PartialFiles.remove(work);
      PartialFiles.done(work);
    }
    root.stdout.write(printed.toString(StandardCharsets.UTF_8).replace(work.toString(), outDir.toString())
        .getBytes(StandardCharsets.UTF_8));
    root.stdout.flush();
    return ExitCode.OK;
  }

  private void run(PrintStream out, Path workDir) throws Exception {
    heading(out, "1. The article of 2 May 2026 on Mali: each statement with who said it and who reported it, and "
        + "the contested facts with each policy's choice");
    ModelTheArticle.print(MaliApril2026.catalog(), out);

    heading(out, "2. The bundled sample (" + SampleData.FILE_NAME + ": illustrative events, not ACLED data)");
    try (AcledRecords rows = SampleData.records()) {
      QuickStart.run(rows, workDir.resolve(INCIDENTS_FILE), out);
    }

    heading(out, "3. Incidents on the roads into Bamako");
    BamakoCorridors.Result corridors;
    try (AcledRecords rows = SampleData.records()) {
      corridors = BamakoCorridors.run(rows, workDir, out);
    }

    MapPicture map = map(corridors);
    map.writeSvg(workDir.resolve(SVG_FILE));
    String png = PNG_FILE;
    try {
      map.writePng(workDir.resolve(PNG_FILE));
    } catch (IOException | RuntimeException | AWTError | LinkageError e) {
      // A minimal Java runtime may lack imaging or fonts; the SVG is the map, the PNG a convenience.
      png = null;
      spec.commandLine().getErr().println("sahel-events: no PNG on this platform (" + e + "); the SVG has the map");
    }

    try (OutputStream html = Files.newOutputStream(workDir.resolve(HTML_FILE))) {
      page().write(pageIncidents(), html);
    }

    heading(out, "Wrote into " + outDir.toAbsolutePath().normalize());
    out.printf("  %-34s the map to explore: open it in a web browser, offline%n", HTML_FILE);
    out.printf("  %-34s the map: open it in a web browser%n", SVG_FILE);
    if (png != null) {
      out.printf("  %-34s the same map as a picture%n", png);
    }
    out.printf("  %-34s every sample incident, with its model in sahel:event%n", INCIDENTS_FILE);
    out.printf("  %-34s the roads and their %d km corridors%n", BamakoCorridors.ROADS_FILE,
        BamakoCorridors.HALF_WIDTH_KM);
    out.printf("  %-34s the incidents on the corridors, with chainage%n", BamakoCorridors.INCIDENTS_FILE);
    out.println("Open the GeoJSON files in QGIS (Layer > Add Layer > Add Vector Layer) or drop them on geojson.io.");
  }

  private static void heading(PrintStream out, String text) {
    out.println();
    out.println(text);
    out.println("-".repeat(text.length()));
  }

  static MapPicture map(BamakoCorridors.Result corridors) {
    Set<Incident> onCorridor = corridors.byAxis().values().stream().flatMap(List::stream)
        .map(hit -> hit.event().event().incident()).collect(Collectors.toSet());
    List<MapPicture.Dot> dots = corridors.events().stream()
        .filter(e -> e.event().incident().getLocation().getPoint().isPresent())
        .map(e -> {
          Incident i = e.event().incident();
          GeoPoint p = i.getLocation().getPoint().get();
          return new MapPicture.Dot(p.getLongitude(), p.getLatitude(), i.getEventType(), e.fatalities(),
              onCorridor.contains(i));
        })
        .toList();
    return new MapPicture(-12.6, 10.2, -2.2, 16.0,
        "Incidents on the roads into Bamako, 2025-2026",
        "Illustrative sample bundled with sahel-events, not ACLED data. Corridors " + BamakoCorridors.HALF_WIDTH_KM
            + " km either side of the national roads; towns from GeoNames (CC BY 4.0).",
        BamakoCorridors.corridors(), Gazetteer.sahel().places(), dots,
        new MapPicture.Inset("Places of the article (all of Mali)", -12.8, 10.0, 4.5, 25.2, articlePlaces()));
  }

  /** The demo's HTML map: the sample and the article as two layers, with the corridors of the roads into Bamako. */
  static MapPage page() {
    return new MapPage("Incidents on the roads into Bamako, 2025-2026, and the article of 2 May 2026",
        List.of("Illustrative sample (not ACLED data)", "The article of 2 May 2026"), BamakoCorridors.corridors(),
        "The sample is illustrative, written for this project, not ACLED data. Click a circle for its sources; the "
            + "article's incidents known only to Mali or its north are listed on the left, with every source's "
            + "version of their contested facts and each policy's choice.");
  }

  /** The sample's incidents, then the article's (those without a point are listed beside the map). */
  static List<MapIncident> pageIncidents() throws IOException {
    List<Corridor> corridors = BamakoCorridors.corridors();
    List<MapIncident> incidents = new ArrayList<>();
    try (AcledRecords rows = SampleData.records()) {
      AcledModelMapping.groupByEvent(rows.stream()).forEach(event -> incidents.add(MapIncident.ofRows(event, 0,
          corridors)));
    }
    Catalog article = MaliApril2026.catalog();
    article.getIncidents().forEach(i -> incidents.add(MapIncident.ofModel(i, article, 1, corridors)));
    return incidents;
  }

  /**
   * Every place of the article's model, once each: those with a point (Bamako, Kidal, Tessalit), then the gazetteer's
   * towns its statements name in words (Kati, where a source places Sadio Camara's killing).
   */
  static List<MapPicture.Mark> articlePlaces() {
    Catalog mali = MaliApril2026.catalog();
    Map<String, MapPicture.Mark> marks = new LinkedHashMap<>();
    Stream.concat(mali.getIncidents().stream().map(Incident::getLocation),
            mali.getConditions().stream().flatMap(c -> c.getArea().stream()))
        .filter(l -> l.getPoint().isPresent())
        .forEach(l -> marks.putIfAbsent(l.getName(), new MapPicture.Mark(l.getName(),
            l.getPoint().get().getLongitude(), l.getPoint().get().getLatitude())));
    String words = ModelJson.create().write(mali);
    for (Gazetteer.Place town : Gazetteer.sahel().places()) {
      if (Pattern.compile("\\b" + Pattern.quote(town.name()) + "\\b").matcher(words).find()) {
        marks.putIfAbsent(town.name(), new MapPicture.Mark(town.name(), town.point().getLongitude(),
            town.point().getLatitude()));
      }
    }
    return List.copyOf(marks.values());
  }
}
