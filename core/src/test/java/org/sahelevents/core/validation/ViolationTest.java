package org.sahelevents.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ViolationTest {
  private static final Violation V = new Violation("best", "too high", Severity.ERROR);

  @Test
  void equalWhenPathMessageAndSeverityAre() {
    assertThat(V).isEqualTo(new Violation("best", "too high", Severity.ERROR))
        .hasSameHashCodeAs(new Violation("best", "too high", Severity.ERROR));
    assertThat(V).isNotEqualTo(new Violation("low", "too high", Severity.ERROR))
        .isNotEqualTo(new Violation("best", "too low", Severity.ERROR))
        .isNotEqualTo(new Violation("best", "too high", Severity.WARNING))
        .isNotEqualTo("best: too high");
    assertThat(V.hashCode()).isNotEqualTo(new Violation("best", "too high", Severity.WARNING).hashCode());
  }

  @Test
  void readsAsPathAndMessage() {
    assertThat(V).hasToString("best: too high");
    assertThat(new Violation("", "empty", Severity.WARNING)).hasToString("warning: empty");
  }
}
