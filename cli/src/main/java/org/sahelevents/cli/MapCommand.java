package org.sahelevents.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.GeoPoint;
import org.sahelevents.core.model.Incident;
import org.sahelevents.geo.Corridor;
import org.sahelevents.io.acled.AcledModelMapping;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.ucdp.UcdpRecord;
import org.sahelevents.io.ucdp.UcdpRecords;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sahel-events map}: one HTML page, opened from a file with no network, that shows the incidents of any inputs
 * on a light base map, with popups, filters and corridors. Picocli makes one per run: not thread-safe.
 */
@Command(name = "map", mixinStandardHelpOptions = true, versionProvider = SahelEventsCli.Version.class,
    description = {"Writes OUT.html, a self-contained page that opens in a web browser with no network: the incidents "
        + "of every IN (ACLED CSV or API JSON, UCDP GED CSV or API JSON, GeoJSON, GeoJSON text sequences, the model's "
        + "JSON) as circles coloured "
        + "by event type and sized by fatalities, clustered where they overlap, each input a layer; the country "
        + "borders, the Niger and the lakes of West Africa (Natural Earth), the gazetteer's towns and roads; a "
        + "popup per incident (date, place, actors, types, fatalities, notes, sources, and every source's version of "
        + "a contested field with each resolution policy's choice); filters by date, week, event type and input; a "
        + "legend with counts and a scale bar.",
        "Up to --max-incidents (100,000) incidents the page stays responsive; past it the tool writes nothing and "
            + "asks for --since, --until or --bbox.",
        "Exit code 0 on success, 1 when data was rejected, 2 on a usage error or too many incidents, 3 when a file "
            + "cannot be read or written."},
    footer = {"", "Examples:", "  sahel-events map mali.csv mali.html",
        "  sahel-events map --title \"Roads into Bamako\" --route RN6 --half-width-km 10 --route RN7 "
            + "--half-width-km 10 --since 2025-09-01 acled.csv article.json bamako.html"})
final class MapCommand implements Callable<Integer> {
  /** How many incidents a page holds by default: past it, panning and filtering in a browser slow down. */
  static final int DEFAULT_MAX_INCIDENTS = 100_000;

  @Spec
  CommandSpec spec;

  @ParentCommand
  SahelEventsCli root;

  @Mixin
  ReadOptions read;

  @Mixin
  LenientOption lenient;

  @Option(names = "--force", description = "Replace OUT if it exists.")
  boolean force;

  @Option(names = "--title", paramLabel = "TEXT", defaultValue = "Incidents",
      description = "the page's title (default: ${DEFAULT-VALUE})")
  String title;

  @Option(names = "--since", paramLabel = "DATE", converter = CorridorCommand.DateConverter.class,
      description = "keep incidents from this date (yyyy-MM-dd)")
  LocalDate since;

  @Option(names = "--until", paramLabel = "DATE", converter = CorridorCommand.DateConverter.class,
      description = "keep incidents until this date (yyyy-MM-dd)")
  LocalDate until;

  @Option(names = "--bbox", paramLabel = "W,S,E,N",
      description = "keep incidents inside this box of longitudes and latitudes, such as -12.5,10,-4,16")
  String box;

  // --bbox read: west, south, east, north; null for none.
  private double[] bbox;

  @Option(names = "--max-incidents", paramLabel = "N", defaultValue = "" + DEFAULT_MAX_INCIDENTS,
      description = "the most incidents the page may hold (default: ${DEFAULT-VALUE})")
  int maxIncidents;

  @ArgGroup(exclusive = false, multiplicity = "0..*")
  List<RouteOption> routes = new ArrayList<>();

  @Parameters(arity = "2..*", paramLabel = "FILE",
      description = "IN... (files, or - for stdin) then OUT.html (or - for stdout)")
  List<String> files;

  /** One {@code --route R --half-width-km KM} pair. Not thread-safe. */
  static final class RouteOption {
    @Option(names = "--route", required = true, paramLabel = "ROAD|FILE",
        description = "a gazetteer road such as RN6, or a GeoJSON file holding one LineString or MultiLineString, "
            + "whose corridor the map draws, with its incidents' chainage")
    String road;

    @Option(names = "--half-width-km", required = true, paramLabel = "KM",
        description = "half the corridor's width, in kilometres")
    double halfWidthKm;
  }

