package org.sahelevents.reconcile;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.sahelevents.core.model.Actor;
import org.sahelevents.core.model.ActorId;
import org.sahelevents.core.model.ActorKind;
import org.sahelevents.core.model.GeoPoint;
import org.sahelevents.core.model.Incident;
import org.sahelevents.core.model.LocalizedName;
import org.sahelevents.core.model.Location;
import org.sahelevents.core.model.ParticipationCertainty;
import org.sahelevents.core.model.Participant;
import org.sahelevents.core.model.SpatialPrecision;
import org.sahelevents.core.model.TemporalExtent;
import org.sahelevents.geo.Geodesics;

/** The four matching rules and the score; stateless apart from its options, immutable and thread-safe. */
final class Rules {
  private static final String CIVILIANS = "=" + LocalizedName.matchKey("civilians");

  private final int toleranceDays;
  private final double distanceScale;
  private final ActorAliases aliases;

  Rules(int toleranceDays, double distanceScale, ActorAliases aliases) {
    this.toleranceDays = toleranceDays;
    this.distanceScale = distanceScale;
    this.aliases = aliases;
  }

  /** The radius in kilometres that a precision leaves around a point; see {@link Reconciler}'s table. */
  static double radiusKm(SpatialPrecision p) {
    return switch (p) {
      case EXACT -> 3;
      case NEAR -> 15;
      case ADMIN3 -> 20;
      case ADMIN2 -> 40;
      case ADMIN1 -> 120;
      case REGION -> 200;
      case COUNTRY, WATER_OR_AIRSPACE -> 800;
    };
  }

  /** A rule's verdict: whether it passes, its score in [0, 1] and its reason in words. */
  record Verdict(boolean passes, double score, String reason) {}

  /** Days between two extents: 0 when they overlap. */
  static long gapDays(TemporalExtent a, TemporalExtent b) {
    if (a.getLatest().isBefore(b.getEarliest())) {
      return ChronoUnit.DAYS.between(a.getLatest(), b.getEarliest());
    }
    if (b.getLatest().isBefore(a.getEarliest())) {
      return ChronoUnit.DAYS.between(b.getLatest(), a.getEarliest());
    }
    return 0;
  }

  Verdict dates(TemporalExtent a, TemporalExtent b) {
    long gap = gapDays(a, b);
    if (gap > toleranceDays) {
      return new Verdict(false, 0, gap + " days apart (" + a.describe() + " and " + b.describe()
          + "), more than the tolerance of " + days(toleranceDays));
    }
    // Imprecise dates agree more easily, so a month against a day counts for less than a day against a day.
    double precision = 1 / (1 + (a.spanDays() + b.spanDays()) / 14.0);
    double closeness = gap == 0 ? 1 : 1 - 0.5 * gap / (toleranceDays + 1.0);
    String reason;
    if (gap == 0 && a.spanDays() == 0 && b.spanDays() == 0) {
      reason = "same day";
    } else if (gap == 0) {
      reason = "dates overlap (" + a.describe() + " and " + b.describe() + ")";
    } else {
      reason = days(gap) + " apart (" + a.describe() + " and " + b.describe() + ")";
    }
    return new Verdict(true, precision * closeness, reason);
  }

  // Two data sets may put an event near a border in different countries; farther apart, the countries decide, so that
  // a country-level event (800 km) never matches one across a border.
  private static final double BORDER_KM = 25;

  /** Whether two locations lie in the same country, as far as they say: unknown countries do not differ. */
  static boolean sameCountry(Location a, Location b) {
    if (a.getCountryIso3().isPresent() && b.getCountryIso3().isPresent()) {
      return a.getCountryIso3().equals(b.getCountryIso3());
    }
    if (a.getCountry().isPresent() && b.getCountry().isPresent()) {
      return countryKey(a.getCountry().get()).equals(countryKey(b.getCountry().get()));
    }
    return true;
  }

