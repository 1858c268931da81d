package org.sahelevents.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sahelevents.core.model.ActorId;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.Claim;
import org.sahelevents.core.model.Condition;
import org.sahelevents.core.model.ConditionKind;
import org.sahelevents.core.model.DateInterval;
import org.sahelevents.core.model.Denial;
import org.sahelevents.core.model.LocalizedName;
import org.sahelevents.core.model.Location;
import org.sahelevents.core.model.SourcedAssertion;
import org.sahelevents.core.model.SubjectRef;
import org.sahelevents.core.model.TerritorialClaim;
import org.sahelevents.core.model.TerritorialStatus;
import org.sahelevents.core.resolution.Control;
import org.sahelevents.core.resolution.ControlStatus;

/**
 * Answers who controlled a place on a day, or day by day over a period. Territorial-control conditions in force
 * decide; without one, the latest territorial claims made by then decide, and a denial of them makes control
 * contested. A place matches by name (ignoring case, accents and Unicode normal form) and, when both give one, by
 * country.
 *
 * <p>Its static methods are thread-safe; each call works on its own immutable instance.
 */
public final class ControlQuery {
  private final Catalog catalog;
  private final Location place;
  private final List<Condition> conditions;
  private final List<TerritorialClaim> claims;
  private final List<Denial> denials;

  private ControlQuery(Catalog catalog, Location place) {
    this.catalog = catalog;
    this.place = place;
    this.conditions = catalog.getConditions().stream()
        .filter(c -> c.getKind() == ConditionKind.TERRITORIAL_CONTROL && c.getImposer().isPresent())
        .filter(c -> c.getArea().filter(this::samePlace).isPresent())
        .toList();
    this.claims = catalog.getClaims().stream()
        .filter(TerritorialClaim.class::isInstance).map(TerritorialClaim.class::cast)
        .filter(c -> samePlace(c.getPlace()))
        .toList();
    Set<String> claimIds = claims.stream().map(c -> c.getId().getValue()).collect(Collectors.toSet());
    this.denials = catalog.getClaims().stream()
        .filter(Denial.class::isInstance).map(Denial.class::cast)
        .filter(d -> d.getDeniedClaim().filter(id -> claimIds.contains(id.getValue())).isPresent())
        .toList();
  }

  /** Who controlled the place on the day. */
  public static Control on(Catalog catalog, Location place, LocalDate date) {
    return new ControlQuery(catalog, place).at(date, DateInterval.between(date, date));
  }

  /** Who controlled the place over a period with both ends, as consecutive periods of unchanged answer. */
  public static List<Control> during(Catalog catalog, Location place, DateInterval period) {
    if (period.getStart().isEmpty() || period.getEnd().isEmpty()) {
      throw new IllegalArgumentException("the period needs a start and an end, but is " + period.describe());
    }
    return new ControlQuery(catalog, place).over(period.getStart().get(), period.getEnd().get());
  }

