package org.sahelevents.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.sahelevents.core.internal.ControlQuery;
import org.sahelevents.core.internal.TimeScope;
import org.sahelevents.core.resolution.AsOf;
import org.sahelevents.core.resolution.Control;
import org.sahelevents.core.resolution.Resolution;
import org.sahelevents.core.resolution.ResolutionPolicy;
import org.sahelevents.core.validation.CheckInvariants;

/**
 * An in-memory collection of actors, relations, sources, documents, incidents, conditions, claims and assertions,
 * with lookup by id and by name, and resolution of contested fields.
 *
 * <p>Validation checks referential integrity: ids are unique per kind, and every id that is referred to exists
 * (participants, parents, links, imposers, claimants, documents, assertion subjects, supersedes); parent and
 * supersedes chains have no cycles; at most one assertion per subject, field and valid time is preferred; a
 * violence-against-civilians incident targets civilians; only non-state or foreign actors overtake territory and
 * only state forces or their affiliates regain it; an actor denies its own claim only with a later statement.
 * Relations dated outside an actor's lifetime, and incidents dated more than a day after a report about them was
 * published, are warned about.
 *
 * <p>Instances are immutable and thread-safe; lookup indexes are built on first use.
 */
@Value.Immutable
@CheckInvariants
@JsonSerialize(as = ImmutableCatalog.class)
@JsonDeserialize(as = ImmutableCatalog.class)
public abstract class Catalog implements Serializable {
  private static final long serialVersionUID = 1L;

  Catalog() {}

  public abstract List<@Valid Actor> getActors();

  public abstract List<@Valid ActorRelation> getRelations();

  public abstract List<@Valid Source> getSources();

  public abstract List<@Valid Document> getDocuments();

  public abstract List<@Valid Incident> getIncidents();

  public abstract List<@Valid Condition> getConditions();

  public abstract List<@Valid Claim> getClaims();

  public abstract List<@Valid SourcedAssertion> getAssertions();

  public Optional<Actor> actor(ActorId id) {
    return Optional.ofNullable(actorIndex().get(id));
  }

  public Optional<Source> source(SourceId id) {
    return Optional.ofNullable(sourceIndex().get(id));
  }

  public Optional<Document> document(DocumentId id) {
    return Optional.ofNullable(documentIndex().get(id));
  }

  public Optional<Incident> incident(IncidentId id) {
    return Optional.ofNullable(incidentIndex().get(id));
  }

  public Optional<Condition> condition(ConditionId id) {
    return getConditions().stream().filter(c -> c.getId().equals(id)).findFirst();
  }

  public Optional<Claim> claim(ClaimId id) {
    return getClaims().stream().filter(c -> c.getId().equals(id)).findFirst();
  }

  public Optional<SourcedAssertion> assertion(AssertionId id) {
    return Optional.ofNullable(assertionIndex().get(id));
  }

  /**
   * The actors with a name or alias matching the text, ignoring case, accents and Unicode normal form: "GSIM",
   * "jnim" and "جماعة نصرة الإسلام والمسلمين" all find JNIM.
   */
  public List<Actor> actorsNamed(String name) {
    return getActors().stream().filter(a -> a.isNamed(name)).toList();
  }

  /** The incidents that name this one as their parent: the per-site incidents of a campaign. */
  public List<Incident> childrenOf(IncidentId parent) {
    return getIncidents().stream().filter(i -> i.getParent().filter(parent::equals).isPresent()).toList();
  }

  /** The assertions about one field of one subject, in catalog order, deprecated ones included. */
  public List<SourcedAssertion> assertionsAbout(SubjectRef subject, String field) {
    return getAssertions().stream()
        .filter(a -> a.getSubject().equals(subject) && a.getField().equals(field))
        .toList();
  }

  /** The source of the document an assertion was reported in, when both are in the catalog. */
  public Optional<Source> reportingSource(SourcedAssertion assertion) {
    return assertion.getReportedIn().flatMap(this::document).flatMap(d -> source(d.getSource()));
  }

  /**
   * Resolves one field of one subject with a policy, for the latest state: the value it picks and why. Assertions
   * with different valid times form a series (a toll revised upward is not a contradiction), so only those with
   * the latest valid time compete, together with those that give no valid time; the explanation says so when an
   * earlier state was set aside.
   */
  public Resolution resolve(SubjectRef subject, String field, ResolutionPolicy policy) {
    return TimeScope.resolve(assertionsAbout(subject, field), policy, this, Optional.empty());
  }

  /**
   * Resolves one field of one subject with a policy, for a date on one of the two clocks: what was true on the day
   * ({@link AsOf#validOn}: the state that began last on or before it), or what had been reported by the end of the
   * day ({@link AsOf#recordedBy}: nothing recorded later counts, and the latest state among the rest wins). The
   * explanation names the question, and says of every assertion set aside by time why.
   */
  public Resolution resolve(SubjectRef subject, String field, ResolutionPolicy policy, AsOf asOf) {
    return TimeScope.resolve(assertionsAbout(subject, field), policy, this, Optional.of(asOf));
  }

  /**
   * Who controlled a place on a day, with the conditions, claims and assertions the answer rests on. A
   * territorial-control condition in force that day decides (two naming different actors make control contested);
   * without one, the latest territorial claims made by that day decide, and a denial of them makes control contested;
   * with neither, the answer is {@link org.sahelevents.core.resolution.ControlStatus#UNKNOWN}. The place matches by
   * name (ignoring case, accents and Unicode normal form) and, when both give one, by country.
   */
  public Control controllerOf(Location place, LocalDate date) {
    return ControlQuery.on(this, place, date);
  }

  /**
   * Who controlled a place over a period, as consecutive periods with an unchanged answer, each as
   * {@link #controllerOf(Location, LocalDate)} gives it for its days.
   *
   * @throws IllegalArgumentException if the period lacks a start or an end
   */
  public List<Control> controllerOf(Location place, DateInterval period) {
    return ControlQuery.during(this, place, period);
  }

  @Value.Lazy
  Map<ActorId, Actor> actorIndex() {
    return index(getActors(), Actor::getId);
  }

  @Value.Lazy
  Map<SourceId, Source> sourceIndex() {
    return index(getSources(), Source::getId);
  }

  @Value.Lazy
  Map<DocumentId, Document> documentIndex() {
    return index(getDocuments(), Document::getId);
  }

  @Value.Lazy
  Map<IncidentId, Incident> incidentIndex() {
    return index(getIncidents(), Incident::getId);
  }

  @Value.Lazy
  Map<AssertionId, SourcedAssertion> assertionIndex() {
    return index(getAssertions(), SourcedAssertion::getId);
  }

  // With duplicate ids (which validation reports) the first one wins, as in a lookup by scanning.
  private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
    return values.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity(), (first, second) -> first));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Catalog}. Not thread-safe. */
  public static class Builder extends ImmutableCatalog.Builder {}
}