  // A country's name without a former name in parentheses, as GED writes "Russia (Soviet Union)".
  private static String countryKey(String name) {
    String bare = name.replaceAll("\\s*\\([^()]*\\)\\s*$", "");
    return LocalizedName.matchKey(bare.isBlank() ? name : bare);
  }

  Verdict places(Location a, Location b) {
    double allowedKm = (radiusKm(a.getPrecision()) + radiusKm(b.getPrecision())) * distanceScale;
    String precisions = a.getPrecision() == b.getPrecision()
        ? "both " + word(a.getPrecision())
        : word(a.getPrecision()) + " and " + word(b.getPrecision());
    Optional<GeoPoint> pa = a.getPoint();
    Optional<GeoPoint> pb = b.getPoint();
    if (pa.isEmpty() || pb.isEmpty()) {
      // Without a point only the names can agree: the same country and, when both give one, the same region.
      boolean sameCountry = sameCountry(a, b);
      boolean sameAdmin1 = a.getAdmin1().isEmpty() || b.getAdmin1().isEmpty()
          || LocalizedName.matchKey(a.getAdmin1().get()).equals(LocalizedName.matchKey(b.getAdmin1().get()));
      boolean passes = sameCountry && sameAdmin1;
      return new Verdict(passes, passes ? 0.25 : 0, passes
          ? "no point on one side; " + a.getName() + " and " + b.getName() + " lie in the same area"
          : "no point on one side, and " + a.getName() + " and " + b.getName() + " lie in different areas");
    }
    double km = Geodesics.distanceMetres(pa.get(), pb.get()) / 1000;
    String distance = String.format(Locale.ROOT, "%.1f km apart", km);
    if (km > BORDER_KM && !sameCountry(a, b)) {
      return new Verdict(false, 0, distance + ", in " + a.getCountry().orElse(a.getCountryIso3().orElse("?"))
          + " and " + b.getCountry().orElse(b.getCountryIso3().orElse("?")));
    }
    if (km > allowedKm) {
      return new Verdict(false, 0, distance + ", " + precisions + ", more than the "
          + String.format(Locale.ROOT, "%.0f", allowedKm) + " km allowed");
    }
    // Two exact points close together say more than two regions' centroids within range of each other.
    double precision = (1 + 6 / allowedKm) / 2;
    return new Verdict(true, precision * (1 - 0.5 * km / allowedKm), distance + ", " + precisions);
  }

  /** The names and identities of an incident's actors, split into armed, unidentified and civilians. */
  private final class Side {
    final Map<String, String> armed = new LinkedHashMap<>();      // identity -> name as written
    final Set<String> alternatives = new java.util.HashSet<>();   // identities only known as "X and/or Y"
    final List<String> unknown = new ArrayList<>();

    Side(Incident incident, Function<ActorId, Optional<Actor>> actors) {
      for (Participant p : incident.getParticipants()) {
        Optional<Actor> actor = actors.apply(p.getActor());
        String name = actor.map(x -> x.getName().getValue()).orElse(p.getActor().getValue().replace('_', ' '));
        boolean unidentified = actor.map(x -> x.getKind() == ActorKind.UNIDENTIFIED_ARMED_GROUP).orElse(false)
            || LocalizedName.matchKey(name).startsWith("unidentified");
        String identity = identity(name, actor);
        boolean civilians = actor.map(x -> x.getKind() == ActorKind.CIVILIANS).orElse(false)
            || identity.equals(CIVILIANS);
        if (unidentified) {
          unknown.add(name);
        } else if (!civilians) {
          armed.putIfAbsent(identity, name);
          if (p.getCertainty() == ParticipationCertainty.ONE_OF_ALTERNATIVES) {
            alternatives.add(identity);
          }
        }
      }
    }
  }

