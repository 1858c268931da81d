package org.sahelevents.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sahelevents.core.model.GeoPoint;
import org.sahelevents.core.model.Incident;
import org.sahelevents.core.model.IncidentId;
import org.sahelevents.core.model.Location;
import org.sahelevents.core.model.SpatialPrecision;
import org.sahelevents.core.model.TemporalExtent;
import org.sahelevents.core.taxonomy.SubEventType;
import org.sahelevents.geo.Corridor;
import org.sahelevents.geo.Gazetteer;
import org.sahelevents.geo.IncidentFilter;
import org.sahelevents.geo.IncidentIndex;
import org.sahelevents.geo.Route;

/**
 * Which of a million incidents spread over the Sahel lie within 10 km of a 1,090 km road (Kayes to Bamako to Sévaré,
 * through the gazetteer's towns): with the {@link IncidentIndex} (built once, in the setup), and by checking
 * incidents one by one with {@link Corridor#contains}, which measures each on the ellipsoid with GeographicLib. That
 * check costs the same for every incident, so it runs on the first {@value #CHECKED} incidents only, and a run's time
 * times {@code incidents / CHECKED} is the time for all of them.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g", "-XX:+UseParallelGC"})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CorridorBenchmark {
  /** How many incidents the one-by-one check measures. */
  static final int CHECKED = 20_000;

  @Param("1000000")
  int incidents;

  private List<Incident> all;
  private IncidentIndex index;
  private Corridor corridor;

  @Setup(Level.Trial)
  public void prepare() {
    Gazetteer g = Gazetteer.sahel();
    List<GeoPoint> path = new ArrayList<>();
    for (String town : List.of("Kayes", "Sandaré", "Diéma", "Didiéni", "Kolokani", "Kati", "Bamako", "Fana",
        "Ségou", "Bla", "San", "Sévaré")) {
      path.add(g.place(town).orElseThrow().point());
    }
    Route route = Route.of("bench", "Kayes-Bamako-Sévaré", path);
    corridor = Corridor.of(route, 10_000);
    SplittableRandom random = new SplittableRandom(1);
    all = new ArrayList<>(incidents);
    TemporalExtent day = TemporalExtent.day(LocalDate.of(2025, 9, 7));
    for (int i = 0; i < incidents; i++) {
      all.add(Incident.builder().id(IncidentId.of("i" + i)).eventType(SubEventType.ATTACK.eventType())
          .subEventType(SubEventType.ATTACK).time(day)
          .location(Location.builder().name("x").precision(SpatialPrecision.EXACT)
              .point(GeoPoint.of(10 + random.nextDouble() * 10, -12 + random.nextDouble() * 16)).build())
          .build());
    }
    index = IncidentIndex.of(all);
  }


  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  public int indexedCorridorQuery() {
    return index.withinCorridor(corridor, IncidentFilter.all()).size();
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 2)
  @Measurement(iterations = 3)
  public int incidentsOneByOneWithGeographicLib() {
    int inside = 0;
    for (Incident i : all.subList(0, CHECKED)) {
      if (corridor.contains(i.getLocation().getPoint().orElseThrow())) {
        inside++;
      }
    }
    return inside;
  }
}