  private List<Control> over(LocalDate start, LocalDate end) {
    TreeSet<LocalDate> changes = new TreeSet<>(List.of(start));
    for (Condition c : conditions) {
      c.getValidity().getStart().ifPresent(changes::add);
      c.getValidity().getEnd().map(e -> e.plusDays(1)).ifPresent(changes::add);
    }
    Stream.concat(claims.stream(), denials.stream()).forEach(c -> changes.add(c.getMadeAt().getEarliest()));
    List<LocalDate> starts = List.copyOf(changes.subSet(start, true, end, true));
    List<Control> periods = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      LocalDate last = i + 1 < starts.size() ? starts.get(i + 1).minusDays(1) : end;
      Control next = at(starts.get(i), DateInterval.between(starts.get(i), last));
      Control previous = periods.isEmpty() ? null : periods.get(periods.size() - 1);
      if (previous != null && sameAnswer(previous, next)) {
        periods.set(periods.size() - 1, new Control(place, DateInterval.between(previous.period().getStart().get(),
            last), next.status(), next.controllers(), next.conditions(), next.claims(), next.assertions(),
            next.reason()));
      } else {
        periods.add(next);
      }
    }
    return periods;
  }

  private static boolean sameAnswer(Control a, Control b) {
    return a.status() == b.status() && a.controllers().equals(b.controllers())
        && a.conditions().equals(b.conditions()) && a.claims().equals(b.claims());
  }

  private Control at(LocalDate date, DateInterval period) {
    List<Condition> inForce = conditions.stream().filter(c -> c.getValidity().contains(date)).toList();
    if (!inForce.isEmpty()) {
      List<ActorId> who = inForce.stream().map(c -> c.getImposer().orElseThrow()).distinct().toList();
      String reason = inForce.stream().map(c -> "territorial control condition \"" + c.getId() + "\" ("
          + c.getValidity().describe() + ") names \"" + c.getImposer().get() + "\"").collect(Collectors.joining("; "));
      return new Control(place, period, who.size() == 1 ? ControlStatus.CONTROLLED : ControlStatus.CONTESTED, who,
          inForce, List.of(), assertionsAbout(inForce.stream().map(c -> SubjectRef.of(c.getId()))), reason);
    }
    List<TerritorialClaim> made = claims.stream().filter(c -> !c.getMadeAt().getEarliest().isAfter(date)).toList();
    if (made.isEmpty()) {
      return new Control(place, period, ControlStatus.UNKNOWN, List.of(), List.of(), List.of(), List.of(),
          "no territorial control condition is in force and no territorial claim about " + place.getName()
              + " had been made");
    }
    LocalDate lastMade = made.stream().map(c -> c.getMadeAt().getEarliest()).max(Comparator.naturalOrder())
        .orElseThrow();
    List<TerritorialClaim> latest = made.stream().filter(c -> c.getMadeAt().getEarliest().equals(lastMade)).toList();
    Set<String> latestIds = latest.stream().map(c -> c.getId().getValue()).collect(Collectors.toSet());
    List<Denial> denied = denials.stream().filter(d -> !d.getMadeAt().getEarliest().isAfter(date))
        .filter(d -> latestIds.contains(d.getDeniedClaim().orElseThrow().getValue())).toList();
    List<ActorId> who = latest.stream().filter(c -> c.getStatus() != TerritorialStatus.WITHDREW)
        .map(TerritorialClaim::getController).distinct().toList();
    ControlStatus status = who.isEmpty() ? ControlStatus.UNKNOWN
        : who.size() > 1 || !denied.isEmpty() ? ControlStatus.CONTESTED : ControlStatus.CLAIMED;
    List<Claim> evidence = Stream.concat(latest.stream(), denied.stream()).map(Claim.class::cast).toList();
    String reason = Stream.concat(latest.stream().map(ControlQuery::describe), denied.stream()
        .map(d -> "\"" + d.getClaimant() + "\" denied " + d.getProposition() + " (claim \"" + d.getId() + "\", "
            + d.getMadeAt().describe() + ")"))
        .collect(Collectors.joining("; "))
        + (who.isEmpty() ? "; nothing says who held it after that" : "");
    return new Control(place, period, status, who, List.of(), evidence,
        assertionsAbout(evidence.stream().map(c -> SubjectRef.of(c.getId()))), reason);
  }

  private static String describe(TerritorialClaim c) {
    String verb = switch (c.getStatus()) {
      case CAPTURED -> "captured it";
      case HOLDS -> "holds it";
      case WITHDREW -> "withdrew from it";
    };
    return "\"" + c.getClaimant() + "\" said on " + c.getMadeAt().describe() + " that \"" + c.getController() + "\" "
        + verb + " (claim \"" + c.getId() + "\")";
  }

  private List<SourcedAssertion> assertionsAbout(Stream<SubjectRef> subjects) {
    Set<SubjectRef> about = subjects.collect(Collectors.toSet());
    return catalog.getAssertions().stream().filter(a -> about.contains(a.getSubject())).toList();
  }

  private boolean samePlace(Location other) {
    return LocalizedName.matchKey(other.getName()).equals(LocalizedName.matchKey(place.getName()))
        && (other.getCountryIso3().isEmpty() || place.getCountryIso3().isEmpty()
            || other.getCountryIso3().equals(place.getCountryIso3()));
  }
}