  // The table decides by any of the actor's names; otherwise its canonical name is its identity.
  private String identity(String name, Optional<Actor> actor) {
    List<String> names = new ArrayList<>();
    names.add(name);
    actor.ifPresent(a -> a.getAliases().forEach(n -> names.add(n.getValue())));
    actor.ifPresent(a -> a.getExternalIds().values().forEach(names::add));
    for (String n : names) {
      Optional<String> canonical = aliases.canonical(n);
      if (canonical.isPresent()) {
        return aliases.identity(canonical.get());
      }
    }
    return aliases.identity(name);
  }

  Verdict actors(Incident a, Function<ActorId, Optional<Actor>> actorsA, Incident b,
      Function<ActorId, Optional<Actor>> actorsB) {
    Side sa = new Side(a, actorsA);
    Side sb = new Side(b, actorsB);
    for (Map.Entry<String, String> e : sa.armed.entrySet()) {
      String other = sb.armed.get(e.getKey());
      if (other != null) {
        boolean alternative = sa.alternatives.contains(e.getKey()) || sb.alternatives.contains(e.getKey());
        String reason = e.getValue() + " = " + other + (alternative ? " (one of alternatives)" : "");
        return new Verdict(true, alternative ? 0.8 : 1, reason);
      }
    }
    if (sa.armed.isEmpty() || sb.armed.isEmpty()) {
      List<String> named = new ArrayList<>(sa.unknown);
      named.addAll(sb.unknown);
      String who = named.isEmpty() ? "no armed actor named" : String.join(", ", named);
      return new Verdict(true, 0.4, "actors unknown on one side (" + who + ")");
    }
    return new Verdict(false, 0, "no actor in common (" + String.join(", ", sa.armed.values()) + " against "
        + String.join(", ", sb.armed.values()) + ")");
  }

  static Verdict violence(Incident a, Incident b) {
    Set<ViolenceType> common = EnumSet.noneOf(ViolenceType.class);
    common.addAll(ViolenceType.of(a));
    common.retainAll(ViolenceType.of(b));
    String pair = ViolenceType.describe(a) + " ~ " + ViolenceType.describe(b);
    if (common.isEmpty()) {
      return new Verdict(false, 0, ViolenceType.describe(a) + " is not " + ViolenceType.describe(b));
    }
    return new Verdict(true, 1, pair);
  }

  /**
   * The match of two events, or empty when a rule fails. Cheap rules run first: the geodesic runs only for pairs
   * whose dates, types and actors agree.
   */
  Optional<Match> compare(Incident a, Function<ActorId, Optional<Actor>> actorsA, Incident b,
      Function<ActorId, Optional<Actor>> actorsB) {
    Verdict date = dates(a.getTime(), b.getTime());
    if (!date.passes()) {
      return Optional.empty();
    }
    Verdict type = violence(a, b);
    if (!type.passes()) {
      return Optional.empty();
    }
    Verdict actor = actors(a, actorsA, b, actorsB);
    if (!actor.passes()) {
      return Optional.empty();
    }
    Verdict place = places(a.getLocation(), b.getLocation());
    if (!place.passes()) {
      return Optional.empty();
    }
    double score = 0.3 * date.score() + 0.3 * place.score() + 0.25 * actor.score() + 0.15 * type.score();
    return Optional.of(new Match(a, b, Math.min(1, Math.max(0, score)),
        List.of(date.reason(), place.reason(), actor.reason(), type.reason())));
  }

  /** Every rule's verdict, passing or not, for explaining why two events do not match. */
  List<Verdict> verdicts(Incident a, Function<ActorId, Optional<Actor>> actorsA, Incident b,
      Function<ActorId, Optional<Actor>> actorsB) {
    return List.of(dates(a.getTime(), b.getTime()), places(a.getLocation(), b.getLocation()),
        actors(a, actorsA, b, actorsB), violence(a, b));
  }

  private static String word(SpatialPrecision p) {
    return p.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String days(long n) {
    return n == 1 ? "1 day" : n + " days";
  }
}
