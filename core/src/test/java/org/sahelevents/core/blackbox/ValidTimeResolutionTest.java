package org.sahelevents.core.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sahelevents.core.blackbox.Fixtures.ATTACK_REF;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelevents.core.model.AssertionId;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.Credibility;
import org.sahelevents.core.model.FatalityEstimate;
import org.sahelevents.core.model.SourcedAssertion;
import org.sahelevents.core.model.TemporalExtent;
import org.sahelevents.core.resolution.AsOf;
import org.sahelevents.core.resolution.Resolution;
import org.sahelevents.core.resolution.StandardPolicy;
import org.sahelevents.core.resolution.TimeAxis;
import org.sahelevents.core.resolution.Verdict;

/**
 * A toll revised upward is a series, not a contradiction; figures for the same day conflict; and a date on either
 * clock asks a different question: what was true then, or what had been reported by then.
 */
class ValidTimeResolutionTest {
  private static final LocalDate DAY_1 = LocalDate.of(2024, 9, 17);
  private static final LocalDate DAY_2 = LocalDate.of(2024, 9, 18);

  private static SourcedAssertion toll(String id, int atLeast, LocalDate valid, String recordedAt) {
    return Fixtures.fatalities(id, FatalityEstimate.atLeast(atLeast), "afp-1", Credibility.PROBABLY_TRUE, recordedAt)
        .validTime(TemporalExtent.day(valid)).build();
  }

  // AFP: 20 dead on the day, revised to 77 the next day; the army says 50 for the next day; a late report about the
  // first day says 30.
  private static Catalog revisedTolls() {
    return Fixtures.catalog().assertions(List.of(
        toll("afp-day1", 20, DAY_1, "2024-09-17T20:00:00Z"),
        toll("afp-day2", 77, DAY_2, "2024-09-19T12:00:00Z"),
        toll("army-day2", 50, DAY_2, "2024-09-20T09:00:00Z"),
        toll("late-day1", 30, DAY_1, "2024-10-05T00:00:00Z"))).build();
  }

  private static String chosen(Resolution r) {
    return r.chosen().map(a -> a.getId().getValue()).orElse("nothing");
  }

  @Test
  void aRevisedTollIsASeriesSoTheLatestStateWins() {
    Resolution r = revisedTolls().resolve(ATTACK_REF, "fatalities", StandardPolicy.ACLED_CONSERVATIVE);
    assertThat(chosen(r)).isEqualTo("army-day2");
    assertThat(r.scope()).contains("the latest state (valid 2024-09-18)");
    assertThat(r.verdicts()).extracting(Verdict::toString).containsExactly(
        "afp-day1 excluded: an earlier state (valid 2024-09-17), followed by the state valid 2024-09-18: a series, "
            + "not a contradiction",
        "afp-day2 eligible: figure 77 (at least 77 killed), credibility 2 (probably true)",
        "army-day2 eligible: figure 50 (at least 50 killed), credibility 2 (probably true)",
        "late-day1 excluded: an earlier state (valid 2024-09-17), followed by the state valid 2024-09-18: a series, "
            + "not a contradiction");
    assertThat(r.explanation()).startsWith("ACLED_CONSERVATIVE, for the latest state (valid 2024-09-18): chose "
        + "army-day2 (at least 50 killed) because it is the lowest credible figure (50) among 2 credible figure(s)");
  }

  @Test
  void withoutValidTimesTheSameFiguresAreAContradiction() {
    Catalog undated = Fixtures.catalog().assertions(revisedTolls().getAssertions().stream()
        .map(a -> SourcedAssertion.builder().from(a).validTime(java.util.Optional.empty()).build()).toList()).build();
    Resolution r = undated.resolve(ATTACK_REF, "fatalities", StandardPolicy.ACLED_CONSERVATIVE);
    assertThat(chosen(r)).isEqualTo("afp-day1");
    assertThat(r.scope()).isEmpty();
    assertThat(r.verdicts()).allMatch(Verdict::isEligible);
  }

