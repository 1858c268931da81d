package org.sahelevents.core.internal;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sahelevents.core.model.Actor;
import org.sahelevents.core.model.ActorRelation;
import org.sahelevents.core.model.ActorTypeAssignment;
import org.sahelevents.core.model.Attribution;
import org.sahelevents.core.model.AttributionKind;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.Condition;
import org.sahelevents.core.model.ConditionKind;
import org.sahelevents.core.model.DateInterval;
import org.sahelevents.core.model.Denial;
import org.sahelevents.core.model.Document;
import org.sahelevents.core.model.FatalityEstimate;
import org.sahelevents.core.model.GeoPoint;
import org.sahelevents.core.model.Incident;
import org.sahelevents.core.model.IncidentLink;
import org.sahelevents.core.model.LocalizedName;
import org.sahelevents.core.model.Location;
import org.sahelevents.core.model.ParticipantRole;
import org.sahelevents.core.model.Polarity;
import org.sahelevents.core.model.Quote;
import org.sahelevents.core.model.Rank;
import org.sahelevents.core.model.ResponsibilityClaim;
import org.sahelevents.core.model.Side;
import org.sahelevents.core.model.Source;
import org.sahelevents.core.model.SourceKind;
import org.sahelevents.core.model.SourcedAssertion;
import org.sahelevents.core.model.Reliability;
import org.sahelevents.core.model.BlockadeAxis;
import org.sahelevents.core.model.SpatialPrecision;
import org.sahelevents.core.model.TemporalExtent;
import org.sahelevents.core.taxonomy.DisorderType;
import org.sahelevents.core.taxonomy.EventType;
import org.sahelevents.core.taxonomy.SubEventType;

/**
 * The cross-field invariants of the model types (domain model section 2.4), one method per type. Property names in
 * the messages are the JSON and builder names.
 */
final class Invariants {
  private Invariants() {}

  static void check(Object value, Problems p) {
    if (value instanceof GeoPoint x) {
      geoPoint(x, p);
    } else if (value instanceof Location x) {
      location(x, p);
    } else if (value instanceof TemporalExtent x) {
      temporalExtent(x, p);
    } else if (value instanceof DateInterval x) {
      dateInterval(x, p);
    } else if (value instanceof FatalityEstimate x) {
      fatalityEstimate(x, p);
    } else if (value instanceof Actor x) {
      actor(x, p);
    } else if (value instanceof ActorRelation x) {
      relation(x, p);
    } else if (value instanceof Incident x) {
      incident(x, p);
    } else if (value instanceof Condition x) {
      condition(x, p);
    } else if (value instanceof Source x) {
      source(x, p);
    } else if (value instanceof ResponsibilityClaim x) {
      responsibility(x, p);
    } else if (value instanceof Denial x) {
      denial(x, p);
    } else if (value instanceof Document x) {
      document(x, p);
    } else if (value instanceof Attribution x) {
      attribution(x, p);
    } else if (value instanceof Quote x) {
      quote(x, p);
    } else if (value instanceof SourcedAssertion x) {
      assertion(x, p);
    } else if (value instanceof Catalog x) {
      CatalogInvariants.check(x, p);
    } else {
      throw new IllegalArgumentException("no invariants are defined for " + value.getClass().getName());
    }
  }

  // Bean Validation's range checks already reject NaN, but with a message about the range; say what is wrong.
  private static void geoPoint(GeoPoint x, Problems p) {
    if (!Double.isFinite(x.getLatitude())) {
      p.error("latitude", "must be a finite number, not " + x.getLatitude());
    }
    if (!Double.isFinite(x.getLongitude())) {
      p.error("longitude", "must be a finite number, not " + x.getLongitude());
    }
  }

  private static void location(Location x, Problems p) {
    if (x.getPrecision() == SpatialPrecision.EXACT && x.getPoint().isEmpty()) {
      p.error("point", "is required when precision is EXACT");
    }
    x.getPoint().ifPresent(point -> x.getCountryIso3().map(BOUNDING_BOXES::get).ifPresent(box -> {
      if (!box.contains(point)) {
        p.warning("point", "lies outside the bounding box of " + x.getCountryIso3().get() + " (" + box
            + "): check the coordinates, or the country if the event was across a border");
      }
    }));
  }

  private record BoundingBox(double south, double north, double west, double east) {
    boolean contains(GeoPoint point) {
      return point.getLatitude() >= south && point.getLatitude() <= north && point.getLongitude() >= west
          && point.getLongitude() <= east;
    }

    @Override
    public String toString() {
      return "latitude " + south + " to " + north + ", longitude " + west + " to " + east;
    }
  }

