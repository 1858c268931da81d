package org.sahelevents.core.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelevents.core.model.AssertionId;
import org.sahelevents.core.model.AttributionKind;
import org.sahelevents.core.model.Credibility;
import org.sahelevents.core.model.IncidentId;
import org.sahelevents.core.model.Polarity;
import org.sahelevents.core.model.SourcedAssertion;
import org.sahelevents.core.model.SubjectRef;
import org.sahelevents.core.model.TextValue;

class VerdictAndResolutionTest {
  private static SourcedAssertion assertion(String id) {
    return SourcedAssertion.builder().id(AssertionId.of(id)).subject(SubjectRef.of(IncidentId.of("kati")))
        .field("perpetrator").value(TextValue.of("armed men")).attributionKind(AttributionKind.ANALYST_INFERENCE)
        .credibility(Credibility.POSSIBLY_TRUE).recordedAt(Instant.parse("2026-04-26T00:00:00Z")).build();
  }

  private static final SourcedAssertion A = assertion("a");
  private static final SourcedAssertion B = assertion("b");

  @Test
  void verdictsAreEqualWhenAllThreePartsAre() {
    Verdict v = Verdict.eligible(A, "why");
    assertThat(v).isEqualTo(Verdict.eligible(A, "why")).hasSameHashCodeAs(Verdict.eligible(A, "why"));
    assertThat(v).isNotEqualTo(Verdict.eligible(B, "why")).isNotEqualTo(Verdict.excluded(A, "why"))
        .isNotEqualTo(Verdict.eligible(A, "other")).isNotEqualTo("a eligible: why");
    assertThat(v.hashCode()).isNotEqualTo(Verdict.excluded(A, "why").hashCode());
    assertThat(v.reason()).isEqualTo("why");
    assertThat(v.assertion()).isSameAs(A);
    assertThat(Verdict.excluded(A, "no")).hasToString("a excluded: no");
    assertThatThrownBy(() -> Verdict.eligible(null, "x")).hasMessage("assertion");
    assertThatThrownBy(() -> Verdict.eligible(A, null)).hasMessage("reason");
  }

  @Test
  void resolutionsAreEqualWhenEveryPartIs() {
    List<Verdict> verdicts = List.of(Verdict.eligible(A, "first"), Verdict.excluded(B, "second"));
    Resolution r = Resolution.chosen("P", A, "it won", verdicts);
    assertThat(r).isEqualTo(Resolution.chosen("P", A, "it won", verdicts))
        .hasSameHashCodeAs(Resolution.chosen("P", A, "it won", verdicts));
    assertThat(r).isNotEqualTo(Resolution.chosen("Q", A, "it won", verdicts))
        .isNotEqualTo(Resolution.chosen("P", B, "it won", verdicts))
        .isNotEqualTo(Resolution.chosen("P", A, "it lost", verdicts))
        .isNotEqualTo(Resolution.chosen("P", A, "it won", verdicts.subList(0, 1)))
        .isNotEqualTo(r.forScope("what was true on 2026-04-26 (valid time)", verdicts))
        .isNotEqualTo(Resolution.none("P", "it won", verdicts))
        .isNotEqualTo("P");
    assertThat(r.hashCode()).isNotEqualTo(r.forScope("s", verdicts).hashCode());
    assertThat(r.policy()).isEqualTo("P");
    assertThat(r.value()).contains(TextValue.of("armed men"));
    assertThat(r).hasToString("P: chose a (armed men) because it won\n  - a eligible: first\n  - b excluded: second");
  }

  @Test
  void aScopeIsNamedInTheExplanationAndKeepsTheChoice() {
    Resolution r = Resolution.chosen("P", A, "it won", List.of()).forScope("the latest state (valid 2026-04-26)",
        List.of(Verdict.excluded(B, "earlier")));
    assertThat(r.chosen()).contains(A);
    assertThat(r.reason()).isEqualTo("it won");
    assertThat(r.scope()).contains("the latest state (valid 2026-04-26)");
    assertThat(r.explanation()).isEqualTo("P, for the latest state (valid 2026-04-26): chose a (armed men) because it "
        + "won\n  - b excluded: earlier");
    assertThat(Resolution.none("P", "none", List.of()).forScope("", List.of()).scope()).isEmpty();
  }

  @Test
  void aChosenAssertionWithoutValueIsExplainedByItsPolarity() {
    SourcedAssertion unknown = SourcedAssertion.builder().from(assertion("u")).value(java.util.Optional.empty())
        .polarity(Polarity.UNKNOWN_VALUE).build();
    assertThat(Resolution.chosen("P", unknown, "custom", List.of()).explanation())
        .isEqualTo("P: chose u (UNKNOWN_VALUE) because custom");
  }
}