  @Test
  void validTimeAsksWhatWasTrueOnTheDay() {
    Resolution r = revisedTolls().resolve(ATTACK_REF, "fatalities", StandardPolicy.ACLED_CONSERVATIVE,
        AsOf.validOn(DAY_1));
    assertThat(chosen(r)).isEqualTo("afp-day1");
    assertThat(r.scope()).contains("what was true on 2024-09-17 (valid time)");
    assertThat(r.verdicts()).extracting(Verdict::toString).containsExactly(
        "afp-day1 eligible: figure 20 (at least 20 killed), credibility 2 (probably true)",
        "afp-day2 excluded: holds from 2024-09-18, after 2024-09-17",
        "army-day2 excluded: holds from 2024-09-18, after 2024-09-17",
        "late-day1 eligible: figure 30 (at least 30 killed), credibility 2 (probably true)");
  }

  @Test
  void aStateThatBeganOnTheDayCountsForIt() {
    Resolution r = revisedTolls().resolve(ATTACK_REF, "fatalities", StandardPolicy.MOST_RECENT, AsOf.of(DAY_2));
    assertThat(chosen(r)).isEqualTo("army-day2");
    assertThat(r.scope()).contains("what was true on 2024-09-18 (valid time)");
  }

  @Test
  void aLaterDayStillHasTheLastKnownState() {
    Resolution r = revisedTolls().resolve(ATTACK_REF, "fatalities", StandardPolicy.MOST_RECENT,
        AsOf.validOn(LocalDate.of(2025, 1, 1)));
    assertThat(chosen(r)).isEqualTo("army-day2");
    assertThat(r.verdicts()).filteredOn(Verdict::isEligible).extracting(v -> v.assertion().getId().getValue())
        .containsExactly("afp-day2", "army-day2");
  }

  @Test
  void beforeAnyStateNothingIsTrue() {
    Resolution r = revisedTolls().resolve(ATTACK_REF, "fatalities", StandardPolicy.ACLED_CONSERVATIVE,
        AsOf.validOn(DAY_1.minusDays(1)));
    assertThat(r.chosen()).isEmpty();
    assertThat(r.explanation()).startsWith("ACLED_CONSERVATIVE, for what was true on 2024-09-16 (valid time): chose "
        + "nothing because");
    assertThat(r.verdicts()).noneMatch(Verdict::isEligible).hasSize(4);
  }

  @Test
  void recordedTimeAsksWhatHadBeenReportedByTheEndOfTheDay() {
    Resolution firstDay = revisedTolls().resolve(ATTACK_REF, "fatalities", StandardPolicy.ACLED_CONSERVATIVE,
        AsOf.recordedBy(DAY_1));
    assertThat(chosen(firstDay)).isEqualTo("afp-day1");
    assertThat(firstDay.scope()).contains("what had been reported by 2024-09-17 (recorded time)");
    assertThat(firstDay.verdicts()).extracting(Verdict::toString).contains(
        "afp-day2 excluded: recorded 2024-09-19T12:00:00Z, after 2024-09-17",
        "late-day1 excluded: recorded 2024-10-05T00:00:00Z, after 2024-09-17");

    Resolution thirdDay = revisedTolls().resolve(ATTACK_REF, "fatalities", StandardPolicy.ACLED_CONSERVATIVE,
        AsOf.recordedBy(LocalDate.of(2024, 9, 19)));
    assertThat(chosen(thirdDay)).as("only AFP's revision was known; the army's lower figure came a day later")
        .isEqualTo("afp-day2");
  }

  @Test
  void aLateReportAboutAnEarlierDayDoesNotReplaceTheLatestState() {
    Resolution r = revisedTolls().resolve(ATTACK_REF, "fatalities", StandardPolicy.MOST_RECENT,
        AsOf.recordedBy(LocalDate.of(2024, 10, 31)));
    assertThat(chosen(r)).as("late-day1 was recorded last, but about the first day").isEqualTo("army-day2");
  }

