package org.sahelevents.reconcile.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sahelevents.core.model.AssertionId;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.DatasetEvent;
import org.sahelevents.core.model.Incident;
import org.sahelevents.core.model.IncidentId;
import org.sahelevents.core.model.SourcedAssertion;
import org.sahelevents.core.model.SubjectRef;
import org.sahelevents.core.taxonomy.EventType;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledModelMapping;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.reconcile.Match;
import org.sahelevents.reconcile.Reconciler;
import org.sahelevents.reconcile.Reconciliation;

/**
 * Real data: two public copies of ACLED's Mali events for 2017-2020 (a monadic export and HDX's copy), read with the
 * ACLED reader and reconciled against each other. Both code the same events, so each violent event found in both
 * should be matched to its twin; this exercises the rules on real names (the copies name the same force "Police
 * Forces of Mali (2013-2020) Gendarmerie" and "Police Forces of Mali (2013-) Gendarmerie", "Dozo Communal Militia
 * (Mali)" and "Dozo Militia"), places, precisions and same-day clusters. (The shared
 * UCDP files hold Sudan, Nigeria and a world excerpt with no Sahel rows, and reading GED is io-ucdp's job, so no
 * ACLED-UCDP pair of real files exists here yet.) Skipped, with a message, when the exports are absent: ACLED's terms
 * forbid copying them into the project.
 */
class RealAcledExportsTest {
  private static final LocalDate FROM = LocalDate.of(2017, 1, 1);
  private static final LocalDate TO = LocalDate.of(2020, 12, 31);

  @Test
  void everyEventInBothMaliExportsIsMatchedToItsTwin() throws IOException {
    Catalog monadic = catalog(shared("ValenGe_UZH_Seminar_UN_PKO__MINUSMA_2017-01-01-2020-12-31-Mali_monadic.csv"),
        "");
    Catalog hdx = catalog(shared("alegalli_conflictSahel__hdx_conflict_data_mli.csv"), "hdx-");

    Reconciliation r = Reconciler.standard().reconcile(monadic, hdx);

    Set<String> inMonadic = new HashSet<>();
    monadic.getIncidents().forEach(i -> inMonadic.add(i.getId().getValue()));
    // Protests and strategic developments are no organised violence: UCDP has no such events, so they never match.
    long twins = hdx.getIncidents().stream().filter(i -> inMonadic.contains(i.getId().getValue().substring(4)))
        .filter(i -> i.getEventType() != EventType.PROTESTS && i.getEventType() != EventType.STRATEGIC_DEVELOPMENTS)
        .count();
    long twinsMatched = r.matches().stream()
        .filter(m -> m.right().getId().getValue().equals("hdx-" + m.left().getId().getValue())).count();
    System.out.printf("real Mali exports: %d and %d events, %d in both; %s; %d twins matched to each other%n",
        monadic.getIncidents().size(), hdx.getIncidents().size(), twins, r.summary(), twinsMatched);
    assertThat(twins).isGreaterThan(1000);
    // The few twins left apart were recoded between the two copies: another date, place, type or actor.
    assertThat((double) twinsMatched / twins).isGreaterThan(0.99);
    Match first = r.matches().stream()
        .filter(m -> m.right().getId().getValue().equals("hdx-" + m.left().getId().getValue())).findFirst()
        .orElseThrow();
    assertThat(first.explanation()).startsWith("same day; 0.0 km apart");
  }

  private static Path shared(String file) {
    Path dir = Path.of(System.getProperty("sahelevents.shared.dir", "../../shared"), "data", "acled");
    Path path = dir.resolve(file);
    assumeTrue(Files.isRegularFile(path), () -> "skipped: real ACLED export " + path + " is absent");
    return path;
  }

  // The two copies share ACLED's ids; the second one's incidents and assertions get a prefix so that the merged
  // catalog can tell them apart. Documents and actors keep theirs: they are the same rows and names.
  private static Catalog catalog(Path file, String prefix) throws IOException {
    Catalog.Builder b = Catalog.builder();
    Set<Object> actors = new HashSet<>();
    try (AcledRecords records = AcledCsv.reader().build().open(file)) {
      List<DatasetEvent> events = AcledModelMapping.groupByEvent(records.stream()).map(AcledModelMapping::toEvent)
          .filter(e -> !e.incident().getTime().getEarliest().isBefore(FROM)
              && !e.incident().getTime().getEarliest().isAfter(TO))
          .toList();
      b.addSources(events.get(0).source());
      for (DatasetEvent e : events) {
        IncidentId id = IncidentId.of(prefix + e.incident().getId().getValue());
        b.addIncidents(Incident.builder().from(e.incident()).id(id).build());
        b.addDocuments(e.document());
        e.actors().stream().filter(a -> actors.add(a.getId())).forEach(b::addActors);
        for (SourcedAssertion a : e.assertions()) {
          b.addAssertions(SourcedAssertion.builder().from(a).id(AssertionId.of(prefix + a.getId().getValue()))
              .subject(SubjectRef.of(id)).build());
        }
      }
    }
    return b.build();
  }
}
