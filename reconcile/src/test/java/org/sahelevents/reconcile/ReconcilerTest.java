package org.sahelevents.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sahelevents.reconcile.blackbox.Datasets.eastOfDiema;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.Incident;
import org.sahelevents.core.model.SpatialPrecision;
import org.sahelevents.core.model.TemporalExtent;
import org.sahelevents.core.taxonomy.EventType;
import org.sahelevents.reconcile.blackbox.Datasets;

/** Each matching rule and its edge, on hand-built pairs. */
class ReconcilerTest {
  private static final LocalDate DAY = LocalDate.of(2025, 9, 7);

  private static Optional<Match> compare(Reconciler r, Datasets acled, Incident a, Datasets ucdp, Incident u) {
    Catalog left = acled.catalog();
    Catalog right = ucdp.catalog();
    return r.compare(a, left::actor, u, right::actor);
  }

  private static String explain(Reconciler r, Datasets acled, Incident a, Datasets ucdp, Incident u) {
    Catalog left = acled.catalog();
    Catalog right = ucdp.catalog();
    return r.explain(a, left::actor, u, right::actor);
  }

  @Test
  void samePlaceSameDaySameActorIsAMatchExplainedInWords() {
    Datasets acled = Datasets.acled();
    Datasets ucdp = Datasets.ucdp();
    Incident a = acled.event("MLI1").sideA("JNIM: Group for Support of Islam and Muslims")
        .sideB("Military Forces of Mali (2021-)").add();
    Incident u = ucdp.event("1001").violence(ViolenceType.STATE_BASED).at(eastOfDiema(4.2), SpatialPrecision.EXACT)
        .sideA("Government of Mali").sideB("JNIM").add();

    Match m = compare(Reconciler.standard(), acled, a, ucdp, u).orElseThrow();

    assertThat(m.explanation()).isEqualTo("same day; 4.2 km apart, both exact; JNIM: Group for Support of Islam and"
        + " Muslims = JNIM; Battles ~ state-based");
    assertThat(m.score()).isBetween(0.85, 1.0);
  }

  @Test
  void aDayApartWithDayPrecisionMatchesWithinTheDefaultToleranceButNotTwo() {
    Datasets acled = Datasets.acled();
    Datasets ucdp = Datasets.ucdp();
    Incident a = acled.event("MLI1").on(DAY).sideA("JNIM").add();
    Incident oneDay = ucdp.event("1").on(DAY.plusDays(1)).sideA("JNIM").add();
    Incident twoDays = ucdp.event("2").on(DAY.plusDays(2)).sideA("JNIM").add();

    Match m = compare(Reconciler.standard(), acled, a, ucdp, oneDay).orElseThrow();
    assertThat(m.reasons().get(0)).isEqualTo("1 day apart (2025-09-07 and 2025-09-08)");
    assertThat(compare(Reconciler.standard(), acled, a, ucdp, twoDays)).isEmpty();
    assertThat(explain(Reconciler.standard(), acled, a, ucdp, twoDays))
        .startsWith("2 days apart (2025-09-07 and 2025-09-09), more than the tolerance of 1 day");
    assertThat(compare(Reconciler.builder().dateToleranceDays(0).build(), acled, a, ucdp, oneDay)).isEmpty();
  }

  @Test
  void anIntervalOverlappingADayMatchesWithALowerDateScoreThanTheSameDay() {
    Datasets acled = Datasets.acled();
    Datasets ucdp = Datasets.ucdp();
    Incident a = acled.event("MLI1").on(DAY).sideA("JNIM").add();
    Incident sameDay = ucdp.event("1").on(DAY).sideA("JNIM").add();
    Incident threeDays = ucdp.event("2").time(TemporalExtent.days(DAY.minusDays(1), DAY.plusDays(1)))
        .sideA("JNIM").add();

    Match exact = compare(Reconciler.standard(), acled, a, ucdp, sameDay).orElseThrow();
    Match interval = compare(Reconciler.standard(), acled, a, ucdp, threeDays).orElseThrow();
    assertThat(interval.reasons().get(0)).isEqualTo("dates overlap (2025-09-07 and 2025-09-06 to 2025-09-08 (days))");
    assertThat(interval.score()).isLessThan(exact.score());
  }

