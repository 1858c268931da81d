package org.sahelevents.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateIntervalTest {
  private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
  private static final LocalDate JAN_31 = LocalDate.of(2025, 1, 31);
  private static final DateInterval JANUARY = DateInterval.between(JAN_1, JAN_31);
  private static final DateInterval ALWAYS = DateInterval.builder().build();

  @Test
  void intervalsSharingADayOverlapBothWays() {
    DateInterval lastDay = DateInterval.between(JAN_31, JAN_31.plusDays(5));
    DateInterval dayBefore = DateInterval.between(JAN_1.minusDays(5), JAN_1);
    for (DateInterval other : new DateInterval[] {lastDay, dayBefore, ALWAYS, DateInterval.from(JAN_31),
        DateInterval.builder().end(JAN_1).build(), DateInterval.between(JAN_1.plusDays(3), JAN_1.plusDays(4))}) {
      assertThat(JANUARY.overlaps(other)).as(other.describe()).isTrue();
      assertThat(other.overlaps(JANUARY)).as(other.describe()).isTrue();
    }
  }

  @Test
  void intervalsWithADayBetweenThemDoNotOverlap() {
    DateInterval february = DateInterval.from(JAN_31.plusDays(1));
    DateInterval december = DateInterval.builder().end(JAN_1.minusDays(1)).build();
    assertThat(JANUARY.overlaps(february)).isFalse();
    assertThat(february.overlaps(JANUARY)).isFalse();
    assertThat(JANUARY.overlaps(december)).isFalse();
    assertThat(december.overlaps(JANUARY)).isFalse();
    assertThat(december.overlaps(february)).isFalse();
    assertThat(ALWAYS.overlaps(ALWAYS)).isTrue();
  }

  @Test
  void describesEveryShape() {
    assertThat(JANUARY.describe()).isEqualTo("2025-01-01 to 2025-01-31");
    assertThat(DateInterval.from(JAN_1).describe()).isEqualTo("from 2025-01-01");
    assertThat(DateInterval.builder().end(JAN_31).build().describe()).isEqualTo("until 2025-01-31");
    assertThat(ALWAYS.describe()).isEqualTo("always");
  }
}
