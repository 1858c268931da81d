package org.sahelevents.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.Incident;
import org.sahelevents.core.model.SpatialPrecision;
import org.sahelevents.core.model.TemporalExtent;
import org.sahelevents.core.taxonomy.EventType;
import org.sahelevents.reconcile.blackbox.Datasets;

/**
 * The sliding window decides the same pairs as the plain greedy rule applied to every pair at once, whatever the
 * events, in both cardinalities.
 */
class GreedyPropertiesTest {
  private static final LocalDate START = LocalDate.of(2025, 9, 1);
  private static final String[] ACTORS = {"JNIM", "IS", "Government of Mali", "Unidentified Armed Group (Mali)"};

  record Spec(int day, int span, int km, int precision, int actor, boolean vac) {}

  @Provide
  Arbitrary<List<Spec>> events() {
    Arbitrary<Spec> spec = Combinators.combine(Arbitraries.integers().between(0, 12),
        Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 60),
        Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, ACTORS.length - 1),
        Arbitraries.of(true, false)).as(Spec::new);
    return spec.list().ofMaxSize(12);
  }

  @Property(tries = 300)
  void theWindowDecidesAsTheGreedyRuleOnAllPairs(@ForAll("events") List<Spec> left,
      @ForAll("events") List<Spec> right, @ForAll boolean oneToMany) {
    Datasets acled = Datasets.acled();
    Datasets ucdp = Datasets.ucdp();
    for (int i = 0; i < left.size(); i++) {
      add(acled, "L" + i, left.get(i));
    }
    for (int i = 0; i < right.size(); i++) {
      add(ucdp, "R" + i, right.get(i));
    }
    Catalog l = acled.catalog();
    Catalog r = ucdp.catalog();
    Cardinality cardinality = oneToMany ? Cardinality.ONE_TO_MANY : Cardinality.ONE_TO_ONE;
    Reconciler reconciler = Reconciler.builder().cardinality(cardinality).build();

    Reconciliation result = reconciler.reconcile(l, r);

    List<Match> all = new ArrayList<>();
    for (Incident a : l.getIncidents()) {
      for (Incident b : r.getIncidents()) {
        reconciler.compare(a, l::actor, b, r::actor).ifPresent(all::add);
      }
    }
    all.sort(Comparator.comparingDouble((Match m) -> -m.score()).thenComparing(m -> m.left().getId().getValue())
        .thenComparing(m -> m.right().getId().getValue()));
    Set<String> usedLeft = new HashSet<>();
    Set<String> usedRight = new HashSet<>();
    Set<String> expected = new HashSet<>();
    for (Match m : all) {
      String a = m.left().getId().getValue();
      String b = m.right().getId().getValue();
      if (!usedLeft.contains(a) && (oneToMany || !usedRight.contains(b))) {
        usedLeft.add(a);
        usedRight.add(b);
        expected.add(a + "~" + b);
      }
    }
    assertThat(result.matches()).extracting(m -> m.left().getId().getValue() + "~" + m.right().getId().getValue())
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(result.matches().size() + result.unmatchedLeft().size()).isEqualTo(left.size());
    assertThat(result.unmatchedRight()).noneMatch(i -> usedRight.contains(i.getId().getValue()));
    assertThat(result.unmatchedRight().size() + usedRight.size()).isEqualTo(right.size());
  }

  private static void add(Datasets dataset, String id, Spec s) {
    LocalDate day = START.plusDays(s.day());
    Datasets.Event e = dataset.event(id)
        .time(s.span() == 0 ? TemporalExtent.day(day) : TemporalExtent.days(day, day.plusDays(s.span())))
        .at(Datasets.eastOfDiema(s.km()), SpatialPrecision.values()[s.precision() * 2])
        .sideA(ACTORS[s.actor()]);
    if (s.vac()) {
      e.type(EventType.VIOLENCE_AGAINST_CIVILIANS).sideB("Civilians");
    }
    e.add();
  }
}
