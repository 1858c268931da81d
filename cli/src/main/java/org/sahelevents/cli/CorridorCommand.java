package org.sahelevents.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.locationtech.jts.geom.Envelope;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.DatasetEvent;
import org.sahelevents.core.model.GeoPoint;
import org.sahelevents.core.model.Incident;
import org.sahelevents.geo.Corridor;
import org.sahelevents.geo.RoutePosition;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledCsvWriter;
import org.sahelevents.io.acled.AcledLayout;
import org.sahelevents.io.acled.AcledModelMapping;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.geojson.AcledFeatures;
import org.sahelevents.io.geojson.GeoJson;
import org.sahelevents.io.geojson.GeoJsonWriter;
import org.sahelevents.io.geojson.MapFeatures;
import org.sahelevents.io.geoparquet.GeoParquet;
import org.sahelevents.io.ucdp.UcdpModelMapping;
import org.sahelevents.io.ucdp.UcdpRecord;
import org.sahelevents.io.ucdp.UcdpRecords;
import org.sahelevents.io.ucdp.geojson.UcdpFeatures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code sahel-events corridor}: the incidents along a road, how far along it and how far from it. Picocli makes one
 * per run: not thread-safe.
 */
@Command(name = "corridor", mixinStandardHelpOptions = true, versionProvider = SahelEventsCli.Version.class,
    description = {"Writes the incidents of IN that lie within the half-width of a road, sorted by chainage (distance "
        + "along the road from its start), each with corridor_route, corridor_distance_m, corridor_chainage_m, "
        + "corridor_to_end_m and corridor_side, and prints the number of incidents per 25 km of road on stderr.",
        "The gazetteer's roads (RN3, RN5, RN6, RN7, RN16, RN30, DIEMA-NIORO) start at Bamako, except RN16 at Sévaré, "
            + "and are drawn town to town: approximate. Give a GeoJSON file with one LineString or MultiLineString "
            + "for a surveyed road. Distances are geodesic, in metres. OUT is acled-csv (extra columns), geojson or "
            + "geojsonseq (properties), geoparquet (.parquet: typed columns, the metres as doubles), or json (the "
            + "model, one catalog per event, the measures as incident tags such as corridor_chainage_m=12345.67).",
        "IN is any input the tool reads. A UCDP GED row is one incident, kept when its date range meets --since and "
            + "--until, and written with GED's columns (geojson, geojsonseq) or as the model (json), not as acled-csv "
            + "or geoparquet.",
        "Exit code 0 on success, 1 when data was rejected, 2 on a usage error, 3 when a file cannot be read or "
            + "written."},
    footer = {"", "Example:", "  sahel-events corridor --route RN6 --half-width-km 10 --since 2025-09-01 mali.csv "
        + "rn6.geojson"})
final class CorridorCommand implements Callable<Integer> {
  private static final double BAND_METRES = 25_000;
  private static final List<String> CORRIDOR_COLUMNS = List.of("corridor_route", "corridor_distance_m",
      "corridor_chainage_m", "corridor_to_end_m", "corridor_side");
  private static final List<String> NUMERIC_CORRIDOR_COLUMNS = List.of("corridor_distance_m", "corridor_chainage_m",
      "corridor_to_end_m");

  @Spec
  CommandSpec spec;

  @ParentCommand
  SahelEventsCli root;

  @Option(names = "--route", required = true, paramLabel = "ROAD|FILE",
      description = "a gazetteer road such as RN6, or a GeoJSON file holding one LineString or MultiLineString")
  String routeName;

  @Option(names = "--half-width-km", required = true, paramLabel = "KM",
      description = "half the corridor's width, in kilometres")
  double halfWidthKm;

  @Option(names = "--since", paramLabel = "DATE", converter = DateConverter.class,
      description = "keep incidents from this date (yyyy-MM-dd)")
  LocalDate since;

  @Option(names = "--until", paramLabel = "DATE", converter = DateConverter.class,
      description = "keep incidents until this date (yyyy-MM-dd)")
  LocalDate until;

  @Mixin
  DataFiles files;

  /**
   * An event inside the corridor (its rows: two or more in a monadic file), where it lies, and that as the properties
   * {@link MapFeatures} gives it.
   */
  private record Hit(List<AcledRecord> rows, RoutePosition position, ObjectNode measures) {}

