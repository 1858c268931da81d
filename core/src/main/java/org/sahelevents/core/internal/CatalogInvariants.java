package org.sahelevents.core.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sahelevents.core.model.Actor;
import org.sahelevents.core.model.ActorId;
import org.sahelevents.core.model.ActorKind;
import org.sahelevents.core.model.ActorRelation;
import org.sahelevents.core.model.ActorValue;
import org.sahelevents.core.model.Announcement;
import org.sahelevents.core.model.CasualtyClaim;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.Characterisation;
import org.sahelevents.core.model.Claim;
import org.sahelevents.core.model.Denial;
import org.sahelevents.core.model.Document;
import org.sahelevents.core.model.DocumentId;
import org.sahelevents.core.model.Incident;
import org.sahelevents.core.model.IncidentId;
import org.sahelevents.core.model.ModelId;
import org.sahelevents.core.model.Participant;
import org.sahelevents.core.model.ParticipantRole;
import org.sahelevents.core.model.Rank;
import org.sahelevents.core.model.RelationType;
import org.sahelevents.core.model.ResponsibilityClaim;
import org.sahelevents.core.model.SourcedAssertion;
import org.sahelevents.core.model.SubjectRef;
import org.sahelevents.core.model.TerritorialClaim;
import org.sahelevents.core.taxonomy.ActorType;
import org.sahelevents.core.taxonomy.EventType;
import org.sahelevents.core.taxonomy.SubEventType;

/** The invariants of a whole {@link Catalog}: unique ids, references that resolve, no cycles, rank rules. */
final class CatalogInvariants {
  private final Catalog catalog;
  private final Problems p;
  private final Set<String> actors = new HashSet<>();
  private final Set<String> relations = new HashSet<>();
  private final Set<String> sources = new HashSet<>();
  private final Set<String> documents = new HashSet<>();
  private final Set<String> incidents = new HashSet<>();
  private final Set<String> conditions = new HashSet<>();
  private final Set<String> claims = new HashSet<>();
  private final Set<String> assertions = new HashSet<>();

  private CatalogInvariants(Catalog catalog, Problems p) {
    this.catalog = catalog;
    this.p = p;
  }

  static void check(Catalog catalog, Problems p) {
    new CatalogInvariants(catalog, p).run();
  }

  private void run() {
    unique("actors", catalog.getActors(), Actor::getId, actors);
    unique("relations", catalog.getRelations(), ActorRelation::getId, relations);
    unique("sources", catalog.getSources(), s -> s.getId(), sources);
    unique("documents", catalog.getDocuments(), d -> d.getId(), documents);
    unique("incidents", catalog.getIncidents(), Incident::getId, incidents);
    unique("conditions", catalog.getConditions(), c -> c.getId(), conditions);
    unique("claims", catalog.getClaims(), Claim::getId, claims);
    unique("assertions", catalog.getAssertions(), SourcedAssertion::getId, assertions);

    forEach("sources", catalog.getSources(), (path, s) ->
        s.getAffiliatedActor().ifPresent(a -> ref(path + ".affiliatedActor", a, actors, "actor")));
    forEach("documents", catalog.getDocuments(), (path, d) -> ref(path + ".source", d.getSource(), sources, "source"));
    forEach("actors", catalog.getActors(), (path, a) -> forEach(path + ".acledTypes", a.getAcledTypes(),
        (tp, t) -> refs(tp + ".reportedIn", t.getReportedIn(), documents, "document")));
    forEach("relations", catalog.getRelations(), this::relation);
    forEach("incidents", catalog.getIncidents(), this::incident);
    forEach("conditions", catalog.getConditions(), (path, c) -> {
      c.getImposer().ifPresent(a -> ref(path + ".imposer", a, actors, "actor"));
      refs(path + ".reportedIn", c.getReportedIn(), documents, "document");
    });
    forEach("claims", catalog.getClaims(), this::claim);
    forEach("assertions", catalog.getAssertions(), this::assertion);

    noCycles("incidents", catalog.getIncidents(), i -> i.getId().getValue(),
        i -> i.getParent().map(ModelId::getValue), "parent");
    noCycles("assertions", catalog.getAssertions(), a -> a.getId().getValue(),
        a -> a.getSupersedes().map(ModelId::getValue), "supersedes");
    onePreferred();
    axisFields();
  }

