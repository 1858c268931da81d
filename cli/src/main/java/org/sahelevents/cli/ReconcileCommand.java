package org.sahelevents.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.sahelevents.core.WarningPolicy;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.DatasetEvent;
import org.sahelevents.core.model.FatalityEstimate;
import org.sahelevents.core.model.FatalityValue;
import org.sahelevents.core.model.GeoPoint;
import org.sahelevents.core.model.Incident;
import org.sahelevents.core.model.IncidentId;
import org.sahelevents.core.model.SubjectRef;
import org.sahelevents.core.resolution.Resolution;
import org.sahelevents.core.resolution.StandardPolicy;
import org.sahelevents.io.acled.AcledModelMapping;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.CsvLines;
import org.sahelevents.io.acled.LineEnding;
import org.sahelevents.io.acled.SpreadsheetSafety;
import org.sahelevents.io.geojson.GeoJson;
import org.sahelevents.io.geojson.GeoJsonFeature;
import org.sahelevents.io.geojson.GeoJsonWriter;
import org.sahelevents.io.geojson.IncidentFeatures;
import org.sahelevents.io.ucdp.UcdpModelMapping;
import org.sahelevents.io.ucdp.UcdpRecord;
import org.sahelevents.io.ucdp.UcdpRecords;
import org.sahelevents.reconcile.Cardinality;
import org.sahelevents.reconcile.Match;
import org.sahelevents.reconcile.Reconciler;
import org.sahelevents.reconcile.Reconciliation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sahel-events reconcile ACLED UCDP OUT}: matches ACLED's events with UCDP GED's, writes the reconciled
 * incidents and prints what matched and what each data set and each resolution policy says of the deaths. Picocli
 * makes one per run: not thread-safe.
 */
@Command(name = "reconcile", mixinStandardHelpOptions = true, versionProvider = SahelEventsCli.Version.class,
    description = {"Matches the events of an ACLED file with those of a UCDP GED file that describe the same incident "
        + "(dates within their precisions, places within a distance that grows with both spatial precisions, actors "
        + "through the Sahel's alias table, compatible types of violence), and writes one catalog in which each "
        + "matched pair is one incident carrying both data sets' death figures as sourced assertions.",
        "Prints the matched, ACLED-only and UCDP-only counts, and for the matched incidents the deaths by data set "
            + "(ACLED's figure, UCDP's best with its low and high) and by each resolution policy (the figure of the "
            + "assertion it picks: its low for acled_conservative, which takes the lowest credible figure, else its "
            + "best). OUT is json (the model: one catalog), geojson or geojsonseq (a feature per incident: the "
            + "match, both data sets' ids and figures, each policy's choice, and the model under sahel:event).",
        "Both files are held in memory as the model (7,900 real events took 310-400 MB, the JVM included); the "
            + "library's Reconciler.reconcileSorted streams inputs sorted by date instead.",
        "Exit code 0 on success, 1 when data was rejected, 2 on a usage error, 3 when a file cannot be read or "
            + "written."},
    footer = {"", "Example:", "  sahel-events reconcile --report matches.csv mali-acled.csv mali-ged.csv mali.geojson"})
final class ReconcileCommand implements Callable<Integer> {
  private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
  private static final List<String> REPORT_HEADERS = List.of("acled_id", "ucdp_id", "ucdp_relid", "score",
      "explanation", "acled_date", "ucdp_date_start", "ucdp_date_end", "acled_location", "ucdp_location",
      "acled_actors", "ucdp_sides", "acled_fatalities", "ucdp_low", "ucdp_best", "ucdp_high");

  @Spec
  CommandSpec spec;

  @ParentCommand
  SahelEventsCli root;

  @Parameters(index = "0", paramLabel = "ACLED", description = "ACLED CSV, API JSON, GeoJSON or the model's JSON")
  String acledFile;

  @Parameters(index = "1", paramLabel = "UCDP", description = "UCDP GED CSV or API JSON")
  String ucdpFile;

  @Parameters(index = "2", paramLabel = "OUT", description = "output file (.json, .geojson, .geojsons), or - for "
      + "stdout with --to")
  String out;

  @Option(names = "--to", paramLabel = "FORMAT", converter = DataFormat.Converter.class,
      description = "json, geojson or geojsonseq (default: told from OUT's extension)")
  DataFormat to;

