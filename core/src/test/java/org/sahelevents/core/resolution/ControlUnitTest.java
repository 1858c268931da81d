package org.sahelevents.core.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelevents.core.model.ActorId;
import org.sahelevents.core.model.DateInterval;
import org.sahelevents.core.model.Location;
import org.sahelevents.core.model.SpatialPrecision;

class ControlUnitTest {
  private static final Location GAO = Location.builder().name("Gao").precision(SpatialPrecision.ADMIN2).build();
  private static final LocalDate DAY = LocalDate.of(2026, 4, 25);
  private static final ActorId FAMA = ActorId.of("fama");
  private static final ActorId JNIM = ActorId.of("jnim");

  private static Control control(ControlStatus status, DateInterval period, List<ActorId> who) {
    return new Control(GAO, period, status, who, List.of(), List.of(), List.of(), "the reason");
  }

  @Test
  void aControllerOnlyWhenExactlyOneIsNamed() {
    DateInterval day = DateInterval.between(DAY, DAY);
    assertThat(control(ControlStatus.CONTROLLED, day, List.of(FAMA)).controller()).contains(FAMA);
    assertThat(control(ControlStatus.CONTESTED, day, List.of(FAMA, JNIM)).controller()).isEmpty();
    assertThat(control(ControlStatus.UNKNOWN, day, List.of()).controller()).isEmpty();
  }

  @Test
  void explainsEachStatusForADayOrAPeriod() {
    DateInterval day = DateInterval.between(DAY, DAY);
    DateInterval days = DateInterval.between(DAY, DAY.plusDays(2));
    assertThat(control(ControlStatus.CONTROLLED, day, List.of(FAMA)).explanation())
        .isEqualTo("Gao on 2026-04-25: controlled by fama, because the reason");
    assertThat(control(ControlStatus.CLAIMED, days, List.of(JNIM)).explanation())
        .isEqualTo("Gao 2026-04-25 to 2026-04-27: claimed by jnim, because the reason");
    assertThat(control(ControlStatus.CONTESTED, day, List.of(FAMA, JNIM)).explanation())
        .isEqualTo("Gao on 2026-04-25: contested (fama, jnim), because the reason");
    assertThat(control(ControlStatus.UNKNOWN, DateInterval.between(DAY.minusDays(1), DAY), List.of()).explanation())
        .isEqualTo("Gao 2026-04-24 to 2026-04-25: unknown, because the reason");
  }

  @Test
  void listsAreCopiedAndPartsRequired() {
    List<ActorId> who = new ArrayList<>(List.of(FAMA));
    Control c = control(ControlStatus.CONTROLLED, DateInterval.between(DAY, DAY), who);
    who.add(JNIM);
    assertThat(c.controllers()).containsExactly(FAMA);
    DateInterval day = DateInterval.between(DAY, DAY);
    assertThatThrownBy(() -> new Control(null, day, ControlStatus.UNKNOWN, List.of(), List.of(), List.of(),
        List.of(), "r")).hasMessage("place");
    assertThatThrownBy(() -> new Control(GAO, null, ControlStatus.UNKNOWN, List.of(), List.of(), List.of(),
        List.of(), "r")).hasMessage("period");
    assertThatThrownBy(() -> new Control(GAO, day, null, List.of(), List.of(), List.of(), List.of(), "r"))
        .hasMessage("status");
    assertThatThrownBy(() -> new Control(GAO, day, ControlStatus.UNKNOWN, List.of(), List.of(), List.of(),
        List.of(), null)).hasMessage("reason");
  }
}