  @Test
  void aProvinceLevelEventMatchesAnExactOneWithinTheSumOfTheirRadiiOnly() {
    Datasets acled = Datasets.acled();
    Datasets ucdp = Datasets.ucdp();
    Incident a = acled.event("MLI1").sideA("JNIM").add();
    Incident near = ucdp.event("1").at(eastOfDiema(35), SpatialPrecision.ADMIN2).sideA("JNIM").add();
    Incident far = ucdp.event("2").at(eastOfDiema(50), SpatialPrecision.ADMIN2).sideA("JNIM").add();
    Incident exactAt35 = ucdp.event("3").at(eastOfDiema(35), SpatialPrecision.EXACT).sideA("JNIM").add();

    assertThat(compare(Reconciler.standard(), acled, a, ucdp, near).orElseThrow().reasons().get(1))
        .isEqualTo("35.0 km apart, exact and admin2");
    assertThat(explain(Reconciler.standard(), acled, a, ucdp, far))
        .contains("50.0 km apart, exact and admin2, more than the 43 km allowed");
    assertThat(compare(Reconciler.standard(), acled, a, ucdp, far)).isEmpty();
    assertThat(compare(Reconciler.standard(), acled, a, ucdp, exactAt35)).isEmpty();
    assertThat(compare(Reconciler.builder().distanceScale(2).build(), acled, a, ucdp, far)).isPresent();
  }

  @Test
  void eitherOfTwoAlternativeActorsMatches() {
    Datasets acled = Datasets.acled();
    Datasets ucdp = Datasets.ucdp();
    Incident a = acled.event("MLI1").type(EventType.VIOLENCE_AGAINST_CIVILIANS)
        .sideA("JNIM: Group for Support of Islam and Muslims", "Islamic State (West Africa) - Greater Sahara Faction")
        .sideB("Civilians (Mali)").add();
    Incident u = ucdp.event("1").violence(ViolenceType.ONE_SIDED).sideA("IS").sideB("Civilians").add();

    Match m = compare(Reconciler.standard(), acled, a, ucdp, u).orElseThrow();
    assertThat(m.reasons().get(2))
        .isEqualTo("Islamic State (West Africa) - Greater Sahara Faction = IS (one of alternatives)");
    assertThat(m.reasons().get(3)).isEqualTo("Violence against civilians ~ one-sided");
  }

  @Test
  void civiliansAloneDoNotMakeAMatchAndDifferentGroupsDoNot() {
    Datasets acled = Datasets.acled();
    Datasets ucdp = Datasets.ucdp();
    Incident a = acled.event("MLI1").type(EventType.VIOLENCE_AGAINST_CIVILIANS).sideA("JNIM")
        .sideB("Civilians (Mali)").add();
    Incident u = ucdp.event("1").violence(ViolenceType.ONE_SIDED).sideA("IS").sideB("Civilians").add();

    assertThat(compare(Reconciler.standard(), acled, a, ucdp, u)).isEmpty();
    assertThat(explain(Reconciler.standard(), acled, a, ucdp, u)).contains("no actor in common (JNIM against IS)");
  }

  @Test
  void anUnidentifiedGroupOnOneSideLeavesActorsOpen() {
    Datasets acled = Datasets.acled();
    Datasets ucdp = Datasets.ucdp();
    Incident a = acled.event("MLI1").sideA("Unidentified Armed Group (Mali)").sideB("Military Forces of Mali (2021-)")
        .add();
    Incident u = ucdp.event("1").violence(ViolenceType.STATE_BASED).sideA("Government of Mali").sideB("JNIM").add();

    Match m = compare(Reconciler.standard(), acled, a, ucdp, u).orElseThrow();
    assertThat(m.reasons().get(2)).isEqualTo("Military Forces of Mali (2021-) = Government of Mali");
  }