  @Option(names = "--report", paramLabel = "FILE.csv",
      description = "Write one row per match: both ids, the score, the explanation, both dates, places, actors and "
          + "figures.")
  Path report;

  @Option(names = "--force", description = "Replace OUT (and the --report file) if it exists.")
  boolean force;

  @Option(names = "--tolerance-days", paramLabel = "N", defaultValue = "1",
      description = "Days two dated intervals may lie apart and still match (default: ${DEFAULT-VALUE}).")
  int toleranceDays;

  @Option(names = "--distance-scale", paramLabel = "X", defaultValue = "1",
      description = "Multiplies the distance two places may lie apart, which grows with their precisions "
          + "(default: ${DEFAULT-VALUE}: 6 km for two exact points, 43 km for an exact point and a province).")
  double distanceScale;

  @Option(names = "--one-to-many", description = "Let one GED event match several ACLED events (GED often codes "
      + "as one event what ACLED splits by day or site); by default each event matches at most one.")
  boolean oneToMany;

  @Mixin
  LenientOption lenient;

  /** What the report and the features need of an ACLED event: its first row and every actor its rows name. */
  private record AcledSide(AcledRecord row, List<String> actors) {}

  @Override
  public Integer call() throws IOException {
    DataFormat target = to != null ? to : DataFormat.ofOutput(out, spec.commandLine());
    if (target != DataFormat.JSON && !target.isGeoJson()) {
      throw new ParameterException(spec.commandLine(), "reconcile writes json, geojson or geojsonseq, not " + target);
    }
    if (toleranceDays < 0) {
      throw new ParameterException(spec.commandLine(), "--tolerance-days must be 0 or more, was " + toleranceDays);
    }
    if (!(distanceScale > 0) || Double.isInfinite(distanceScale)) {
      throw new ParameterException(spec.commandLine(), "--distance-scale must be a positive number, was "
          + distanceScale);
    }
    Output.checkWritable(out, force, spec.commandLine());
    if (report != null) {
      Output.checkWritable(report.toString(), force, spec.commandLine());
    }
    PrintWriter err = spec.commandLine().getErr();
    Map<IncidentId, AcledSide> acled = new HashMap<>();
    Map<IncidentId, UcdpRecord> ucdp = new HashMap<>();
    List<DatasetEvent> acledEvents = new ArrayList<>();
    List<DatasetEvent> ucdpEvents = new ArrayList<>();
    Counts acledCounts;
    Counts ucdpCounts;
    try (RejectsFile rejected = new RejectsFile(null, false, err)) {
      acledCounts = readAcled(rejected, acled, acledEvents);
      ucdpCounts = readUcdp(rejected, ucdp, ucdpEvents);
    }
    Reconciler reconciler = Reconciler.builder().dateToleranceDays(toleranceDays).distanceScale(distanceScale)
        .cardinality(oneToMany ? Cardinality.ONE_TO_MANY : Cardinality.ONE_TO_ONE).build();
    Reconciliation result = reconciler.reconcile(DatasetEvent.catalogOf(acledEvents),
        DatasetEvent.catalogOf(ucdpEvents));
    Map<IncidentId, Match> matchOf = new HashMap<>();
    result.matches().forEach(m -> matchOf.put(m.left().getId(), m));
    Output.write(out, force, root.stdout, stream -> write(stream, target, result, matchOf, acled, ucdp));
    if (report != null) {
      Output.write(report.toString(), force, root.stdout, stream -> writeReport(stream, result, acled, ucdp));
    }
    summary(err, result, acled, ucdp, acledCounts, ucdpCounts);
    return Math.max(acledCounts.exitCode(), ucdpCounts.exitCode());
  }