  /** What one input gave the page; {@code unplaced}: incidents of the model without a point, listed beside the map. */
  private record Layer(String name, Counts counts, long unplaced, long kept) {}

  /** What reading one input counted. */
  private record Read(Counts counts, long unplaced) {}

  @Override
  public Integer call() throws IOException {
    String out = files.get(files.size() - 1);
    List<String> inputs = files.subList(0, files.size() - 1);
    check(out);
    Output.checkWritable(out, force, spec.commandLine());
    List<Corridor> corridors = corridors();
    PrintWriter err = spec.commandLine().getErr();
    List<MapIncident> incidents = new ArrayList<>();
    List<Layer> layers = new ArrayList<>();
    long[] passing = {0};
    long[] placed = {0};
    for (String in : inputs) {
      int layer = layers.size();
      long before = placed[0];
      Read counts = read(in, layer, corridors, err, incident -> {
        if (kept(incident.earliest(), incident.point())) {
          passing[0]++;
          if (incidents.size() < maxIncidents) {
            incidents.add(incident);
            placed[0] += incident.point() == null ? 0 : 1;
          }
        }
      });
      layers.add(new Layer(in.equals("-") ? Inputs.STDIN : in, counts.counts(), counts.unplaced(),
          placed[0] - before));
    }
    if (passing[0] > maxIncidents) {
      throw new CommandFailure(ExitCode.USAGE, String.format(Locale.ROOT, "%,d incidents pass the filters, "
          + "more than the page's limit of %,d (past it a browser stops being responsive); nothing was written. "
          + "Choose fewer with --since, --until or --bbox, or raise --max-incidents", passing[0], maxIncidents));
    }
    List<String> names = layers.stream().map(Layer::name).toList();
    MapPage page = new MapPage(title, names, corridors, filters());
    Output.write(out, force, root.stdout, stream -> {
      page.write(incidents, stream);
      return null;
    });
    int exit = ExitCode.OK;
    for (Layer l : layers) {
      err.println(l.counts().summary(l.name()) + "; " + l.kept() + " incidents on the map" + (l.unplaced() == 0 ? ""
          : ", " + l.unplaced() + " without a point (a country or region only) listed beside it"));
      exit = Math.max(exit, l.counts().exitCode());
    }
    long beside = incidents.size() - placed[0];
    err.println("Wrote " + (out.equals("-") ? Output.STDOUT : out) + ": " + placed[0] + " incidents"
        + (beside == 0 ? "" : " on the map and " + beside + " beside it") + "; open it in a web browser");
    return exit;
  }

  private void check(String out) {
    String lower = out.toLowerCase(Locale.ROOT);
    if (!lower.endsWith(".html") && !lower.endsWith(".htm") && !out.equals("-")) {
      throw new ParameterException(spec.commandLine(), "the last file is the page to write: it ends in .html (or is "
          + "- for standard output), was " + out);
    }
    if (maxIncidents < 1) {
      throw new ParameterException(spec.commandLine(), "--max-incidents must be at least 1, was " + maxIncidents);
    }
    if (since != null && until != null && until.isBefore(since)) {
      throw new ParameterException(spec.commandLine(), "--until " + until + " is before --since " + since);
    }
    if (box != null) {
      bbox = box(box);
    }
  }

  private double[] box(String value) {
    String[] parts = value.split(",", -1);
    try {
      double[] b = new double[parts.length];
      for (int i = 0; i < parts.length; i++) {
        b[i] = Double.parseDouble(parts[i].strip());
      }
      if (b.length == 4 && b[0] < b[2] && b[1] < b[3] && b[0] >= -180 && b[2] <= 180 && b[1] >= -90 && b[3] <= 90) {
        return b;
      }
    } catch (NumberFormatException e) {
      // Said below, with what a box is.
    }
    throw new ParameterException(spec.commandLine(), "--bbox is west,south,east,north in degrees, with west < east "
        + "and south < north, such as -12.5,10,-4,16; was " + value);
  }