  @Test
  void differentTypesOfViolenceDoNotMatch() {
    Datasets acled = Datasets.acled();
    Datasets ucdp = Datasets.ucdp();
    Incident a = acled.event("MLI1").type(EventType.VIOLENCE_AGAINST_CIVILIANS).sideA("JNIM")
        .sideB("Civilians (Mali)").add();
    Incident u = ucdp.event("1").violence(ViolenceType.STATE_BASED).sideA("Government of Mali").sideB("JNIM").add();
    Incident strike = acled.event("MLI2").type(EventType.EXPLOSIONS_REMOTE_VIOLENCE).sideA("Military Forces of Mali")
        .sideB("JNIM").add();

    assertThat(compare(Reconciler.standard(), acled, a, ucdp, u)).isEmpty();
    assertThat(explain(Reconciler.standard(), acled, a, ucdp, u))
        .endsWith("Violence against civilians is not state-based");
    assertThat(compare(Reconciler.standard(), acled, strike, ucdp, u).orElseThrow().reasons().get(3))
        .isEqualTo("Explosions/Remote violence ~ state-based");
  }

  @Test
  void oneToOneTakesTheBestPairAndListsTheRestAsUnmatched() {
    Datasets acled = Datasets.acled();
    Datasets ucdp = Datasets.ucdp();
    acled.event("MLI1").sideA("JNIM").at(eastOfDiema(5), SpatialPrecision.EXACT).add();
    acled.event("MLI2").sideA("JNIM").add();
    ucdp.event("1").violence(ViolenceType.STATE_BASED).sideA("JNIM").add();

    Reconciliation r = Reconciler.standard().reconcile(acled.catalog(), ucdp.catalog());

    assertThat(r.matches()).extracting(m -> m.left().getId().getValue()).containsExactly("MLI2");
    assertThat(r.unmatchedLeft()).extracting(i -> i.getId().getValue()).containsExactly("MLI1");
    assertThat(r.unmatchedRight()).isEmpty();
    assertThat(r.summary()).isEqualTo("1 match, 1 left event(s) and 0 right event(s) unmatched");
  }

  @Test
  void oneToManyLetsARightEventCoverSeveralLeftOnesAndBecomeTheirParent() {
    Datasets acled = Datasets.acled();
    Datasets ucdp = Datasets.ucdp();
    acled.event("MLI1").on(DAY).sideA("JNIM").acledFatalities(4).add();
    acled.event("MLI2").on(DAY.plusDays(1)).at(eastOfDiema(10), SpatialPrecision.EXACT).sideA("JNIM")
        .acledFatalities(6).add();
    ucdp.event("1").time(TemporalExtent.days(DAY, DAY.plusDays(1))).at(eastOfDiema(5), SpatialPrecision.NEAR)
        .violence(ViolenceType.STATE_BASED).sideA("JNIM").ucdpFatalities(9, 10, 14).add();

    Reconciliation one = Reconciler.standard().reconcile(acled.catalog(), ucdp.catalog());
    assertThat(one.matches()).hasSize(1);

    Reconciliation many = Reconciler.builder().cardinality(Cardinality.ONE_TO_MANY).build()
        .reconcile(acled.catalog(), ucdp.catalog());
    assertThat(many.matches()).extracting(m -> m.left().getId().getValue()).containsExactlyInAnyOrder("MLI1", "MLI2");
    Catalog merged = many.catalog();
    assertThat(merged.getIncidents()).hasSize(3);
    assertThat(merged.childrenOf(org.sahelevents.core.model.IncidentId.of("1")))
        .extracting(i -> i.getId().getValue()).containsExactly("MLI1", "MLI2");
    assertThat(org.sahelevents.core.validation.ModelValidator.standard().validate(merged))
        .noneMatch(v -> v.severity() == org.sahelevents.core.validation.Severity.ERROR);
  }

