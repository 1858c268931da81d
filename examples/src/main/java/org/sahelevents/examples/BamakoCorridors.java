package org.sahelevents.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sahelevents.core.model.DatasetEvent;
import org.sahelevents.core.model.GeoPoint;
import org.sahelevents.geo.Corridor;
import org.sahelevents.geo.CorridorAnalytics;
import org.sahelevents.geo.Gazetteer;
import org.sahelevents.geo.Geodesics;
import org.sahelevents.geo.RoutePosition;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledModelMapping;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.acled.geojson.AcledFeatures;
import org.sahelevents.io.geojson.GeoJson;
import org.sahelevents.io.geojson.GeoJsonFeature;
import org.sahelevents.io.geojson.GeoJsonWriter;
import org.sahelevents.io.geojson.IncidentFeatures;
import org.sahelevents.io.geojson.MapFeatures;

/**
 * Teaches corridor analysis in metres: the four national roads out of Bamako in the bundled {@link Gazetteer} (RN3
 * towards Kayes and Senegal, RN5 towards Guinea, RN6 towards Ségou and Sévaré, RN7 towards Sikasso and Côte d'Ivoire)
 * become corridors {@value #HALF_WIDTH_KM} km either side of the road. Each incident of a data set is put on the axis
 * whose road is nearest, with its geodesic distance from Bamako along the road, and counted week by week. Incidents
 * within {@value #CITY_RADIUS_KM} km of the centre of Bamako are in the city, on no axis. The roads, the corridors and
 * the incidents on them are written as GeoJSON.
 *
 * <p>{@code BamakoCorridors [IN.csv [OUTDIR]]}; without arguments it reads the bundled {@link SampleData}; without
 * OUTDIR it writes into a new folder under the system's temporary directory, and says where. A bad row or a missing
 * file is one line and a non-zero exit code.
 *
 * <p>Stateless and thread-safe.
 */
public final class BamakoCorridors {
  /** The roads out of Bamako, by their gazetteer ids. */
  public static final List<String> AXES = List.of("RN3", "RN5", "RN6", "RN7");
  /** How far either side of a road an incident counts as on it, in kilometres. */
  public static final int HALF_WIDTH_KM = 10;
  /** How far from the centre of Bamako an incident counts as in the city, in kilometres. */
  public static final int CITY_RADIUS_KM = 15;
  /** The file of roads and corridors that {@link #run} writes. */
  public static final String ROADS_FILE = "bamako-roads.geojson";
  /** The file of incidents on the axes that {@link #run} writes. */
  public static final String INCIDENTS_FILE = "bamako-corridor-incidents.geojson";

  private BamakoCorridors() {}

  /** An ACLED event and its fatality figure. */
  public record Event(DatasetEvent event, int fatalities) {}

  /** An event on an axis: the corridor of the nearest road and where on that road it lies. */
  public record AxisHit(Event event, Corridor axis, RoutePosition position) {
    /** The distance from Bamako along the road, in kilometres. */
    public double kmFromBamako() {
      return position.chainageMetres() / 1000;
    }
  }

  /** What {@link #run} found: the hits by axis (nearest to Bamako first), the events in the city, all events. */
  public record Result(Map<String, List<AxisHit>> byAxis, List<Event> inCity, List<Event> events) {}

  public static void main(String[] args) {
    System.exit(main(args, System.out, System.err));
  }

  /** What {@link #main(String[])} does, printing to {@code out} and {@code err}; returns the exit code. */
  static int main(String[] args, PrintStream out, PrintStream err) {
    return ExampleMain.run(printed -> {
      if (args.length > 2) {
        throw new ExampleMain.UsageException("BamakoCorridors [IN.csv [OUTDIR]]");
      }
      Path dir = args.length > 1 ? Path.of(args[1]) : ExampleMain.defaultFolder("bamako-corridors");
      try (AcledRecords rows = args.length == 0 ? SampleData.records()
          : AcledCsv.reader().build().open(ExampleMain.input(args[0]))) {
        run(rows, dir, printed);
      }
      return 0;
    }, out, err);
  }

  /** The corridors of the roads out of Bamako, in the order of {@link #AXES}. */
  public static List<Corridor> corridors() {
    return AXES.stream().map(id -> Corridor.of(Gazetteer.sahel().road(id).orElseThrow(), HALF_WIDTH_KM * 1000.0))
        .toList();
  }

  /** Reads the events, places them, prints the tables and writes the GeoJSON files into {@code dir}. */
  public static Result run(AcledRecords rows, Path dir, PrintStream out) throws IOException {
    List<Event> events = AcledModelMapping.groupByEvent(rows.stream())
        .map(r -> new Event(AcledModelMapping.toEvent(r), r.get(0).fatalities())).toList();
    List<Corridor> corridors = corridors();
    Result result = place(events, corridors);
    print(result, out);
    Files.createDirectories(dir);
    write(corridors, result, dir);
    out.println("wrote " + dir.resolve(ROADS_FILE) + " and " + dir.resolve(INCIDENTS_FILE));
    return result;
  }