  /** Reads {@code yyyy-MM-dd}, saying so when a value is not such a date. Stateless and thread-safe. */
  static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException(value + " is not a date (yyyy-MM-dd)");
      }
    }
  }

  @Override
  public Integer call() throws IOException {
    DataFormat target = files.target();
    Output.checkWritable(files.out, files.force, spec.commandLine());
    if (target == DataFormat.ACLED_JSON || target.isUcdp()) {
      throw new ParameterException(spec.commandLine(), "corridor writes acled-csv, json, geojson, geojsonseq or "
          + "geoparquet, not " + target);
    }
    if (!(halfWidthKm > 0) || Double.isInfinite(halfWidthKm)) {
      throw new ParameterException(spec.commandLine(), "--half-width-km must be a positive number, was "
          + halfWidthKm);
    }
    if (since != null && until != null && until.isBefore(since)) {
      throw new ParameterException(spec.commandLine(), "--until " + until + " is before --since " + since);
    }
    PrintWriter err = spec.commandLine().getErr();
    Corridor corridor = Corridor.of(Roads.of(routeName, spec.commandLine(), err), halfWidthKm * 1000);
    Progress progress = Progress.onTerminal(err);
    try (Inputs.Opened opened = files.read.open(files.in, root.stdin);
         RejectsFile rejected = new RejectsFile(null, false, err)) {
      if (!opened.format().isUcdp()) {
        return acled(opened, rejected, corridor, target, progress);
      }
      if (target == DataFormat.ACLED_CSV || target == DataFormat.GEOPARQUET) {
        throw new CommandFailure(ExitCode.USAGE, files.in + " is UCDP GED, which " + (target == DataFormat.ACLED_CSV
            ? "ACLED CSV" : "the tool's GeoParquet, of ACLED's columns,") + " cannot hold: write .geojson, .geojsons "
            + "or .json");
      }
      return ucdp(opened, rejected, corridor, target, progress);
    } finally {
      progress.done();
    }
  }

  private int acled(Inputs.Opened opened, RejectsFile rejected, Corridor corridor, DataFormat target,
      Progress progress) throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Envelope box = corridor.envelope();
    List<Hit> hits = new ArrayList<>();
    try (RecordInput input = Inputs.records(opened, files.lenient.badRows(), rejected::add, err::println)) {
      // An incident is an ACLED event, as in stats: the rows of a monadic file's event are one incident.
      Iterator<List<AcledRecord>> events = AcledModelMapping.groupByEvent(input.stream()).iterator();
      while (events.hasNext()) {
        List<AcledRecord> rows = events.next();
        rows.forEach(r -> progress.tick());
        AcledRecord r = rows.get(0);
        double lat = r.latitude().doubleValue();
        double lon = r.longitude().doubleValue();
        if (box.contains(lon, lat) && (since == null || !r.eventDate().isBefore(since))
            && (until == null || !r.eventDate().isAfter(until))) {
          RoutePosition position = corridor.locate(GeoPoint.of(lat, lon));
          if (position.distanceMetres() <= corridor.halfWidthMetres()) {
            hits.add(new Hit(rows, position, MapFeatures.corridorProperties(corridor, position)));
          }
        }
      }
      progress.done();
      hits.sort(Comparator.comparingDouble((Hit h) -> h.position().chainageMetres()));
      AcledLayout layout = input.layout();
      Output.write(files.out, files.force, root.stdout, stream -> write(stream, target, hits, layout, files.out));
      Counts counts = input.counts();
      summary(err, corridor, hits.stream().map(Hit::position).toList(),
          hits.stream().mapToInt(h -> h.rows().size()).sum(), counts);
      return counts.exitCode();
    }
  }

  /** A GED event inside the corridor, where it lies, and that as properties. */
  private record UcdpHit(UcdpRecord record, RoutePosition position, ObjectNode measures) {}

  // A GED row is an incident, dated from date_start to date_end: it is kept when that range meets --since/--until.
  private int ucdp(Inputs.Opened opened, RejectsFile rejected, Corridor corridor, DataFormat target,
      Progress progress) throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Envelope box = corridor.envelope();
    List<UcdpHit> hits = new ArrayList<>();
    try (UcdpRecords records = Inputs.ucdp(opened, files.lenient.badRows(), rejected::add)) {
      while (records.hasNext()) {
        UcdpRecord r = records.next();
        r.warnings().forEach(err::println);
        progress.tick();
        double lat = r.latitude().doubleValue();
        double lon = r.longitude().doubleValue();
        if (box.contains(lon, lat) && (since == null || !r.dateEnd().isBefore(since))
            && (until == null || !r.dateStart().isAfter(until))) {
          RoutePosition position = corridor.locate(GeoPoint.of(lat, lon));
          if (position.distanceMetres() <= corridor.halfWidthMetres()) {
            hits.add(new UcdpHit(r, position, MapFeatures.corridorProperties(corridor, position)));
          }
        }
      }
      progress.done();
      hits.sort(Comparator.comparingDouble((UcdpHit h) -> h.position().chainageMetres()));
      Output.write(files.out, files.force, root.stdout, stream -> writeUcdp(stream, target, hits));
      Counts counts = new Counts("rows", records.rowsRead(), records.rowsAccepted(), records.rowsRejected(),
          records.warnings());
      summary(err, corridor, hits.stream().map(UcdpHit::position).toList(), hits.size(), counts);
      return counts.exitCode();
    }
  }

  private static Void writeUcdp(OutputStream stream, DataFormat target, List<UcdpHit> hits) throws IOException {
    if (target == DataFormat.JSON) {
      try (ModelJsonArray out = new ModelJsonArray(stream)) {
        for (UcdpHit h : hits) {
          out.write(withMeasures(UcdpModelMapping.toEvent(h.record()), h.measures()));
        }
      }
      return null;
    }
    GeoJsonWriter writer = (target == DataFormat.GEOJSONSEQ ? GeoJson.sequenceWriter() : GeoJson.writer()).build();
    try (GeoJsonWriter.Output output = writer.open(stream)) {
      UcdpFeatures.Output features = UcdpFeatures.standard().on(output);
      hits.forEach(h -> features.write(h.record(), h.measures()));
    }
    return null;
  }

  // The model has no place for a road's measures: they become the incident's tags, such as corridor_side=left.
  private static Catalog withMeasures(DatasetEvent event, ObjectNode measures) {
    Incident.Builder incident = Incident.builder().from(event.incident());
    measures.fields().forEachRemaining(e -> incident.addTag(e.getKey() + "=" + e.getValue().asText()));
    return Catalog.builder().from(event.catalog()).incidents(List.of(incident.build())).build();
  }

  private static Void write(OutputStream stream, DataFormat target, List<Hit> hits, AcledLayout layout, String name)
      throws IOException {
    if (target == DataFormat.JSON) {
      try (ModelJsonArray out = new ModelJsonArray(stream)) {
        for (Hit h : hits) {
          out.write(withMeasures(AcledModelMapping.toEvent(h.rows()), h.measures()));
        }
      }
      return null;
    }
    // The corridor's measures follow the row's own columns, as extra columns.
    List<String> headers = new ArrayList<>(layout.headers());
    headers.addAll(CORRIDOR_COLUMNS);
    AcledLayout withCorridor = AcledLayout.of(headers, null, layout.dateStyle(), layout.actorTypeStyle());
    if (target == DataFormat.ACLED_CSV) {
      try (AcledCsvWriter.Output output = AcledCsv.writer().layout(withCorridor).build().open(stream)) {
        hits.forEach(h -> h.rows().forEach(row -> output.write(withMeasures(row, h))));
      }
    } else if (target == DataFormat.GEOPARQUET) {
      GeoParquetFiles.write(GeoParquet.writer().layout(withCorridor).doubleColumns(NUMERIC_CORRIDOR_COLUMNS).build(),
          hits.stream().flatMap(h -> h.rows().stream().map(row -> withMeasures(row, h))).iterator(), stream, name,
          () -> { });
    } else {
      GeoJsonWriter writer = (target == DataFormat.GEOJSONSEQ ? GeoJson.sequenceWriter() : GeoJson.writer()).build();
      try (GeoJsonWriter.Output output = writer.open(stream)) {
        AcledFeatures.Output features = AcledFeatures.builder().layout(withCorridor)
            .numericColumns(NUMERIC_CORRIDOR_COLUMNS).build().on(output);
        hits.forEach(h -> h.rows().forEach(row -> features.write(withMeasures(row, h))));
      }
    }
    return null;
  }

  private static AcledRecord withMeasures(AcledRecord row, Hit h) {
    AcledRecord.Builder b = AcledRecord.builder().from(row);
    h.measures().fields().forEachRemaining(e -> b.putExtraColumn(e.getKey(), e.getValue().asText()));
    return b.build();
  }

  private static void summary(PrintWriter err, Corridor corridor, List<RoutePosition> hits, long hitRows,
      Counts counts) {
    SortedMap<Integer, Integer> bands = new TreeMap<>();
    for (RoutePosition h : hits) {
      bands.merge((int) (h.chainageMetres() / BAND_METRES), 1, Integer::sum);
    }
    err.printf("%s (%.0f km), half-width %.1f km: %d incidents (from %d rows) of %d %s read (%d rejected)%n",
        corridor.route().name(), corridor.route().lengthMetres() / 1000, corridor.halfWidthMetres() / 1000,
        hits.size(), hitRows, counts.read(), counts.unit(), counts.rejected());
    for (Map.Entry<Integer, Integer> band : bands.entrySet()) {
      int start = (int) (band.getKey() * BAND_METRES / 1000);
      err.printf("  km %4d-%-4d %5d%n", start, start + (int) (BAND_METRES / 1000), band.getValue());
    }
  }
}