  private Counts readAcled(RejectsFile rejected, Map<IncidentId, AcledSide> sides, List<DatasetEvent> events)
      throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    try (Inputs.Opened opened = Inputs.open(acledFile, null, WarningPolicy.KEEP, root.stdin)) {
      if (opened.format().isUcdp()) {
        throw new CommandFailure(ExitCode.USAGE, acledFile + " is UCDP GED: give the ACLED file first, then the "
            + "GED file");
      }
      try (RecordInput input = Inputs.records(opened, lenient.badRows(), rejected::add, err::println)) {
        Iterator<List<AcledRecord>> grouped = AcledModelMapping.groupByEvent(input.stream()).iterator();
        while (grouped.hasNext()) {
          List<AcledRecord> rows = grouped.next();
          DatasetEvent event = AcledModelMapping.toEvent(rows);
          events.add(event);
          List<String> actors = new ArrayList<>();
          for (AcledRecord r : rows) {
            actors.add(r.actor1());
            r.actor2().ifPresent(actors::add);
          }
          sides.put(event.incident().getId(), new AcledSide(rows.get(0), actors.stream().distinct().toList()));
        }
        return input.counts();
      }
    }
  }

  private Counts readUcdp(RejectsFile rejected, Map<IncidentId, UcdpRecord> rows, List<DatasetEvent> events)
      throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    try (Inputs.Opened opened = Inputs.open(ucdpFile, null, WarningPolicy.KEEP, root.stdin)) {
      if (!opened.format().isUcdp()) {
        throw new CommandFailure(ExitCode.USAGE, ucdpFile + " is not UCDP GED (it reads as " + opened.format()
            + "): give the ACLED file first, then the GED file");
      }
      try (UcdpRecords records = Inputs.ucdp(opened, lenient.badRows(), rejected::add)) {
        while (records.hasNext()) {
          UcdpRecord r = records.next();
          r.warnings().forEach(err::println);
          DatasetEvent event = UcdpModelMapping.toEvent(r);
          events.add(event);
          rows.put(event.incident().getId(), r);
        }
        return new Counts("rows", records.rowsRead(), records.rowsAccepted(), records.rowsRejected(),
            records.warnings());
      }
    }
  }

  private Void write(OutputStream stream, DataFormat target, Reconciliation result, Map<IncidentId, Match> matchOf,
      Map<IncidentId, AcledSide> acled, Map<IncidentId, UcdpRecord> ucdp) throws IOException {
    Catalog catalog = result.catalog();
    if (target == DataFormat.JSON) {
      try (ModelJsonArray json = new ModelJsonArray(stream)) {
        json.write(catalog);
      }
      return null;
    }
    GeoJsonWriter writer = (target == DataFormat.GEOJSONSEQ ? GeoJson.sequenceWriter() : GeoJson.writer()).build();
    try (GeoJsonWriter.Output output = writer.open(stream)) {
      for (Incident incident : catalog.getIncidents()) {
        output.write(feature(incident, catalog, matchOf.get(incident.getId()), acled, ucdp));
      }
    }
    return null;
  }

  // An incident of the merged catalog: which data sets have it, the match, both sides' figures, each policy's pick.
  private static GeoJsonFeature feature(Incident incident, Catalog catalog, Match match,
      Map<IncidentId, AcledSide> acled, Map<IncidentId, UcdpRecord> ucdp) {
    ObjectNode p = JsonNodeFactory.withExactBigDecimals(true).objectNode();
    AcledSide a = acled.get(incident.getId());
    UcdpRecord u = match != null ? ucdp.get(match.right().getId()) : ucdp.get(incident.getId());
    p.put("datasets", a != null && u != null ? "acled+ucdp" : a != null ? "acled" : "ucdp");
    p.put("date", incident.getTime().describe());
    p.put("location", incident.getLocation().getName());
    if (a != null) {
      p.put("acled_id", a.row().eventIdCnty());
      p.put("acled_fatalities", a.row().fatalities());
    }
    if (u != null) {
      p.put("ucdp_id", u.id());
      u.relid().ifPresent(v -> p.put("ucdp_relid", v));
      u.low().ifPresent(v -> p.put("ucdp_low", v));
      p.put("ucdp_best", u.best());
      u.high().ifPresent(v -> p.put("ucdp_high", v));
    }
    if (match != null) {
      p.put("match_score", Math.round(match.score() * 1000) / 1000.0);
      p.put("match_explanation", match.explanation());
      for (StandardPolicy policy : StandardPolicy.values()) {
        Resolution r = catalog.resolve(SubjectRef.of(incident.getId()), "fatalities", policy);
        String name = policy.name().toLowerCase(Locale.ROOT);
        figure(r, policy).ifPresent(v -> p.put("fatalities_" + name, v));
        p.put("fatalities_" + name + "_why", r.reason());
      }
    }
    p.set(IncidentFeatures.EVENT, IncidentFeatures.eventJson(incident, catalog));
    Optional<GeoPoint> at = incident.getLocation().getPoint();
    Point point = at.map(g -> WGS84.createPoint(new Coordinate(g.getLongitude(), g.getLatitude()))).orElse(null);
    return GeoJsonFeature.of(point, p).withId(incident.getId().getValue());
  }

  // The figure a total counts for the assertion a policy picks: its low for the conservative rule, which compares
  // lows, else its best estimate (else low, else high).
  private static OptionalInt figure(Resolution r, StandardPolicy policy) {
    Optional<FatalityEstimate> estimate = r.value().filter(FatalityValue.class::isInstance)
        .map(v -> ((FatalityValue) v).getEstimate());
    if (estimate.isEmpty()) {
      return OptionalInt.empty();
    }
    FatalityEstimate e = estimate.get();
    Optional<Integer> figure = policy == StandardPolicy.ACLED_CONSERVATIVE
        ? e.getLow().or(e::getBest).or(e::getHigh)
        : e.getBest().or(e::getLow).or(e::getHigh);
    return figure.map(OptionalInt::of).orElse(OptionalInt.empty());
  }

  private static Void writeReport(OutputStream stream, Reconciliation result, Map<IncidentId, AcledSide> acled,
      Map<IncidentId, UcdpRecord> ucdp) throws IOException {
    Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    w.write(line(REPORT_HEADERS));
    for (Match m : result.matches()) {
      AcledSide a = acled.get(m.left().getId());
      UcdpRecord u = ucdp.get(m.right().getId());
      w.write(line(List.of(a.row().eventIdCnty(), Long.toString(u.id()), u.relid().orElse(""),
          String.format(Locale.ROOT, "%.3f", m.score()), m.explanation(), a.row().eventDate().toString(),
          u.dateStart().toString(), u.dateEnd().toString(), m.left().getLocation().getName(),
          m.right().getLocation().getName(), String.join("; ", a.actors()), u.sideA() + "; " + u.sideB(),
          Integer.toString(a.row().fatalities()), u.low().isPresent() ? Integer.toString(u.low().getAsInt()) : "",
          Integer.toString(u.best()), u.high().isPresent() ? Integer.toString(u.high().getAsInt()) : "")));
    }
    w.flush();
    return null;
  }

  // Names, places and notes come from the data, and people open the report in spreadsheets.
  private static String line(List<String> cells) {
    return CsvLines.line(cells, SpreadsheetSafety.NEUTRALIZE_FORMULAS, LineEnding.CRLF);
  }

  private void summary(PrintWriter err, Reconciliation result, Map<IncidentId, AcledSide> acled,
      Map<IncidentId, UcdpRecord> ucdp, Counts acledCounts, Counts ucdpCounts) {
    err.println(acledCounts.summary(acledFile));
    err.println(ucdpCounts.summary(ucdpFile));
    err.printf("%d matched incidents; %d ACLED-only; %d UCDP-only%n", result.matches().size(),
        result.unmatchedLeft().size(), result.unmatchedRight().size());
    long acledDeaths = result.matches().stream().mapToLong(m -> acled.get(m.left().getId()).row().fatalities()).sum();
    // A GED event matched to several ACLED events (--one-to-many) counts once in UCDP's totals.
    List<UcdpRecord> matchedGed = result.matches().stream().map(m -> m.right().getId()).distinct().map(ucdp::get)
        .toList();
    long best = matchedGed.stream().mapToLong(UcdpRecord::best).sum();
    long low = matchedGed.stream().mapToLong(u -> u.low().orElse(u.best())).sum();
    long high = matchedGed.stream().mapToLong(u -> u.high().orElse(u.best())).sum();
    Map<StandardPolicy, Long> byPolicy = new EnumMap<>(StandardPolicy.class);
    for (StandardPolicy policy : StandardPolicy.values()) {
      byPolicy.put(policy, result.matches().stream().map(m -> m.left().getId()).distinct()
          .mapToLong(id -> figure(result.catalog().resolve(SubjectRef.of(id), "fatalities", policy), policy)
              .orElse(0))
          .sum());
    }
    err.printf("deaths in the matched incidents: ACLED %d; UCDP best %d (low %d, high %d)%n", acledDeaths, best, low,
        high);
    err.println("by policy: " + byPolicy.entrySet().stream()
        .map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + " " + e.getValue())
        .collect(Collectors.joining("; ")));
  }
}
