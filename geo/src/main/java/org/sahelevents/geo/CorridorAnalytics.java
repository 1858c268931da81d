package org.sahelevents.geo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sahelevents.core.model.Incident;

/**
 * What a blockade watcher asks of a corridor: how many incidents per stretch of road and per week, and whether the
 * nearest incident to the destination is getting closer. Weeks start on Monday; an incident counts in the week of its
 * representative date (ACLED's {@code event_date}).
 *
 * <p>Stateless and thread-safe.
 */
public final class CorridorAnalytics {
  private CorridorAnalytics() {}

  /**
   * Incidents per chainage band and week: band {@code b} holds chainages from {@code b * bandMetres} (inclusive) to
   * {@code (b + 1) * bandMetres}. Incidents without a point are left out.
   *
   * @throws IllegalArgumentException if the band is not positive
   */
  public static SortedMap<Integer, SortedMap<LocalDate, Integer>> countsByBandAndWeek(Corridor corridor,
      Collection<Incident> incidents, double bandMetres) {
    if (!(bandMetres > 0)) {
      throw new IllegalArgumentException("band must be a positive number of metres, was " + bandMetres);
    }
    SortedMap<Integer, SortedMap<LocalDate, Integer>> counts = new TreeMap<>();
    for (Incident i : incidents) {
      i.getLocation().getPoint().ifPresent(p -> {
        int band = (int) Math.floor(corridor.locate(p).chainageMetres() / bandMetres);
        counts.computeIfAbsent(band, b -> new TreeMap<>()).merge(week(i), 1, Integer::sum);
      });
    }
    return Collections.unmodifiableSortedMap(counts);
  }

  /**
   * For each week with incidents, the smallest distance along the route from an incident to the route's end (the
   * destination, such as Bamako when the route is drawn towards it): a falling series means violence is getting
   * closer.
   */
  public static SortedMap<LocalDate, Double> nearestToEndByWeek(Corridor corridor, Collection<Incident> incidents) {
    SortedMap<LocalDate, Double> nearest = new TreeMap<>();
    for (Incident i : incidents) {
      i.getLocation().getPoint().ifPresent(p ->
          nearest.merge(week(i), corridor.locate(p).toEndMetres(), Math::min));
    }
    return Collections.unmodifiableSortedMap(nearest);
  }

  /** The Monday of the week of an incident's representative date. */
  public static LocalDate week(Incident incident) {
    return incident.getTime().representativeDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }
}
