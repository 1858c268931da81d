package org.sahelevents.reconcile.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sahelevents.reconcile.blackbox.Datasets.eastOfDiema;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.Incident;
import org.sahelevents.core.model.IncidentId;
import org.sahelevents.core.model.SpatialPrecision;
import org.sahelevents.core.model.SubjectRef;
import org.sahelevents.core.resolution.Resolution;
import org.sahelevents.core.resolution.StandardPolicy;
import org.sahelevents.core.taxonomy.EventType;
import org.sahelevents.core.validation.ModelValidator;
import org.sahelevents.core.validation.Severity;
import org.sahelevents.reconcile.Reconciler;
import org.sahelevents.reconcile.Reconciliation;
import org.sahelevents.reconcile.ViolenceType;

/**
 * Black box: an ACLED-like and a UCDP-like catalog reconciled through the public API only, the merged catalog valid
 * and its death figures resolved by each standard policy.
 */
class MergedCatalogTest {
  private static final LocalDate DAY = LocalDate.of(2025, 9, 7);
  private static final SubjectRef MERGED = SubjectRef.of(IncidentId.of("MLI100"));
  private static Reconciliation result;

  @BeforeAll
  static void reconcile() {
    Datasets acled = Datasets.acled();
    acled.event("MLI100").on(DAY).sideA("JNIM: Group for Support of Islam and Muslims")
        .sideB("Military Forces of Mali (2021-)").acledFatalities(12).add();
    acled.event("MLI101").on(DAY.plusDays(20)).type(EventType.VIOLENCE_AGAINST_CIVILIANS)
        .sideA("Islamic State (West Africa) - Greater Sahara Faction").sideB("Civilians (Mali)").acledFatalities(3)
        .add();
    Datasets ucdp = Datasets.ucdp();
    ucdp.event("560001").on(DAY).at(eastOfDiema(2.5), SpatialPrecision.EXACT).violence(ViolenceType.STATE_BASED)
        .sideA("Government of Mali").sideB("JNIM").ucdpFatalities(14, 18, 25).add();
    ucdp.event("560002").on(DAY.plusDays(3)).violence(ViolenceType.NON_STATE).sideA("JNIM").sideB("IS")
        .ucdpFatalities(5, 5, 9).add();
    result = Reconciler.standard().reconcile(acled.catalog(), ucdp.catalog());
  }

  @Test
  void matchesTheSameBattleAndListsTheRest() {
    assertThat(result.matches()).hasSize(1);
    assertThat(result.matches().get(0).explanation()).isEqualTo("same day; 2.5 km apart, both exact; JNIM: Group for"
        + " Support of Islam and Muslims = JNIM; Battles ~ state-based");
    assertThat(result.unmatchedLeft()).extracting(i -> i.getId().getValue()).containsExactly("MLI101");
    assertThat(result.unmatchedRight()).extracting(i -> i.getId().getValue()).containsExactly("560002");
  }

  @Test
  void theMergedCatalogHoldsOneIncidentPerPairWithBothDocumentsAndFiguresAndIsValid() {
    Catalog c = result.catalog();
    assertThat(c.getIncidents()).extracting(i -> i.getId().getValue())
        .containsExactlyInAnyOrder("MLI100", "MLI101", "560002");
    Incident merged = c.incident(IncidentId.of("MLI100")).orElseThrow();
    assertThat(merged.getExternalIds()).containsEntry("acled", "MLI100").containsEntry("ucdp", "560001")
        .containsEntry(Reconciliation.RECONCILED_SCHEME, "560001");
    assertThat(c.assertionsAbout(MERGED, "fatalities")).extracting(a -> a.getReportedIn().orElseThrow().getValue())
        .containsExactlyInAnyOrder("acled:MLI100", "ucdp:560001");
    assertThat(c.getDocuments()).hasSize(4);
    assertThat(ModelValidator.standard().validate(c)).noneMatch(v -> v.severity() == Severity.ERROR);
  }

  @Test
  void theConservativePolicyPicksAcledsLowerFigure() {
    Resolution r = result.catalog().resolve(MERGED, "fatalities", StandardPolicy.ACLED_CONSERVATIVE);
    assertThat(r.chosen().orElseThrow().getId().getValue()).isEqualTo("acled:MLI100:fatalities");
    assertThat(r.reason()).isEqualTo("it is the lowest credible figure (12) among 2 credible figure(s)");
  }

  @Test
  void highestCredibilityPicksUcdpsFigureWhichItsCodersJudgedProbablyTrue() {
    Resolution r = result.catalog().resolve(MERGED, "fatalities", StandardPolicy.HIGHEST_CREDIBILITY);
    assertThat(r.chosen().orElseThrow().getId().getValue()).isEqualTo("ucdp:560001:fatalities");
    assertThat(r.explanation()).contains("credibility 2");
  }

  @Test
  void mostRecentPicksAcledsFigureRecordedLater() {
    Resolution r = result.catalog().resolve(MERGED, "fatalities", StandardPolicy.MOST_RECENT);
    assertThat(r.chosen().orElseThrow().getId().getValue()).isEqualTo("acled:MLI100:fatalities");
    assertThat(r.reason()).contains("recorded last");
  }

  @Test
  void preferredRankFallsBackToCredibilityWhenBothAreNormal() {
    Resolution r = result.catalog().resolve(MERGED, "fatalities", StandardPolicy.PREFERRED_RANK);
    assertThat(r.chosen().orElseThrow().getId().getValue()).isEqualTo("ucdp:560001:fatalities");
    assertThat(r.reason()).contains("2 share that rank");
  }
}