  private List<Corridor> corridors() throws IOException {
    List<Corridor> corridors = new ArrayList<>();
    for (RouteOption r : routes) {
      if (!(r.halfWidthKm > 0) || Double.isInfinite(r.halfWidthKm)) {
        throw new ParameterException(spec.commandLine(), "--half-width-km must be a positive number, was "
            + r.halfWidthKm);
      }
      corridors.add(Corridor.of(Roads.of(r.road, spec.commandLine(), spec.commandLine().getErr()),
          r.halfWidthKm * 1000));
    }
    return corridors;
  }

  /** What the page says it leaves out, from the filters given. */
  private String filters() {
    List<String> parts = new ArrayList<>();
    if (since != null) {
      parts.add("from " + since);
    }
    if (until != null) {
      parts.add("until " + until);
    }
    if (bbox != null) {
      parts.add("inside longitudes " + bbox[0] + " to " + bbox[2] + " and latitudes " + bbox[1] + " to " + bbox[3]);
    }
    return parts.isEmpty() ? "" : "Incidents " + String.join(", ", parts) + " only.";
  }

  /** Whether an incident passes --since, --until and --bbox; one without a point is in no box. */
  private boolean kept(LocalDate date, GeoPoint point) {
    return (since == null || !date.isBefore(since)) && (until == null || !date.isAfter(until))
        && (bbox == null || point != null && point.getLongitude() >= bbox[0] && point.getLongitude() <= bbox[2]
            && point.getLatitude() >= bbox[1] && point.getLatitude() <= bbox[3]);
  }

  private Read read(String in, int layer, List<Corridor> corridors, PrintWriter err,
      Consumer<MapIncident> sink) throws IOException {
    Progress progress = Progress.onTerminal(err);
    try (Inputs.Opened opened = read.open(in, root.stdin)) {
      if (opened.format() == DataFormat.JSON) {
        return catalogs(opened, layer, corridors, err, sink, progress);
      }
      if (opened.format().isUcdp()) {
        try (RejectsFile rejected = new RejectsFile(null, false, err);
             UcdpRecords records = Inputs.ucdp(opened, lenient.badRows(), rejected::add)) {
          while (records.hasNext()) {
            UcdpRecord row = records.next();
            row.warnings().forEach(err::println);
            progress.tick();
            sink.accept(MapIncident.ofUcdp(row, layer, corridors));
          }
          return new Read(new Counts("rows", records.rowsRead(), records.rowsAccepted(), records.rowsRejected(),
              records.warnings()), 0);
        }
      }
      try (RejectsFile rejected = new RejectsFile(null, false, err);
           RecordInput input = Inputs.records(opened, lenient.badRows(), rejected::add, err::println)) {
        // An incident is an ACLED event: the rows of a monadic file's event are one incident, as in corridor.
        Iterator<List<AcledRecord>> events = AcledModelMapping.groupByEvent(input.stream()).iterator();
        while (events.hasNext()) {
          List<AcledRecord> rows = events.next();
          rows.forEach(r -> progress.tick());
          sink.accept(MapIncident.ofRows(rows, layer, corridors));
        }
        return new Read(input.counts(), 0);
      }
    } finally {
      progress.done();
    }
  }

  private Read catalogs(Inputs.Opened opened, int layer, List<Corridor> corridors, PrintWriter err,
      Consumer<MapIncident> sink, Progress progress) {
    BadRowPolicy policy = lenient.badRows();
    long read = 0;
    long rejected = 0;
    long unplaced = 0;
    try (RejectsFile rejects = new RejectsFile(null, false, err);
         ModelCatalogs catalogs = new ModelCatalogs(opened.stream(), opened.name())) {
      while (catalogs.hasNext()) {
        ModelCatalogs.Entry entry = catalogs.next();
        if (entry.catalog() == null) {
          read++;
          rejected++;
          ModelRecords.reject(opened.name(), entry.pointer() + entry.problem().pointer(), entry.problem().reason(),
              policy, rejects::add);
          continue;
        }
        Catalog catalog = entry.catalog();
        List<Incident> incidents = catalog.getIncidents();
        for (int i = 0; i < incidents.size(); i++) {
          read++;
          progress.tick();
          Incident incident = incidents.get(i);
          if (incident.getLocation().getPoint().isEmpty()) {
            unplaced++;
          }
          sink.accept(MapIncident.ofModel(incident, catalog, layer, corridors));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Read(new Counts("incidents", read, read - rejected, rejected, 0), unplaced);
  }
}
