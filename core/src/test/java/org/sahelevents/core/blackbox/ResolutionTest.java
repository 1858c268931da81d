package org.sahelevents.core.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sahelevents.core.blackbox.Fixtures.ATTACK_REF;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelevents.core.model.AssertionId;
import org.sahelevents.core.model.CasualtyKind;
import org.sahelevents.core.model.CasualtyScope;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.Credibility;
import org.sahelevents.core.model.FatalityEstimate;
import org.sahelevents.core.model.FatalityQualifier;
import org.sahelevents.core.model.FatalityValue;
import org.sahelevents.core.model.Polarity;
import org.sahelevents.core.model.Rank;
import org.sahelevents.core.model.SourcedAssertion;
import org.sahelevents.core.resolution.Resolution;
import org.sahelevents.core.resolution.StandardPolicy;
import org.sahelevents.core.resolution.Verdict;

class ResolutionTest {
  private static Resolution resolve(Catalog c, StandardPolicy policy) {
    return c.resolve(ATTACK_REF, "fatalities", policy);
  }

  private static int low(Resolution r) {
    return ((FatalityValue) r.value().orElseThrow()).getEstimate().getLow().orElseThrow();
  }

  @Test
  void acledConservativeKeepsTheLowestCredibleFigureAndSetsAsideAPartysBoast() {
    Resolution r = resolve(Fixtures.catalog().build(), StandardPolicy.ACLED_CONSERVATIVE);
    assertThat(r.chosen().map(SourcedAssertion::getId)).contains(AssertionId.of("afp-77"));
    assertThat(r.reason()).isEqualTo("it is the lowest credible figure (77) among 1 credible figure(s)");
    assertThat(r.verdicts()).extracting(Verdict::toString).containsExactly(
        "afp-77 eligible: figure 77 (at least 77 killed), credibility 2 (probably true)",
        "jnim-hundreds excluded: credibility 5 (improbable) is not credible enough for the conservative rule");
  }

  @Test
  void acledConservativeCodesVagueTermsAsAcledDoes() {
    Catalog c = Fixtures.catalog()
        .addAssertions(Fixtures.fatalities("dozens", FatalityEstimate.vague("dozens"), "afp-1",
            Credibility.POSSIBLY_TRUE, "2024-09-18T00:00:00Z").build())
        .addAssertions(Fixtures.fatalities("casualties", FatalityEstimate.builder().low(40)
            .qualifier(FatalityQualifier.AT_LEAST).kind(CasualtyKind.CASUALTIES_UNSPECIFIED).build(), "afp-1",
            Credibility.CANNOT_BE_JUDGED, "2024-09-18T00:00:00Z").build())
        .addAssertions(Fixtures.fatalities("own", FatalityEstimate.builder().best(10)
            .qualifier(FatalityQualifier.EXACT).scope(CasualtyScope.OWN_FORCES_OF_CLAIMANT).build(), "zallaqa-1",
            Credibility.POSSIBLY_TRUE, "2024-09-18T00:00:00Z").build())
        .build();
    Resolution r = resolve(c, StandardPolicy.ACLED_CONSERVATIVE);
    assertThat(r.chosen().map(SourcedAssertion::getId)).contains(AssertionId.of("casualties"));
    assertThat(r.verdicts()).extracting(Verdict::toString).contains(
        "dozens eligible: figure 12 (ACLED codes \"dozens\" as 12), credibility 3 (possibly true)",
        "casualties eligible: figure 0 (\"casualties\" alone counts as 0 deaths), credibility 6 (truth cannot be "
            + "judged)",
        "own excluded: counts only own forces of claimant");
  }

  @Test
  void highestCredibilityAndMostRecentAndPreferredRankDisagreeForGoodReasons() {
    Catalog c = Fixtures.catalog()
        .addAssertions(Fixtures.fatalities("later-70", FatalityEstimate.builder().best(70)
            .qualifier(FatalityQualifier.APPROXIMATE).build(), "afp-1", Credibility.POSSIBLY_TRUE,
            "2024-09-25T00:00:00Z").build())
        .build();
    assertThat(resolve(c, StandardPolicy.HIGHEST_CREDIBILITY).chosen().orElseThrow().getId().getValue())
        .isEqualTo("afp-77");
    assertThat(resolve(c, StandardPolicy.MOST_RECENT).chosen().orElseThrow().getId().getValue())
        .isEqualTo("later-70");
    Resolution preferred = resolve(c, StandardPolicy.PREFERRED_RANK);
    assertThat(preferred.chosen().orElseThrow().getId().getValue()).isEqualTo("afp-77");
    assertThat(preferred.reason()).isEqualTo("it has the best rank of 3 eligible assertion(s) (3 share that rank; "
        + "the tie went to credibility, source reliability, recency)");
    assertThat(resolve(c, StandardPolicy.ACLED_CONSERVATIVE).chosen().orElseThrow().getId().getValue())
        .isEqualTo("later-70");
  }

  @Test
  void deprecatedDeniedAndSupersededAssertionsAreNeverChosen() {
    Catalog c = Fixtures.catalog()
        .addAssertions(Fixtures.fatalities("wrong", FatalityEstimate.exact(1), "afp-1", Credibility.CONFIRMED,
            "2024-09-30T00:00:00Z").rank(Rank.DEPRECATED).rankReason("typo in the wire").build())
        .addAssertions(Fixtures.fatalities("denied", FatalityEstimate.exact(2), "afp-1", Credibility.CONFIRMED,
            "2024-09-30T00:00:00Z").polarity(Polarity.DENIES).build())
        .addAssertions(Fixtures.fatalities("update", FatalityEstimate.atLeast(80), "afp-1", Credibility.PROBABLY_TRUE,
            "2024-09-21T00:00:00Z").supersedes(AssertionId.of("afp-77")).build())
        .build();
    Resolution r = resolve(c, StandardPolicy.ACLED_CONSERVATIVE);
    assertThat(low(r)).isEqualTo(80);
    assertThat(r.verdicts()).extracting(Verdict::toString).contains(
        "afp-77 excluded: superseded by update",
        "wrong excluded: deprecated: typo in the wire",
        "denied excluded: denies 2 killed");
    assertThat(r.explanation()).startsWith("ACLED_CONSERVATIVE: chose update (at least 80 killed) because it is the "
        + "lowest credible figure (80)");
  }

  @Test
  void resultsDoNotDependOnInputOrder() {
    Catalog c = Fixtures.catalog()
        .addAssertions(Fixtures.fatalities("tie", FatalityEstimate.atLeast(77), "afp-1", Credibility.PROBABLY_TRUE,
            "2024-09-19T12:00:00Z").build())
        .build();
    List<SourcedAssertion> forward = c.assertionsAbout(ATTACK_REF, "fatalities");
    List<SourcedAssertion> backward = new java.util.ArrayList<>(forward);
    java.util.Collections.reverse(backward);
    for (StandardPolicy policy : StandardPolicy.values()) {
      assertThat(policy.resolve(backward, c).chosen()).as(policy.name())
          .isEqualTo(policy.resolve(forward, c).chosen());
    }
  }

  @Test
  void nothingEligibleMeansNothingChosen() {
    Resolution r = Fixtures.catalog().build().resolve(ATTACK_REF, "perpetrator", StandardPolicy.MOST_RECENT);
    assertThat(r.chosen()).isEmpty();
    assertThat(r.explanation()).isEqualTo("MOST_RECENT: chose nothing because no assertion is eligible");
  }
}