  @Test
  void theRecordedDayEndsAtMidnightUtc() {
    Catalog c = Fixtures.catalog().assertions(List.of(
        toll("just-in-time", 10, DAY_1, "2024-09-17T23:59:59Z"),
        toll("too-late", 5, DAY_1, "2024-09-18T00:00:00Z"))).build();
    Resolution r = c.resolve(ATTACK_REF, "fatalities", StandardPolicy.ACLED_CONSERVATIVE, AsOf.recordedBy(DAY_1));
    assertThat(chosen(r)).isEqualTo("just-in-time");
    assertThat(r.verdicts()).extracting(Verdict::toString)
        .contains("too-late excluded: recorded 2024-09-18T00:00:00Z, after 2024-09-17");
  }

  @Test
  void anUndatedAssertionCompetesWithTheLatestState() {
    Catalog c = Fixtures.catalog().assertions(List.of(
        toll("afp-day1", 20, DAY_1, "2024-09-17T20:00:00Z"),
        toll("afp-day2", 77, DAY_2, "2024-09-19T12:00:00Z"),
        Fixtures.fatalities("undated", FatalityEstimate.atLeast(60), "afp-1", Credibility.PROBABLY_TRUE,
            "2024-09-18T00:00:00Z").build())).build();
    assertThat(chosen(c.resolve(ATTACK_REF, "fatalities", StandardPolicy.ACLED_CONSERVATIVE))).isEqualTo("undated");
    assertThat(chosen(c.resolve(ATTACK_REF, "fatalities", StandardPolicy.ACLED_CONSERVATIVE, AsOf.validOn(DAY_1))))
        .isEqualTo("afp-day1");
  }

  @Test
  void aLongerStateBeginningTheSameDayIsALaterState() {
    Catalog c = Fixtures.catalog().assertions(List.of(
        toll("one-day", 20, DAY_1, "2024-09-17T20:00:00Z"),
        Fixtures.fatalities("two-days", FatalityEstimate.atLeast(40), "afp-1", Credibility.PROBABLY_TRUE,
            "2024-09-17T20:00:00Z").validTime(TemporalExtent.days(DAY_1, DAY_2)).build())).build();
    Resolution r = c.resolve(ATTACK_REF, "fatalities", StandardPolicy.ACLED_CONSERVATIVE);
    assertThat(chosen(r)).isEqualTo("two-days");
    assertThat(r.scope()).contains("the latest state (valid 2024-09-17 to 2024-09-18 (days))");
  }

  @Test
  void asOfNamesItsQuestionAndNeedsBothParts() {
    assertThat(AsOf.of(DAY_1)).isEqualTo(new AsOf(DAY_1, TimeAxis.VALID_TIME));
    assertThat(AsOf.recordedBy(DAY_1).axis()).isEqualTo(TimeAxis.RECORDED_TIME);
    assertThat(AsOf.validOn(DAY_1).describe()).isEqualTo("what was true on 2024-09-17 (valid time)");
    assertThatThrownBy(() -> new AsOf(null, TimeAxis.VALID_TIME)).isInstanceOf(NullPointerException.class)
        .hasMessage("date");
    assertThatThrownBy(() -> new AsOf(DAY_1, null)).isInstanceOf(NullPointerException.class).hasMessage("axis");
  }

  @Test
  void aSupersedingAssertionRecordedLaterDoesNotYetSupersede() {
    Catalog c = Fixtures.catalog().assertions(List.of(
        toll("first", 20, DAY_1, "2024-09-17T20:00:00Z"),
        Fixtures.fatalities("correction", FatalityEstimate.atLeast(25), "afp-1", Credibility.PROBABLY_TRUE,
            "2024-09-19T08:00:00Z").validTime(TemporalExtent.day(DAY_1)).supersedes(AssertionId.of("first"))
            .build())).build();
    assertThat(chosen(c.resolve(ATTACK_REF, "fatalities", StandardPolicy.PREFERRED_RANK, AsOf.recordedBy(DAY_1))))
        .isEqualTo("first");
    assertThat(chosen(c.resolve(ATTACK_REF, "fatalities", StandardPolicy.PREFERRED_RANK,
        AsOf.recordedBy(DAY_2.plusDays(1)))))
        .isEqualTo("correction");
  }
}