  // Approximate country extents, rounded outward to 0.1 degree; countries not listed are not checked.
  private static final Map<String, BoundingBox> BOUNDING_BOXES = Map.of(
      "MLI", new BoundingBox(10.1, 25.0, -12.3, 4.3),
      "BFA", new BoundingBox(9.3, 15.1, -5.6, 2.5),
      "NER", new BoundingBox(11.6, 23.6, 0.1, 16.0));

  private static void temporalExtent(TemporalExtent x, Problems p) {
    if (x.getLatest().isBefore(x.getEarliest())) {
      p.error("latest", "must not be before earliest (" + x.getEarliest() + "), but is " + x.getLatest());
      return;
    }
    long span = x.spanDays();
    String fault = switch (x.getPrecision()) {
      case DAY -> span == 0 ? null : "DAY needs earliest and latest on the same date, but they are " + span
          + " day(s) apart";
      case DAYS -> span >= 1 && span <= 6 ? null : "DAYS needs 1 to 6 days between earliest and latest, but there "
          + "are " + span;
      case WEEK -> span <= 6 ? null : "WEEK needs at most 6 days between earliest and latest, but there are " + span;
      case MONTH -> YearMonth.from(x.getEarliest()).equals(YearMonth.from(x.getLatest())) ? null
          : "MONTH needs earliest and latest in the same calendar month, but they are " + x.getEarliest() + " and "
              + x.getLatest();
      case YEAR -> x.getEarliest().getYear() == x.getLatest().getYear() ? null
          : "YEAR needs earliest and latest in the same year, but they are " + x.getEarliest() + " and "
              + x.getLatest();
      case PERIOD -> x.getEarliest().getYear() != x.getLatest().getYear() ? null
          : "PERIOD is for intervals across a new year, but " + x.getEarliest() + " and " + x.getLatest()
              + " are in one year: use YEAR, MONTH or a finer precision";
    };
    if (fault != null) {
      p.error("precision", fault);
    }
  }

  private static void dateInterval(DateInterval x, Problems p) {
    if (x.getStart().isPresent() && x.getEnd().isPresent() && x.getEnd().get().isBefore(x.getStart().get())) {
      p.error("end", "must not be before start (" + x.getStart().get() + "), but is " + x.getEnd().get());
    }
  }

  private static void fatalityEstimate(FatalityEstimate x, Problems p) {
    Integer low = x.getLow().orElse(null);
    Integer best = x.getBest().orElse(null);
    Integer high = x.getHigh().orElse(null);
    if (low != null && best != null && low > best) {
      p.error("best", "must not be lower than low (" + low + "), but is " + best + ": expected low <= best <= high");
    }
    if (best != null && high != null && best > high) {
      p.error("best", "must not be higher than high (" + high + "), but is " + best
          + ": expected low <= best <= high");
    }
    if (low != null && high != null && low > high) {
      p.error("high", "must not be lower than low (" + low + "), but is " + high);
    }
    switch (x.getQualifier()) {
      case EXACT -> {
        if (best == null || low != null || high != null) {
          p.error("qualifier", "EXACT needs a best figure and no low or high");
        }
      }
      case AT_LEAST -> {
        if (low == null || high != null) {
          p.error("qualifier", "AT_LEAST needs a low figure and no high");
        }
      }
      case AT_MOST -> {
        if (high == null) {
          p.error("qualifier", "AT_MOST needs a high figure");
        }
      }
      case APPROXIMATE -> {
        if (best == null) {
          p.error("qualifier", "APPROXIMATE needs a best figure");
        }
      }
      case RANGE -> {
        if (low == null || high == null) {
          p.error("qualifier", "RANGE needs a low and a high figure");
        }
      }
      case VAGUE_TERM -> {
        if (x.getVagueTerm().isEmpty()) {
          p.error("vagueTerm", "is required when the qualifier is VAGUE_TERM: keep the original words");
        }
      }
    }
  }

  private static void actor(Actor x, Problems p) {
    Set<String> seen = new HashSet<>();
    seen.add(nameKey(x.getName()));
    for (int i = 0; i < x.getAliases().size(); i++) {
      LocalizedName alias = x.getAliases().get(i);
      if (!seen.add(nameKey(alias))) {
        p.error("aliases[" + i + "]", "repeats the name \"" + alias.getValue() + "\" in language "
            + alias.getLanguage());
      }
    }
    for (int i = 0; i < x.getAcledTypes().size(); i++) {
      DateInterval period = periodOf(x.getAcledTypes().get(i));
      for (int j = 0; j < i; j++) {
        DateInterval earlier = periodOf(x.getAcledTypes().get(j));
        if (period.overlaps(earlier)) {
          p.error("acledTypes[" + i + "].validity", "overlaps acledTypes[" + j + "] (" + earlier.describe() + " vs "
              + period.describe() + "): an actor has one ACLED type at a time, so one period must end before the "
              + "next begins");
        }
      }
    }
    if (x.getFounded().isPresent() && x.getDissolved().isPresent()
        && x.getDissolved().get().isBefore(x.getFounded().get())) {
      p.error("dissolved", "must not be before founded (" + x.getFounded().get() + "), but is "
          + x.getDissolved().get());
    }
  }