  // An assertion about one road of a blockade ("axes[RN6].status") names an axis its condition has.
  private void axisFields() {
    java.util.regex.Pattern axisField = java.util.regex.Pattern.compile("axes\\[([^\\]]*)\\]\\..+");
    List<SourcedAssertion> all = catalog.getAssertions();
    for (int i = 0; i < all.size(); i++) {
      SourcedAssertion a = all.get(i);
      java.util.regex.Matcher m = axisField.matcher(a.getField());
      if (a.getSubject().getKind() != org.sahelevents.core.model.SubjectKind.CONDITION || !m.matches()) {
        continue;
      }
      String key = m.group(1);
      int index = i;
      catalog.condition(org.sahelevents.core.model.ConditionId.of(a.getSubject().getId()))
          .filter(c -> c.axis(key).isEmpty())
          .ifPresent(c -> p.error("assertions[" + index + "].field", "is about the axis \"" + key
              + "\" of condition \"" + c.getId() + "\", which has no such axis (it has "
              + (c.getAxes().isEmpty() ? "none" : c.getAxes().stream().map(x -> x.getKey())
                  .collect(java.util.stream.Collectors.joining(", "))) + ")"));
    }
  }

  private interface ItemCheck<T> {
    void check(String path, T item);
  }

  private static <T> void forEach(String list, List<T> items, ItemCheck<T> check) {
    for (int i = 0; i < items.size(); i++) {
      check.check(list + "[" + i + "]", items.get(i));
    }
  }

