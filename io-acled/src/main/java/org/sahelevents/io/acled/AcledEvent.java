package org.sahelevents.io.acled;

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
 * One ACLED event in the core model: the incident, the actors it names, ACLED as the source, the ACLED row as the
 * document, and the assertions ACLED makes about the incident. {@link #catalog()} puts them in a catalog that
 * validates on its own.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class AcledEvent implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Incident incident;
  private final List<Actor> actors;
  private final Source source;
  private final Document document;
  private final List<SourcedAssertion> assertions;

  AcledEvent(Incident incident, List<Actor> actors, Source source, Document document,
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

  /** ACLED itself, a research data set. */
  public Source source() {
    return source;
  }

  /** The ACLED row, published at its {@code timestamp}. */
  public Document document() {
    return document;
  }

  /** ACLED's fatality figure, as an assertion reported in {@link #document()}. */
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
    return other instanceof AcledEvent that && incident.equals(that.incident) && actors.equals(that.actors)
        && source.equals(that.source) && document.equals(that.document) && assertions.equals(that.assertions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(incident, actors, source, document, assertions);
  }

  @Override
  public String toString() {
    return "AcledEvent[" + incident.getId() + ", " + actors.size() + " actors, " + assertions.size()
        + " assertions]";
  }
}