  private static DateInterval periodOf(ActorTypeAssignment type) {
    return type.getValidity().orElseGet(() -> DateInterval.builder().build());
  }

  private static String nameKey(LocalizedName name) {
    return name.getLanguage().toLowerCase(Locale.ROOT) + "\u0000" + name.getValue().toLowerCase(Locale.ROOT);
  }

  private static void relation(ActorRelation x, Problems p) {
    if (x.getSubject().equals(x.getObject())) {
      p.error("object", "must differ from the subject: actor \"" + x.getSubject() + "\" cannot be related to itself");
    }
  }

  private static void incident(Incident x, Problems p) {
    EventType type = x.getEventType();
    x.getSubEventType().ifPresent(sub -> {
      if (sub.eventType() != type) {
        p.error("subEventType", "\"" + sub.label() + "\" belongs to \"" + sub.eventType().label() + "\", not to \""
            + type.label() + "\"");
      } else if (!x.getDisorderTypes().isEmpty() && !x.getDisorderTypes().equals(sub.disorderTypes())) {
        p.error("disorderTypes", "must be \"" + DisorderType.format(sub.disorderTypes()) + "\" for \"" + sub.label()
            + "\", but is \"" + DisorderType.format(x.getDisorderTypes()) + "\"");
      }
    });
    if (x.isCivilianTargeting() && !allowsCivilianTargeting(x)) {
      p.error("civilianTargeting", "is not allowed for \"" + x.getSubEventType().map(SubEventType::label)
          .orElse(type.label()) + "\": only violence against civilians, explosions/remote violence, riots and "
          + "excessive force against protesters target civilians");
    }
    // Two sides, not two distinct actors: ACLED records clashes within one group (Rebel group-Rebel group, 22).
    if (type == EventType.BATTLES && !(hasSide(x, Side.A) && hasSide(x, Side.B))) {
      p.error("participants", "a battle needs an armed actor on each side (A and B)");
    }
    if (x.getParent().filter(x.getId()::equals).isPresent()) {
      p.error("parent", "must not be the incident itself (\"" + x.getId() + "\")");
    }
    for (int i = 0; i < x.getLinks().size(); i++) {
      IncidentLink link = x.getLinks().get(i);
      if (link.getTarget().equals(x.getId())) {
        p.error("links[" + i + "].target", "must not be the incident itself (\"" + x.getId() + "\")");
      }
    }
  }

  private static boolean hasSide(Incident x, Side side) {
    return x.getParticipants().stream().anyMatch(part -> part.getSide().filter(side::equals).isPresent()
        && part.getRole() != ParticipantRole.ASSOCIATED);
  }

  private static boolean allowsCivilianTargeting(Incident x) {
    return switch (x.getEventType()) {
      case VIOLENCE_AGAINST_CIVILIANS, EXPLOSIONS_REMOTE_VIOLENCE, RIOTS -> true;
      case PROTESTS -> x.getSubEventType().filter(s -> s == SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS)
          .isPresent();
      case BATTLES, STRATEGIC_DEVELOPMENTS -> false;
    };
  }

  private static void condition(Condition x, Problems p) {
    boolean blocks = x.getKind() == ConditionKind.BLOCKADE || x.getKind() == ConditionKind.SIEGE;
    if (blocks && x.getDirection().isEmpty()) {
      p.error("direction", "is required for a " + x.getKind() + ": ENTRY_BLOCKED, EXIT_BLOCKED or BOTH");
    }
    if (!blocks && x.getDirection().isPresent()) {
      p.error("direction", "applies only to a BLOCKADE or SIEGE, not to a " + x.getKind());
    }
    if (!blocks && !x.getBlockedTraffic().isEmpty()) {
      p.error("blockedTraffic", "applies only to a BLOCKADE or SIEGE, not to a " + x.getKind());
    }
    if (!blocks && !x.getAxes().isEmpty()) {
      p.error("axes", "apply only to a BLOCKADE or SIEGE, not to a " + x.getKind());
    }
    axes(x, p);
    if (x.getKind() == ConditionKind.TERRITORIAL_CONTROL) {
      if (x.getImposer().isEmpty()) {
        p.error("imposer", "is required for TERRITORIAL_CONTROL: the actor in control");
      }
      if (x.getArea().isEmpty()) {
        p.error("area", "is required for TERRITORIAL_CONTROL: the place controlled");
      }
    }
  }