  private <T> void unique(String list, List<T> items, Function<T, ModelId> id, Set<String> ids) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String value = id.apply(items.get(i)).getValue();
      Integer earlier = first.putIfAbsent(value, i);
      if (earlier != null) {
        p.error(list + "[" + i + "].id", "duplicate id \"" + value + "\" (also " + list + "[" + earlier + "])");
      }
      ids.add(value);
    }
  }

  private void ref(String path, ModelId id, Set<String> known, String kind) {
    if (!known.contains(id.getValue())) {
      p.error(path, "refers to " + kind + " \"" + id.getValue() + "\", which is not in the catalog");
    }
  }

  private void refs(String path, List<? extends ModelId> ids, Set<String> known, String kind) {
    for (int i = 0; i < ids.size(); i++) {
      ref(path + "[" + i + "]", ids.get(i), known, kind);
    }
  }

  private void relation(String path, ActorRelation r) {
    ref(path + ".subject", r.getSubject(), actors, "actor");
    ref(path + ".object", r.getObject(), actors, "actor");
    refs(path + ".reportedIn", r.getReportedIn(), documents, "document");
    r.getValidity().flatMap(v -> v.getStart()).ifPresent(start -> {
      lifetime(path, r.getSubject(), start);
      lifetime(path, r.getObject(), start);
    });
  }

  private void lifetime(String path, ActorId actorId, LocalDate start) {
    catalog.actor(actorId).ifPresent(actor -> {
      if (actor.getFounded().filter(start::isBefore).isPresent()) {
        p.warning(path + ".validity.start", "starts " + start + ", before \"" + actorId + "\" was founded ("
            + actor.getFounded().get() + ")");
      }
      if (actor.getDissolved().filter(start::isAfter).isPresent()) {
        p.warning(path + ".validity.start", "starts " + start + ", after \"" + actorId + "\" was dissolved ("
            + actor.getDissolved().get() + ")");
      }
    });
  }

  private void incident(String path, Incident i) {
    forEach(path + ".participants", i.getParticipants(), (pp, part) -> ref(pp + ".actor", part.getActor(), actors,
        "actor"));
    i.getParent().ifPresent(parent -> ref(path + ".parent", parent, incidents, "incident"));
    forEach(path + ".links", i.getLinks(), (lp, link) -> ref(lp + ".target", link.getTarget(), incidents,
        "incident"));
    reportedBeforeItHappened(path, i);
    i.getSubEventType().ifPresent(sub -> territory(path, i, sub));
    if (i.getEventType() == EventType.VIOLENCE_AGAINST_CIVILIANS && i.getParticipants().stream()
        .filter(part -> part.getRole() == ParticipantRole.TARGET)
        .noneMatch(part -> isCivilian(part, i))) {
      p.error(path + ".participants", "violence against civilians needs a TARGET participant who is a civilian "
          + "actor (ACLED's actor 2 of type Civilians)");
    }
  }

  // Invariant 12: an incident that begins after a report about it was published is probably misdated.
  private void reportedBeforeItHappened(String path, Incident i) {
    reportsOf(i.getId()).stream()
        .map(this::publication)
        .flatMap(Optional::stream)
        .min(Comparator.comparing(Document::getPublishedAt, Comparator.comparing(Optional::orElseThrow)))
        .filter(d -> i.getTime().getEarliest()
            .isAfter(LocalDate.ofInstant(d.getPublishedAt().orElseThrow(), ZoneOffset.UTC).plusDays(1)))
        .ifPresent(d -> p.warning(path + ".time", "begins " + i.getTime().getEarliest() + ", more than a day after "
            + "document \"" + d.getId() + "\" that reports it was published (" + d.getPublishedAt().orElseThrow()
            + "): a report cannot come before the event, so one of the dates is probably wrong"));
  }

  private Optional<Document> publication(DocumentId id) {
    return catalog.document(id).filter(d -> d.getPublishedAt().isPresent());
  }

  private List<DocumentId> reportsOf(IncidentId incident) {
    SubjectRef subject = SubjectRef.of(incident);
    List<DocumentId> reports = new ArrayList<>();
    catalog.getAssertions().stream().filter(a -> a.getSubject().equals(subject))
        .forEach(a -> a.getReportedIn().ifPresent(reports::add));
    catalog.getClaims().stream().filter(c -> isAbout(c, incident)).forEach(c -> reports.addAll(c.getReportedIn()));
    return reports;
  }

  private static boolean isAbout(Claim c, IncidentId incident) {
    if (c instanceof ResponsibilityClaim r) {
      return r.getIncident().equals(incident);
    }
    if (c instanceof CasualtyClaim cc) {
      return cc.getIncident().equals(incident);
    }
    return c instanceof Denial d && d.getDeniedIncident().filter(incident::equals).isPresent();
  }

  // Invariant 21: who may take territory, and who may regain it. ACLED does not always put the taker first (older
  // exports code the group that lost a town as actor 1), so the rule asks for a fitting actor among all participants.
  private void territory(String path, Incident i, SubEventType sub) {
    boolean overtakes = sub == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY;
    if (!overtakes && sub != SubEventType.GOVERNMENT_REGAINS_TERRITORY) {
      return;
    }
    List<Actor> involved = new ArrayList<>();
    for (Participant part : i.getParticipants()) {
      Optional<Actor> actor = catalog.actor(part.getActor());
      if (actor.isEmpty()) {
        return;
      }
      involved.add(actor.get());
    }
    LocalDate date = i.getTime().getEarliest();
    String names = involved.stream().map(a -> "\"" + a.getId() + "\"").distinct().collect(Collectors.joining(", "));
    if (overtakes && involved.stream().allMatch(a -> isState(a, date) && !isForeign(a, i))) {
      p.error(path + ".participants", "\"" + sub.label() + "\" needs a non-state or foreign actor to take the "
          + "territory, but every participant (" + names + ") is a state actor of the country; state forces taking "
          + "territory back is \"" + SubEventType.GOVERNMENT_REGAINS_TERRITORY.label() + "\"");
    }
    if (!overtakes && involved.stream().noneMatch(a -> isState(a, date) || isExternalForce(a, date)
        || isAffiliatedWithState(a.getId(), date))) {
      p.error(path + ".participants", "\"" + sub.label() + "\" needs state forces, foreign forces or their "
          + "affiliates to take the territory back, but no participant (" + names + ") is one on " + date);
    }
  }

  private static boolean isState(Actor actor, LocalDate date) {
    return STATE_KINDS.contains(actor.getKind())
        || actor.acledTypeOn(date).filter(t -> t == ActorType.STATE_FORCES).isPresent();
  }

  private static boolean isForeign(Actor actor, Incident i) {
    return isExternalForce(actor, i.getTime().getEarliest())
        || actor.getCountryIso3().isPresent() && i.getLocation().getCountryIso3().isPresent()
            && !actor.getCountryIso3().equals(i.getLocation().getCountryIso3());
  }

  private static boolean isExternalForce(Actor actor, LocalDate date) {
    return actor.getKind() == ActorKind.EXTERNAL_STATE_FORCE
        || actor.acledTypeOn(date).filter(t -> t == ActorType.EXTERNAL_OTHER_FORCES).isPresent();
  }

  private boolean isAffiliatedWithState(ActorId actor, LocalDate date) {
    return catalog.getRelations().stream()
        .filter(r -> r.getSubject().equals(actor) && AFFILIATIONS.contains(r.getType()))
        .filter(r -> r.getValidity().map(v -> v.contains(date)).orElse(true))
        .anyMatch(r -> catalog.actor(r.getObject()).filter(o -> isState(o, date)).isPresent());
  }

  private static final Set<ActorKind> STATE_KINDS =
      EnumSet.of(ActorKind.STATE_FORCE, ActorKind.STATE_GOVERNMENT, ActorKind.STATE_AGENCY);

  private static final Set<RelationType> AFFILIATIONS = EnumSet.of(RelationType.MEMBER_OF, RelationType.SUBGROUP_OF,
      RelationType.AFFILIATE_OF, RelationType.ALLIED_WITH, RelationType.SUPPORTS, RelationType.CONTRACTED_BY);

  private boolean isCivilian(Participant part, Incident incident) {
    return catalog.actor(part.getActor())
        .map(a -> a.getKind() == ActorKind.CIVILIANS
            || a.acledTypeOn(incident.getTime().getEarliest()).filter(t -> t == ActorType.CIVILIANS).isPresent())
        .orElse(false);
  }

  private void claim(String path, Claim c) {
    ref(path + ".claimant", c.getClaimant(), actors, "actor");
    refs(path + ".reportedIn", c.getReportedIn(), documents, "document");
    if (c instanceof ResponsibilityClaim r) {
      ref(path + ".incident", r.getIncident(), incidents, "incident");
      ref(path + ".claimedPerpetrator", r.getClaimedPerpetrator(), actors, "actor");
    } else if (c instanceof Denial d) {
      d.getDeniedIncident().ifPresent(x -> ref(path + ".deniedIncident", x, incidents, "incident"));
      d.getDeniedClaim().ifPresent(x -> ref(path + ".deniedClaim", x, claims, "claim"));
      d.getDeniedClaim().flatMap(catalog::claim).ifPresent(denied -> denial(path, d, denied));
    } else if (c instanceof CasualtyClaim cc) {
      ref(path + ".incident", cc.getIncident(), incidents, "incident");
    } else if (c instanceof TerritorialClaim t) {
      ref(path + ".controller", t.getController(), actors, "actor");
    } else if (c instanceof Announcement a) {
      a.getCondition().ifPresent(x -> ref(path + ".condition", x, conditions, "condition"));
    } else if (c instanceof Characterisation ch) {
      subject(path + ".target", ch.getTarget());
    }
  }

  // Invariant 23: a party may retract its own claim with a later statement, but not deny it in the same breath.
  private void denial(String path, Denial d, Claim denied) {
    if (denied.getClaimant().equals(d.getClaimant())
        && !d.getMadeAt().getEarliest().isAfter(denied.getMadeAt().getLatest())) {
      p.error(path + ".claimant", "\"" + d.getClaimant() + "\" made the claim it denies (\"" + denied.getId()
          + "\", " + denied.getMadeAt().describe() + ") and cannot deny it at the same time; an actor retracts its "
          + "own claim only with a later statement");
    }
  }

  private void assertion(String path, SourcedAssertion a) {
    subject(path + ".subject", a.getSubject());
    a.getReportedIn().ifPresent(d -> ref(path + ".reportedIn", d, documents, "document"));
    a.getAttributedTo().ifPresent(at -> {
      at.getActor().ifPresent(x -> ref(path + ".attributedTo.actor", x, actors, "actor"));
      at.getSource().ifPresent(x -> ref(path + ".attributedTo.source", x, sources, "source"));
    });
    a.getSupersedes().ifPresent(x -> ref(path + ".supersedes", x, assertions, "assertion"));
    a.getValue().filter(ActorValue.class::isInstance).map(ActorValue.class::cast)
        .ifPresent(v -> ref(path + ".value.actor", v.getActor(), actors, "actor"));
  }

  private void subject(String path, SubjectRef ref) {
    Set<String> known = switch (ref.getKind()) {
      case ACTOR -> actors;
      case RELATION -> relations;
      case INCIDENT -> incidents;
      case CONDITION -> conditions;
      case CLAIM -> claims;
    };
    if (!known.contains(ref.getId())) {
      p.error(path, "refers to " + ref.getKind().name().toLowerCase(Locale.ROOT) + " \"" + ref.getId()
          + "\", which is not in the catalog");
    }
  }

  private <T> void noCycles(String list, List<T> items, Function<T, String> id, Function<T, Optional<String>> next,
      String field) {
    Map<String, String> edges = new HashMap<>();
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      T item = items.get(i);
      position.putIfAbsent(id.apply(item), i);
      next.apply(item).ifPresent(target -> edges.putIfAbsent(id.apply(item), target));
    }
    Set<String> reported = new HashSet<>();
    for (String start : edges.keySet()) {
      Set<String> path = new LinkedHashSet<>();
      String current = start;
      while (current != null && path.add(current)) {
        current = edges.get(current);
      }
      // A chain that returns to its start is a cycle; report it once, from its first member in list order.
      if (Objects.equals(current, start)) {
        String first = path.stream().min(Comparator.comparing(position::get)).orElseThrow();
        if (reported.add(first)) {
          List<String> cycle = new ArrayList<>(List.of(first));
          for (String node = edges.get(first); !node.equals(first); node = edges.get(node)) {
            cycle.add(node);
          }
          cycle.add(first);
          p.error(list + "[" + position.get(first) + "]." + field, "forms a cycle: " + String.join(" -> ", cycle));
        }
      }
    }
  }

  private void onePreferred() {
    Map<List<Object>, Integer> preferred = new HashMap<>();
    List<SourcedAssertion> all = catalog.getAssertions();
    for (int i = 0; i < all.size(); i++) {
      SourcedAssertion a = all.get(i);
      if (a.getRank() != Rank.PREFERRED) {
        continue;
      }
      List<Object> key = Arrays.asList(a.getSubject(), a.getField(), a.getValidTime().orElse(null));
      Integer earlier = preferred.putIfAbsent(key, i);
      if (earlier != null) {
        p.error("assertions[" + i + "].rank", "only one assertion per subject, field and valid time may be "
            + "PREFERRED; assertions[" + earlier + "] already is");
      }
    }
  }
}
