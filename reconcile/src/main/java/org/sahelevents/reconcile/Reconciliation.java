package org.sahelevents.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.Incident;
import org.sahelevents.core.model.IncidentId;
import org.sahelevents.core.model.IncidentLink;
import org.sahelevents.core.model.SourcedAssertion;
import org.sahelevents.core.model.SubjectKind;
import org.sahelevents.core.model.SubjectRef;

/**
 * The result of reconciling two catalogs: the matches, the events of each side left unmatched, and the merged
 * catalog.
 *
 * <p>In the merged catalog a pair matched one to one becomes one incident: the left incident (its id, time, place,
 * types and participants), with the right incident's external ids added and its id under the scheme
 * {@code "reconciled"}; the right incident's assertions (its death figures among them) are moved onto it, so
 * {@code catalog.resolve(subject, "fatalities", policy)} weighs both data sets' figures. A right event matched to
 * several left ones ({@link Cardinality#ONE_TO_MANY}) stays an incident of its own and becomes the parent of each
 * (a campaign made of per-site, per-day events), unless a left event already has a parent. Unmatched events stay
 * as they are; actors, sources and documents of both catalogs are kept (the left one's when ids coincide), and
 * relations, conditions and claims of both are listed.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Reconciliation {
  /** The external-id scheme under which a merged incident keeps the id of the right incident merged into it. */
  public static final String RECONCILED_SCHEME = "reconciled";

  private final List<Match> matches;
  private final List<Incident> unmatchedLeft;
  private final List<Incident> unmatchedRight;
  private final Catalog catalog;

  private Reconciliation(List<Match> matches, List<Incident> unmatchedLeft, List<Incident> unmatchedRight,
      Catalog catalog) {
    this.matches = List.copyOf(matches);
    this.unmatchedLeft = List.copyOf(unmatchedLeft);
    this.unmatchedRight = List.copyOf(unmatchedRight);
    this.catalog = catalog;
  }

  /** The matches, in the order they were decided (roughly by date, best score first within a group). */
  public List<Match> matches() {
    return matches;
  }

  /** The left data set's events that match nothing. */
  public List<Incident> unmatchedLeft() {
    return unmatchedLeft;
  }

  /** The right data set's events that match nothing. */
  public List<Incident> unmatchedRight() {
    return unmatchedRight;
  }

  /** Both data sets in one catalog, each matched pair as one incident (see the class comment). */
  public Catalog catalog() {
    return catalog;
  }

  /** A summary in words: "12 matches, 3 left events and 5 right events unmatched". */
  public String summary() {
    return matches.size() + (matches.size() == 1 ? " match, " : " matches, ") + unmatchedLeft.size()
        + " left event(s) and " + unmatchedRight.size() + " right event(s) unmatched";
  }

  @Override
  public String toString() {
    return summary();
  }

  static Reconciliation of(Catalog left, Catalog right, List<Match> matches, List<Incident> unmatchedLeft,
      List<Incident> unmatchedRight) {
    Map<IncidentId, List<Match>> byRight = new LinkedHashMap<>();
    for (Match m : matches) {
      byRight.computeIfAbsent(m.right().getId(), k -> new ArrayList<>()).add(m);
    }
    Map<IncidentId, IncidentId> mergedInto = new HashMap<>();   // right id -> left id, for one-to-one pairs
    Map<IncidentId, IncidentId> parentOf = new HashMap<>();     // left id -> right id, for one-to-many groups
    for (List<Match> group : byRight.values()) {
      if (group.size() == 1) {
        mergedInto.put(group.get(0).right().getId(), group.get(0).left().getId());
      } else {
        group.forEach(m -> parentOf.put(m.left().getId(), m.right().getId()));
      }
    }
    Map<IncidentId, Incident> rightById = new HashMap<>();
    right.getIncidents().forEach(i -> rightById.put(i.getId(), i));
    Map<IncidentId, IncidentId> leftToRight = new HashMap<>();
    mergedInto.forEach((r, l) -> leftToRight.put(l, r));

    Catalog.Builder merged = Catalog.builder();
    merged.addAllActors(unique(left.getActors(), right.getActors(), a -> a.getId()));
    merged.addAllSources(unique(left.getSources(), right.getSources(), s -> s.getId()));
    merged.addAllDocuments(unique(left.getDocuments(), right.getDocuments(), d -> d.getId()));
    merged.addAllRelations(left.getRelations()).addAllRelations(right.getRelations());
    merged.addAllConditions(left.getConditions()).addAllConditions(right.getConditions());
    merged.addAllClaims(left.getClaims()).addAllClaims(right.getClaims());

    for (Incident i : left.getIncidents()) {
      IncidentId r = leftToRight.get(i.getId());
      IncidentId parent = parentOf.get(i.getId());
      if (r != null) {
        Incident other = rightById.get(r);
        Incident.Builder b = Incident.builder().from(i);
        Map<String, String> ids = new LinkedHashMap<>(other.getExternalIds());
        ids.putAll(i.getExternalIds());
        ids.put(RECONCILED_SCHEME, r.getValue());
        merged.addIncidents(b.externalIds(ids).build());
      } else if (parent != null && i.getParent().isEmpty()) {
        merged.addIncidents(Incident.builder().from(i).parent(parent).build());
      } else {
        merged.addIncidents(i);
      }
    }
    for (Incident i : right.getIncidents()) {
      if (!mergedInto.containsKey(i.getId())) {
        merged.addIncidents(redirect(i, mergedInto));
      }
    }
    merged.addAllAssertions(left.getAssertions());
    for (SourcedAssertion a : right.getAssertions()) {
      IncidentId target = a.getSubject().getKind() == SubjectKind.INCIDENT
          ? mergedInto.get(IncidentId.of(a.getSubject().getId()))
          : null;
      merged.addAssertions(target == null ? a
          : SourcedAssertion.builder().from(a).subject(SubjectRef.of(target)).build());
    }
    return new Reconciliation(matches, unmatchedLeft, unmatchedRight, merged.build());
  }

  // A right incident's parent and links that pointed at a merged incident now point at the incident it became.
  private static Incident redirect(Incident i, Map<IncidentId, IncidentId> mergedInto) {
    boolean parentMoved = i.getParent().map(mergedInto::containsKey).orElse(false);
    boolean linkMoved = i.getLinks().stream().anyMatch(l -> mergedInto.containsKey(l.getTarget()));
    if (!parentMoved && !linkMoved) {
      return i;
    }
    Incident.Builder b = Incident.builder().from(i);
    i.getParent().ifPresent(p -> b.parent(mergedInto.getOrDefault(p, p)));
    b.links(i.getLinks().stream()
        .map(l -> mergedInto.containsKey(l.getTarget())
            ? IncidentLink.builder().from(l).target(mergedInto.get(l.getTarget())).build()
            : l)
        .toList());
    return b.build();
  }

  private static <T, K> List<T> unique(List<T> first, List<T> second, Function<T, K> id) {
    Set<K> seen = new LinkedHashSet<>();
    List<T> out = new ArrayList<>();
    for (List<T> list : List.of(first, second)) {
      for (T t : list) {
        if (seen.add(id.apply(t))) {
          out.add(t);
        }
      }
    }
    return out;
  }
}
