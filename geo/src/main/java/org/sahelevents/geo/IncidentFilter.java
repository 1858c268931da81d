package org.sahelevents.geo;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.sahelevents.core.model.Incident;
import org.sahelevents.core.taxonomy.EventType;

/**
 * Which incidents a spatial query keeps: a time window (an incident counts when its time extent overlaps it) and a set
 * of event types (empty for all). {@link #all()} keeps everything.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class IncidentFilter implements Predicate<Incident>, Serializable {
  private static final long serialVersionUID = 1L;

  private static final IncidentFilter ALL = new IncidentFilter(null, null, Set.of());

  private final LocalDate from;
  private final LocalDate until;
  private final Set<EventType> types;

  private IncidentFilter(LocalDate from, LocalDate until, Set<EventType> types) {
    if (from != null && until != null && until.isBefore(from)) {
      throw new IllegalArgumentException("the time window ends (" + until + ") before it starts (" + from + ")");
    }
    this.from = from;
    this.until = until;
    this.types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
  }

  /** Keeps every incident. */
  public static IncidentFilter all() {
    return ALL;
  }

  /** The same filter keeping only incidents that may have happened on or after {@code date}. */
  public IncidentFilter since(LocalDate date) {
    return new IncidentFilter(Objects.requireNonNull(date), until, types);
  }

  /** The same filter keeping only incidents that may have happened on or before {@code date}. */
  public IncidentFilter until(LocalDate date) {
    return new IncidentFilter(from, Objects.requireNonNull(date), types);
  }

  /** The same filter keeping only these event types. */
  public IncidentFilter eventTypes(Set<EventType> eventTypes) {
    return new IncidentFilter(from, until, eventTypes);
  }

  @Override
  public boolean test(Incident incident) {
    var time = incident.getTime();
    return (from == null || !time.getLatest().isBefore(from))
        && (until == null || !time.getEarliest().isAfter(until))
        && (types.isEmpty() || types.contains(incident.getEventType()));
  }
}
