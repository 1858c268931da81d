package org.sahelevents.core.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sahelevents.core.blackbox.Fixtures.ATTACK_REF;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelevents.core.model.CasualtyKind;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.Credibility;
import org.sahelevents.core.model.FatalityEstimate;
import org.sahelevents.core.model.FatalityQualifier;
import org.sahelevents.core.model.Polarity;
import org.sahelevents.core.model.QuantityValue;
import org.sahelevents.core.model.Rank;
import org.sahelevents.core.model.SourcedAssertion;
import org.sahelevents.core.model.TextValue;
import org.sahelevents.core.resolution.Resolution;
import org.sahelevents.core.resolution.StandardPolicy;
import org.sahelevents.core.resolution.Verdict;

/** The standard policies where their rules meet: values that are not figures, ranks, grades and vague terms. */
class StandardPolicyEdgesTest {
  private static SourcedAssertion.Builder toll(String id, FatalityEstimate e, Credibility c) {
    return Fixtures.fatalities(id, e, "afp-1", c, "2024-09-19T00:00:00Z");
  }

  private static SourcedAssertion.Builder text(String id, String value, Credibility c) {
    return toll(id, FatalityEstimate.exact(0), c).value(TextValue.of(value));
  }

  private static SourcedAssertion.Builder quantity(String id, long n) {
    return toll(id, FatalityEstimate.exact(0), Credibility.POSSIBLY_TRUE)
        .value(QuantityValue.builder().amount(n).unit("bodies counted").qualifier(FatalityQualifier.EXACT).build());
  }

  private static Resolution resolve(StandardPolicy policy, SourcedAssertion.Builder... assertions) {
    Catalog c = Fixtures.catalog().assertions(java.util.Arrays.stream(assertions).map(b -> b.build()).toList())
        .build();
    return c.resolve(ATTACK_REF, "fatalities", policy);
  }

  private static List<String> verdicts(Resolution r) {
    return r.verdicts().stream().map(Verdict::toString).toList();
  }

  @Test
  void withoutFiguresTheConservativeRuleFallsBackToPreferredRank() {
    Resolution r = resolve(StandardPolicy.ACLED_CONSERVATIVE, text("words", "many dead", Credibility.PROBABLY_TRUE),
        toll("old", FatalityEstimate.exact(3), Credibility.CONFIRMED).rank(Rank.DEPRECATED).rankReason("typo"));
    assertThat(r.policy()).isEqualTo("ACLED_CONSERVATIVE");
    assertThat(r.chosen().map(a -> a.getId().getValue())).contains("words");
    assertThat(r.reason()).isEqualTo("no candidate is a figure, so the preferred rank decides: it has the best rank "
        + "of 1 eligible assertion(s)");
  }

  @Test
  void withNothingEligibleTheFallbackSaysWhy() {
    Resolution r = resolve(StandardPolicy.ACLED_CONSERVATIVE,
        text("denied", "many dead", Credibility.PROBABLY_TRUE).polarity(Polarity.DENIES));
    assertThat(r.chosen()).isEmpty();
    assertThat(r.reason()).isEqualTo("no candidate is a figure, so the preferred rank decides: no assertion is "
        + "eligible");
  }

  @Test
  void quantitiesAreFiguresAndTextIsNot() {
    Resolution r = resolve(StandardPolicy.ACLED_CONSERVATIVE, quantity("q40", 40), quantity("q35", 35),
        text("words", "a massacre", Credibility.CONFIRMED));
    assertThat(r.chosen().map(a -> a.getId().getValue())).contains("q35");
    assertThat(verdicts(r)).containsExactly(
        "q40 eligible: figure 40, credibility 3 (possibly true)",
        "q35 eligible: figure 35, credibility 3 (possibly true)",
        "words excluded: not a figure: a massacre");
  }

  @Test
  void noCredibleFigureMeansNothingChosen() {
    Resolution r = resolve(StandardPolicy.ACLED_CONSERVATIVE,
        toll("doubtful", FatalityEstimate.exact(9), Credibility.DOUBTFUL));
    assertThat(r.chosen()).isEmpty();
    assertThat(r.reason()).isEqualTo("no credible figure of deaths in total");
    assertThat(verdicts(r)).containsExactly("doubtful excluded: credibility 4 (doubtful) is not credible enough for "
        + "the conservative rule");
  }

