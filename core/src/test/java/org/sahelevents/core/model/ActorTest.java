package org.sahelevents.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sahelevents.core.taxonomy.ActorType;

class ActorTest {
  private static final LocalDate CHANGE = LocalDate.of(2025, 6, 6);

  private static Actor africaCorps() {
    return Actor.builder().id(ActorId.of("africa-corps"))
        .name(LocalizedName.of("Africa Corps", "en", NameKind.OFFICIAL))
        .addAlias(LocalizedName.of("Африканский корпус", "ru", NameKind.TRANSLATION))
        .kind(ActorKind.EXTERNAL_STATE_FORCE)
        .addAcledType(ActorTypeAssignment.builder().type(ActorType.EXTERNAL_OTHER_FORCES)
            .validity(DateInterval.builder().end(CHANGE.minusDays(1)).build()).build())
        .addAcledType(ActorTypeAssignment.builder().type(ActorType.STATE_FORCES).validity(DateInterval.from(CHANGE))
            .build())
        .build();
  }

  @Test
  void theTypeOnADateFollowsThePeriods() {
    assertThat(africaCorps().acledTypeOn(CHANGE.minusDays(1))).contains(ActorType.EXTERNAL_OTHER_FORCES);
    assertThat(africaCorps().acledTypeOn(CHANGE)).contains(ActorType.STATE_FORCES);
  }

  @Test
  void aTypeWithoutValidityAlwaysHoldsAndNoTypeIsEmpty() {
    Actor always = Actor.builder().from(africaCorps()).acledTypes(java.util.List.of(
        ActorTypeAssignment.of(ActorType.REBEL_GROUP))).build();
    assertThat(always.acledTypeOn(LocalDate.of(1990, 1, 1))).contains(ActorType.REBEL_GROUP);
    Actor gap = Actor.builder().from(africaCorps()).acledTypes(java.util.List.of(ActorTypeAssignment.builder()
        .type(ActorType.REBEL_GROUP).validity(DateInterval.from(CHANGE)).build())).build();
    assertThat(gap.acledTypeOn(CHANGE.minusDays(1))).isEmpty();
  }

  @Test
  void isNamedByAnyNameButNotByOthers() {
    assertThat(africaCorps().allNames()).extracting(LocalizedName::getValue)
        .containsExactly("Africa Corps", "Африканский корпус");
    assertThat(africaCorps().isNamed("africa corps")).isTrue();
    assertThat(africaCorps().isNamed("африканский корпус")).isTrue();
    assertThat(africaCorps().isNamed("Wagner")).isFalse();
  }
}