  /** Puts each located event in the city, on the axis of its nearest road, or nowhere. */
  public static Result place(List<Event> events, List<Corridor> corridors) {
    GeoPoint bamako = Gazetteer.sahel().place("Bamako").orElseThrow().point();
    Map<String, List<AxisHit>> byAxis = new LinkedHashMap<>();
    corridors.forEach(c -> byAxis.put(c.route().id(), new ArrayList<>()));
    List<Event> inCity = new ArrayList<>();
    for (Event e : events) {
      GeoPoint point = e.event().incident().getLocation().getPoint().orElse(null);
      if (point == null) {
        continue;
      }
      if (Geodesics.distanceMetres(bamako, point) <= CITY_RADIUS_KM * 1000.0) {
        inCity.add(e);
        continue;
      }
      corridors.stream().filter(c -> c.contains(point))
          .map(c -> new AxisHit(e, c, c.locate(point)))
          .min(Comparator.comparingDouble(h -> h.position().distanceMetres()))
          .ifPresent(hit -> byAxis.get(hit.axis().route().id()).add(hit));
    }
    byAxis.values().forEach(hits -> hits.sort(Comparator.comparingDouble(AxisHit::kmFromBamako)));
    return new Result(byAxis, inCity, events);
  }

  private static void print(Result result, PrintStream out) {
    out.printf("Roads out of Bamako, %d km corridors: %d events, %d in Bamako itself (within %d km)%n",
        HALF_WIDTH_KM, result.events().size(), result.inCity().size(), CITY_RADIUS_KM);
    out.printf("  %-5s %-46s %6s %10s %14s%n", "axis", "road", "events", "fatalities", "nearest (km)");
    result.byAxis().forEach((axis, hits) -> out.printf("  %-5s %-46s %6d %10d %14s%n", axis,
        shortName(Gazetteer.sahel().road(axis).orElseThrow().name()), hits.size(),
        hits.stream().mapToInt(h -> h.event().fatalities()).sum(),
        hits.isEmpty() ? "-" : String.format("%.1f", hits.get(0).kmFromBamako())));

    SortedMap<LocalDate, Map<String, List<AxisHit>>> weeks = new TreeMap<>();
    result.byAxis().forEach((axis, hits) -> hits.forEach(h -> weeks
        .computeIfAbsent(CorridorAnalytics.week(h.event().event().incident()), w -> new LinkedHashMap<>())
        .computeIfAbsent(axis, a -> new ArrayList<>()).add(h)));
    out.println();
    out.println("By week (Monday): events on each axis, and the nearest to Bamako in km");
    out.printf("  %-10s", "week");
    result.byAxis().keySet().forEach(axis -> out.printf(" %14s", axis));
    out.println();
    weeks.forEach((week, axes) -> {
      out.printf("  %-10s", week);
      result.byAxis().keySet().forEach(axis -> {
        List<AxisHit> hits = axes.getOrDefault(axis, List.of());
        out.printf(" %14s", hits.isEmpty() ? "." : String.format("%d @ %.0f km", hits.size(),
            hits.stream().mapToDouble(AxisHit::kmFromBamako).min().orElseThrow()));
      });
      out.println();
    });
  }

  private static String shortName(String roadName) {
    return roadName.length() <= 46 ? roadName : roadName.substring(0, 45) + "…";
  }

  private static void write(List<Corridor> corridors, Result result, Path dir) throws IOException {
    try (GeoJsonWriter.Output roads = GeoJson.writer().build().open(dir.resolve(ROADS_FILE))) {
      corridors.forEach(c -> roads.write(MapFeatures.corridor(c)));
      corridors.forEach(c -> roads.write(MapFeatures.route(c.route())));
    }
    try (GeoJsonWriter.Output incidents = GeoJson.writer().build().open(dir.resolve(INCIDENTS_FILE))) {
      result.byAxis().values().stream().flatMap(List::stream).forEach(hit -> {
        DatasetEvent e = hit.event().event();
        GeoJsonFeature feature = AcledFeatures.standard().toFeature(e.incident(), e.catalog());
        var properties = feature.properties().orElseThrow();
        properties.remove(IncidentFeatures.EVENT);
        properties.setAll(MapFeatures.corridorProperties(hit.axis(), hit.position()));
        incidents.write(GeoJsonFeature.of(feature.geometry().orElse(null), properties)
            .withId(e.incident().getId().getValue()));
      });
    }
  }
}