  @Test
  void woundedAndUnknownVagueTermsAreNotDeaths() {
    Resolution r = resolve(StandardPolicy.ACLED_CONSERVATIVE,
        toll("wounded", FatalityEstimate.builder().low(12).qualifier(FatalityQualifier.AT_LEAST)
            .kind(CasualtyKind.WOUNDED).build(), Credibility.CONFIRMED),
        toll("heaps", FatalityEstimate.vague("heaps"), Credibility.CONFIRMED),
        toll("several", FatalityEstimate.vague("plusieurs"), Credibility.CONFIRMED),
        toll("high", FatalityEstimate.builder().high(50).qualifier(FatalityQualifier.AT_MOST).build(),
            Credibility.CONFIRMED));
    assertThat(r.chosen().map(a -> a.getId().getValue())).contains("several");
    assertThat(verdicts(r)).containsExactly(
        "wounded excluded: counts wounded, not deaths",
        "heaps excluded: vague term \"heaps\" has no ACLED number",
        "several eligible: figure 3 (ACLED codes \"plusieurs\" as 3), credibility 1 (confirmed by other sources)",
        "high eligible: figure 50 (at most 50 killed), credibility 1 (confirmed by other sources)");
  }

  @Test
  void preferredRankBeatsBetterCredibility() {
    Resolution r = resolve(StandardPolicy.PREFERRED_RANK,
        toll("normal", FatalityEstimate.exact(5), Credibility.CONFIRMED),
        toll("preferred", FatalityEstimate.exact(6), Credibility.DOUBTFUL).rank(Rank.PREFERRED)
            .rankReason("official count"));
    assertThat(r.chosen().map(a -> a.getId().getValue())).contains("preferred");
    assertThat(r.reason()).isEqualTo("it has the best rank of 2 eligible assertion(s)");
    assertThat(verdicts(r)).containsExactly("normal eligible: rank normal", "preferred eligible: rank preferred");
  }

  @Test
  void credibilityGradeSixRanksAfterFive() {
    Resolution r = resolve(StandardPolicy.HIGHEST_CREDIBILITY,
        toll("unjudged", FatalityEstimate.exact(5), Credibility.CANNOT_BE_JUDGED),
        toll("improbable", FatalityEstimate.exact(6), Credibility.IMPROBABLE));
    assertThat(r.chosen().map(a -> a.getId().getValue())).contains("improbable");
    assertThat(verdicts(r)).containsExactly(
        "unjudged eligible: credibility 6 (truth cannot be judged), source reliability B",
        "improbable eligible: credibility 5 (improbable), source reliability B");
  }

  @Test
  void aMoreReliableSourceBreaksACredibilityTie() {
    Resolution r = resolve(StandardPolicy.HIGHEST_CREDIBILITY,
        toll("zallaqa", FatalityEstimate.exact(5), Credibility.POSSIBLY_TRUE).reportedIn(
            org.sahelevents.core.model.DocumentId.of("zallaqa-1")),
        toll("afp", FatalityEstimate.exact(6), Credibility.POSSIBLY_TRUE));
    assertThat(r.chosen().map(a -> a.getId().getValue())).contains("afp");
  }

  @Test
  void aDeprecatedAssertionCannotSupersede() {
    Resolution r = resolve(StandardPolicy.MOST_RECENT,
        toll("kept", FatalityEstimate.exact(5), Credibility.POSSIBLY_TRUE),
        toll("bad-fix", FatalityEstimate.exact(6), Credibility.POSSIBLY_TRUE).rank(Rank.DEPRECATED)
            .rankReason("wrong incident").supersedes(org.sahelevents.core.model.AssertionId.of("kept")));
    assertThat(r.chosen().map(a -> a.getId().getValue())).contains("kept");
  }

  @Test
  void unknownAndNoValueAreNeverChosen() {
    Resolution r = resolve(StandardPolicy.MOST_RECENT,
        toll("unknown", FatalityEstimate.exact(1), Credibility.CONFIRMED).value(java.util.Optional.empty())
            .polarity(Polarity.UNKNOWN_VALUE),
        toll("none", FatalityEstimate.exact(1), Credibility.CONFIRMED).value(java.util.Optional.empty())
            .polarity(Polarity.NO_VALUE),
        toll("empty", FatalityEstimate.exact(1), Credibility.CONFIRMED).value(java.util.Optional.empty()));
    assertThat(r.chosen()).isEmpty();
    assertThat(verdicts(r)).containsExactly("unknown excluded: says the value is unknown",
        "none excluded: says there is no value", "empty excluded: affirms no value");
  }
}
