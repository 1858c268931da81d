package org.sahelevents.core.model;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One event of a data set in the model, as a data set's mapping gives it (an ACLED row, a UCDP GED row): the incident,
 * the actors it names, the data set as the source, the row as the document, and the assertions the data set makes
 * about the incident. {@link #catalog()} puts them in a catalog that validates on its own.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DatasetEvent implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Incident incident;
  private final List<Actor> actors;
  private final Source source;
  private final Document document;
  private final List<SourcedAssertion> assertions;

  public DatasetEvent(Incident incident, List<Actor> actors, Source source, Document document,
      List<SourcedAssertion> assertions) {
    this.incident = Objects.requireNonNull(incident);
    this.actors = List.copyOf(actors);
    this.source = Objects.requireNonNull(source);
    this.document = Objects.requireNonNull(document);
    this.assertions = List.copyOf(assertions);
  }

  public Incident incident() {
    return incident;
  }

  /** The actors the event names, main and associated, each once. */
  public List<Actor> actors() {
    return actors;
  }

  /** The data set, such as ACLED or UCDP's GED. */
  public Source source() {
    return source;
  }

  /** The row the event comes from. */
  public Document document() {
    return document;
  }

  /** What the data set says of the incident (its death figures), as assertions reported in {@link #document()}. */
  public List<SourcedAssertion> assertions() {
    return assertions;
  }

  /**
   * Many events, of one data set or several, in one catalog: each source and actor once (the first of those that share
   * an id), and every incident, document and assertion.
   *
   * @throws org.sahelevents.core.validation.ModelValidationException if two events share an incident or document id
   */
  public static Catalog catalogOf(Iterable<DatasetEvent> events) {
    Catalog.Builder b = Catalog.builder();
    Set<SourceId> sources = new HashSet<>();
    Set<ActorId> actors = new HashSet<>();
    for (DatasetEvent e : events) {
      if (sources.add(e.source.getId())) {
        b.addSources(e.source);
      }
      e.actors.stream().filter(a -> actors.add(a.getId())).forEach(b::addActors);
      b.addIncidents(e.incident).addDocuments(e.document).addAllAssertions(e.assertions);
    }
    return b.build();
  }

  /** Everything above as one catalog. */
  public Catalog catalog() {
    return Catalog.builder().addIncidents(incident).addAllActors(actors).addSources(source).addDocuments(document)
        .addAllAssertions(assertions).build();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DatasetEvent that && incident.equals(that.incident) && actors.equals(that.actors)
        && source.equals(that.source) && document.equals(that.document) && assertions.equals(that.assertions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(incident, actors, source, document, assertions);
  }

  @Override
  public String toString() {
    return "DatasetEvent[" + incident.getId() + ", " + actors.size() + " actors, " + assertions.size()
        + " assertions]";
  }
}