  private static void axes(Condition x, Problems p) {
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < x.getAxes().size(); i++) {
      BlockadeAxis axis = x.getAxes().get(i);
      if (!keys.add(axis.getKey())) {
        p.error("axes[" + i + "].key", "\"" + axis.getKey() + "\" names two axes of this condition; give each road "
            + "one axis, and unnamed roads keys of their own");
      }
      int index = i;
      axis.getValidity().ifPresent(v -> {
        DateInterval whole = x.getValidity();
        boolean startsBefore = whole.getStart().isPresent()
            && (v.getStart().isEmpty() || v.getStart().get().isBefore(whole.getStart().get()));
        boolean endsAfter = whole.getEnd().isPresent()
            && (v.getEnd().isEmpty() || v.getEnd().get().isAfter(whole.getEnd().get()));
        if (startsBefore || endsAfter) {
          p.error("axes[" + index + "].validity", "must lie within the condition's validity (" + interval(whole)
              + "), but is " + interval(v));
        }
      });
    }
  }

  private static String interval(DateInterval v) {
    return v.getStart().map(Object::toString).orElse("open start") + " to "
        + v.getEnd().map(Object::toString).orElse("open end");
  }

  private static void source(Source x, Problems p) {
    if (x.getKind() == SourceKind.UNNAMED) {
      if (x.getHomepage().isPresent()) {
        p.error("homepage", "an unnamed source is not an outlet and has no homepage; make a named source for "
            + x.getHomepage().get());
      }
      if (x.getReliability() != Reliability.F) {
        p.warning("reliability", "the reliability of unnamed reports cannot be judged: it should be F, not "
            + x.getReliability());
      }
    }
  }

  private static void denial(Denial x, Problems p) {
    if (x.getDeniedIncident().isEmpty() && x.getDeniedClaim().isEmpty()) {
      p.error("deniedIncident", "a denial must name the incident or the claim it denies");
    }
    if (x.getDeniedClaim().filter(x.getId()::equals).isPresent()) {
      p.error("deniedClaim", "must not be the denial itself (\"" + x.getId() + "\")");
    }
  }

  private static void responsibility(ResponsibilityClaim x, Problems p) {
    if (!x.getClaimant().equals(x.getClaimedPerpetrator())) {
      p.warning("claimedPerpetrator", "is \"" + x.getClaimedPerpetrator() + "\", not the claimant \""
          + x.getClaimant() + "\": that is an attribution, not a claim of responsibility; record it as an assertion"
          + " about the incident's perpetrator");
    }
  }

  private static void document(Document x, Problems p) {
    if (x.getPublishedAt().isPresent() && x.getRetrievedAt().isPresent()
        && x.getRetrievedAt().get().isBefore(x.getPublishedAt().get())) {
      p.error("retrievedAt", "must not be before publishedAt (" + x.getPublishedAt().get() + "), but is "
          + x.getRetrievedAt().get());
    }
  }

  private static void attribution(Attribution x, Problems p) {
    if (x.getActor().isEmpty() && x.getSource().isEmpty() && x.getDescription().isEmpty()) {
      p.error("description", "an attribution needs an actor, a source or a description of the speaker");
    }
  }

  private static void quote(Quote x, Problems p) {
    if (x.getTranslation().isPresent() != x.getTranslationLanguage().isPresent()) {
      p.error("translationLanguage", x.getTranslation().isPresent()
          ? "is required when there is a translation"
          : "is set but there is no translation");
    }
  }

  private static void assertion(SourcedAssertion x, Problems p) {
    boolean valued = x.getPolarity() == Polarity.AFFIRMS || x.getPolarity() == Polarity.DENIES;
    if (valued && x.getValue().isEmpty()) {
      p.error("value", "is required when the polarity is " + x.getPolarity());
    }
    if (!valued && x.getValue().isPresent()) {
      p.error("value", "must be absent when the polarity is " + x.getPolarity());
    }
    if (x.getReportedIn().isEmpty() && x.getAttributionKind() != AttributionKind.ANALYST_INFERENCE) {
      p.error("reportedIn", "is required unless the attribution kind is ANALYST_INFERENCE");
    }
    if (x.getRank() == Rank.DEPRECATED && x.getRankReason().isEmpty()) {
      p.error("rankReason", "is required for a DEPRECATED assertion: say why it is wrong");
    }
    if (x.getSupersedes().filter(x.getId()::equals).isPresent()) {
      p.error("supersedes", "must not be the assertion itself (\"" + x.getId() + "\")");
    }
  }
}