  @Test
  void streamingDecidesEarlyEventsBeforeReadingToTheEnd() {
    Datasets acled = Datasets.acled();
    Datasets ucdp = Datasets.ucdp();
    for (int d = 0; d < 30; d++) {
      acled.event("MLI" + d).on(DAY.plusDays(d)).sideA("JNIM").add();
      ucdp.event("U" + d).on(DAY.plusDays(d)).violence(ViolenceType.STATE_BASED).sideA("JNIM").add();
    }
    Catalog left = acled.catalog();
    Catalog right = ucdp.catalog();
    int[] read = {0};
    List<Integer> readWhenMatched = new ArrayList<>();
    Iterator<Incident> counting = new Iterator<>() {
      final Iterator<Incident> in = left.getIncidents().iterator();

      @Override
      public boolean hasNext() {
        return in.hasNext();
      }

      @Override
      public Incident next() {
        read[0]++;
        return in.next();
      }
    };
    List<Match> matches = new ArrayList<>();
    Reconciler.standard().reconcileSorted(counting, left::actor, right.getIncidents().iterator(), right::actor,
        new Reconciler.Listener() {
          @Override
          public void matched(Match match) {
            matches.add(match);
            readWhenMatched.add(read[0]);
          }
        });

    assertThat(matches).hasSize(30).allMatch(m -> m.left().getTime().equals(m.right().getTime()));
    // The first day is decided once the window has moved more than the tolerance past it, long before the end.
    assertThat(readWhenMatched.get(0)).isLessThan(5);
  }

  @Test
  void unsortedInputIsRefused() {
    Datasets acled = Datasets.acled();
    acled.event("MLI1").on(DAY.plusDays(3)).sideA("JNIM").add();
    acled.event("MLI2").on(DAY).sideA("JNIM").add();
    Catalog left = acled.catalog();
    Catalog right = Datasets.ucdp().catalog();
    Reconciler.Listener ignore = new Reconciler.Listener() {};
    assertThatThrownBy(() -> Reconciler.standard().reconcileSorted(left.getIncidents().iterator(), left::actor,
        right.getIncidents().iterator(), right::actor, ignore))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the left input is not sorted by earliest date: MLI2 (2025-09-07)");
  }

  @Test
  void optionsOutOfRangeAreRefused() {
    assertThatThrownBy(() -> Reconciler.builder().dateToleranceDays(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Reconciler.builder().distanceScale(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Reconciler.builder().minScore(1.5)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theAliasTableKnowsTheSahelsMainActors() {
    ActorAliases t = ActorAliases.sahel();
    assertThat(t.canonical("JNIM: Group for Support of Islam and Muslims")).contains("JNIM");
    assertThat(t.canonical("jama'at nusrat al-islam wal-muslimin")).contains("JNIM");
    assertThat(t.canonical("Military Forces of Burkina Faso (2022-)")).contains("Burkinabe armed forces");
    assertThat(t.canonical("Government of Niger")).contains("Nigerien armed forces");
    assertThat(t.canonical("Africa Corps")).contains("Wagner/Africa Corps");
    assertThat(t.canonical("CSP-DPA")).contains("FLA/CSP");
    assertThat(t.canonical("Front de Libération de l'Azawad")).contains("FLA/CSP");
    assertThat(t.canonical("Dozo Communal Militia (Mali)")).contains("Dan Na Ambassagou");
    assertThat(t.canonical("VDP: Volunteers for the Defense of the Homeland")).contains("VDP");
    assertThat(t.canonical("Islamic State in the Greater Sahara")).contains("Islamic State Sahel");
    assertThat(t.canonical("Police Forces of Mali (2013-2020) Gendarmerie")).contains("Malian armed forces");
    assertThat(t.canonical("Military Forces of Mali (2021-) Air Force")).contains("Malian armed forces");
    assertThat(t.canonical("Dozo Militia")).contains("Dan Na Ambassagou");
    assertThat(t.identity("Katiba Macina (Mali)")).isEqualTo(t.identity("katiba macina"));
    // Katiba Macina is a component of JNIM, which UCDP codes as a whole.
    assertThat(t.canonical("Katiba Macina")).contains("JNIM");
    assertThat(t.canonical("Ansarul Islam")).isEqualTo(t.canonical("Ansaroul Islam")).contains("Ansaroul Islam");
    assertThat(t.canonical("Koglweogo Militia (Burkina Faso)")).contains("Koglweogo");
    assertThat(t.canonical("Military Forces of France (2017-)")).contains("French armed forces");
    assertThat(t.canonical("Ansar Dine")).isEmpty();
    assertThat(ActorAliases.builder().addAll(t).add("Ansar Dine", "Ansar Eddine").build().canonical("ansar eddine"))
        .contains("Ansar Dine");
  }
}
