package org.sahelevents.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sahelevents.core.model.AssertionId;
import org.sahelevents.core.model.AttributionKind;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.Credibility;
import org.sahelevents.core.model.FatalityQualifier;
import org.sahelevents.core.model.IncidentId;
import org.sahelevents.core.model.QuantityValue;
import org.sahelevents.core.model.SourcedAssertion;
import org.sahelevents.core.model.SubjectRef;
import org.sahelevents.core.model.TemporalExtent;
import org.sahelevents.core.resolution.AsOf;
import org.sahelevents.core.resolution.Resolution;
import org.sahelevents.core.resolution.ResolutionPolicy;
import org.sahelevents.core.resolution.Verdict;

/** What a policy sees once time has set candidates aside, and how its verdicts are merged back. */
class TimeScopeTest {
  private static final LocalDate DAY = LocalDate.of(2025, 9, 3);

  private static SourcedAssertion amount(String id, long n, LocalDate valid) {
    SourcedAssertion.Builder b = SourcedAssertion.builder().id(AssertionId.of(id))
        .subject(SubjectRef.of(IncidentId.of("kayes"))).field("trucksBurnt")
        .value(QuantityValue.builder().amount(n).unit("trucks").qualifier(FatalityQualifier.EXACT).build())
        .attributionKind(AttributionKind.ANALYST_INFERENCE).credibility(Credibility.POSSIBLY_TRUE)
        .recordedAt(Instant.parse("2025-09-10T00:00:00Z"));
    if (valid != null) {
      b.validTime(TemporalExtent.day(valid));
    }
    return b.build();
  }

  /** Chooses the first candidate it is given, and remembers them. */
  private static final class FirstGiven implements ResolutionPolicy {
    final List<SourcedAssertion> seen = new ArrayList<>();

    @Override
    public Resolution resolve(List<SourcedAssertion> candidates, Catalog context) {
      seen.addAll(candidates);
      return candidates.isEmpty() ? Resolution.none("FIRST", "nothing given", List.of())
          : Resolution.chosen("FIRST", candidates.get(0), "it came first",
              candidates.stream().map(a -> Verdict.eligible(a, "given")).toList());
    }
  }

  @Test
  void thePolicySeesOnlyTheLatestStateAndTheUndated() {
    SourcedAssertion early = amount("early", 10, DAY);
    SourcedAssertion undated = amount("undated", 12, null);
    SourcedAssertion late = amount("late", 15, DAY.plusDays(2));
    FirstGiven policy = new FirstGiven();
    Resolution r = TimeScope.resolve(List.of(early, undated, late), policy, Catalog.builder().build(),
        Optional.empty());
    assertThat(policy.seen).containsExactly(undated, late);
    assertThat(r.chosen()).contains(undated);
    assertThat(r.verdicts()).extracting(Verdict::toString).containsExactly(
        "early excluded: an earlier state (valid 2025-09-03), followed by the state valid 2025-09-05: a series, not "
            + "a contradiction",
        "undated eligible: given",
        "late eligible: given");
  }

  @Test
  void withOneValidTimeOrNoneTheResolutionIsThePolicysOwn() {
    FirstGiven policy = new FirstGiven();
    List<SourcedAssertion> sameDay = List.of(amount("a", 1, DAY), amount("b", 2, DAY), amount("c", 3, null));
    Resolution r = TimeScope.resolve(sameDay, policy, Catalog.builder().build(), Optional.empty());
    assertThat(r).isEqualTo(policy.resolve(sameDay, Catalog.builder().build()));
    assertThat(r.scope()).isEmpty();
    assertThat(r.explanation()).startsWith("FIRST: chose a");
  }

  @Test
  void verdictsAPolicyLeavesOutAreNotInvented() {
    ResolutionPolicy silent = (candidates, context) -> Resolution.none("SILENT", "says nothing", List.of());
    Resolution r = TimeScope.resolve(List.of(amount("a", 1, DAY), amount("b", 2, DAY.plusDays(1))), silent,
        Catalog.builder().build(), Optional.of(AsOf.validOn(DAY)));
    assertThat(r.verdicts()).extracting(Verdict::toString)
        .containsExactly("b excluded: holds from 2025-09-04, after 2025-09-03");
    assertThat(r.explanation()).isEqualTo("SILENT, for what was true on 2025-09-03 (valid time): chose nothing "
        + "because says nothing\n  - b excluded: holds from 2025-09-04, after 2025-09-03");
  }

  @Test
  void extraVerdictsOfAPolicyAreKeptAtTheEnd() {
    SourcedAssertion outsider = amount("outsider", 9, null);
    ResolutionPolicy chatty = (candidates, context) -> Resolution.none("CHATTY", "no", List.of(
        Verdict.excluded(candidates.get(0), "first"), Verdict.excluded(outsider, "not a candidate")));
    Resolution r = TimeScope.resolve(List.of(amount("a", 1, DAY)), chatty, Catalog.builder().build(),
        Optional.of(AsOf.validOn(DAY)));
    assertThat(r.verdicts()).extracting(Verdict::toString)
        .containsExactly("a excluded: first", "outsider excluded: not a candidate");
  }
}
