package org.sahelevents.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class TemporalExtentTest {
  private static final LocalDate D = LocalDate.of(2026, 4, 25);

  @Test
  void theRepresentativeDateIsTheMiddleRoundedDown() {
    assertThat(TemporalExtent.day(D).representativeDate()).isEqualTo(D);
    assertThat(TemporalExtent.days(D, D.plusDays(1)).representativeDate()).isEqualTo(D);
    assertThat(TemporalExtent.days(D, D.plusDays(4)).representativeDate()).isEqualTo(D.plusDays(2));
    assertThat(TemporalExtent.month(YearMonth.of(2025, 9)).representativeDate()).isEqualTo(LocalDate.of(2025, 9, 15));
  }

  @Test
  void containsBothEndsAndNothingOutside() {
    TemporalExtent t = TemporalExtent.days(D, D.plusDays(2));
    assertThat(t.contains(D)).isTrue();
    assertThat(t.contains(D.plusDays(1))).isTrue();
    assertThat(t.contains(D.plusDays(2))).isTrue();
    assertThat(t.contains(D.minusDays(1))).isFalse();
    assertThat(t.contains(D.plusDays(3))).isFalse();
  }
}
