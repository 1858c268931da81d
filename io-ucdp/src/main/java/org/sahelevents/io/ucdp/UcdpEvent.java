package org.sahelevents.io.ucdp;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.sahelevents.core.model.Actor;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.Document;
import org.sahelevents.core.model.Incident;
import org.sahelevents.core.model.Source;
import org.sahelevents.core.model.SourcedAssertion;

/**
 * One GED event in the core model: the incident, its two sides as actors, UCDP as the source, the GED row as the
 * document, and the assertions UCDP makes about the incident. {@link #catalog()} puts them in a catalog that
 * validates on its own.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class UcdpEvent implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Incident incident;
  private final List<Actor> actors;
  private final Source source;
  private final Document document;
  private final List<SourcedAssertion> assertions;

  UcdpEvent(Incident incident, List<Actor> actors, Source source, Document document,
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

  /** Side A and side B. */
  public List<Actor> actors() {
    return actors;
  }

  /** UCDP's GED, a research data set. */
  public Source source() {
    return source;
  }

  /** The GED row. */
  public Document document() {
    return document;
  }

  /** UCDP's low, best and high death estimates, as an assertion reported in {@link #document()}. */
  public List<SourcedAssertion> assertions() {
    return assertions;
  }

  /** Everything above as one catalog. */
  public Catalog catalog() {
    return Catalog.builder().addIncidents(incident).addAllActors(actors).addSources(source).addDocuments(document)
        .addAllAssertions(assertions).build();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UcdpEvent that && incident.equals(that.incident) && actors.equals(that.actors)
        && source.equals(that.source) && document.equals(that.document) && assertions.equals(that.assertions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(incident, actors, source, document, assertions);
  }

  @Override
  public String toString() {
    return "UcdpEvent[" + incident.getId() + ", " + actors.size() + " actors, " + assertions.size()
        + " assertions]";
  }
}
