package org.sahelevents.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InteractionTest {
  @Test
  void partsCodeAndText() {
    Interaction i = Interaction.of(ActorType.CIVILIANS, ActorType.STATE_FORCES);
    assertThat(i.first()).isEqualTo(ActorType.STATE_FORCES);
    assertThat(i.second()).contains(ActorType.CIVILIANS);
    assertThat(i).hasToString("17: State forces-Civilians");
    assertThat(Interaction.only(ActorType.RIOTERS).second()).isEmpty();
    assertThat(Interaction.only(ActorType.RIOTERS)).hasToString("50: Rioters only");
  }

  @Test
  void equalityFollowsThePair() {
    Interaction i = Interaction.of(ActorType.REBEL_GROUP, ActorType.STATE_FORCES);
    assertThat(i).isEqualTo(Interaction.fromCode(12)).hasSameHashCodeAs(Interaction.fromCode(12));
    assertThat(i).isNotEqualTo(Interaction.fromCode(13)).isNotEqualTo(Interaction.only(ActorType.STATE_FORCES))
        .isNotEqualTo(Interaction.fromCode(22)).isNotEqualTo("12");
    assertThat(i.hashCode()).isNotEqualTo(Interaction.fromCode(13).hashCode());
  }

  @Test
  void codesAtTheEdgesOfTheRange() {
    assertThat(Interaction.fromCode(10)).isEqualTo(Interaction.only(ActorType.STATE_FORCES));
    assertThat(Interaction.fromCode(11)).isEqualTo(Interaction.of(ActorType.STATE_FORCES, ActorType.STATE_FORCES));
    assertThat(Interaction.fromCode(88)).isEqualTo(Interaction.of(ActorType.EXTERNAL_OTHER_FORCES,
        Optional.of(ActorType.EXTERNAL_OTHER_FORCES)));
    for (int bad : List.of(9, 89, 21, 87)) {
      assertThatThrownBy(() -> Interaction.fromCode(bad)).as("" + bad).isInstanceOf(UnknownTermException.class)
          .hasMessageContaining("interaction code");
    }
    assertThatThrownBy(() -> Interaction.fromCode(87)).hasMessageContaining("the lower actor type comes first: 78");
    assertThatThrownBy(() -> Interaction.fromCode(89)).message().doesNotContain("comes first");
    assertThatThrownBy(() -> Interaction.fromCode(98)).message().doesNotContain("comes first");
  }

  @Test
  void codesWithSpacesAroundAreStillCodes() {
    assertThat(Interaction.parse(" 10 ")).isEqualTo(Interaction.only(ActorType.STATE_FORCES));
    assertThat(Interaction.parse(" 13")).isEqualTo(Interaction.fromCode(13));
    assertThat(Interaction.parse("18 ")).isEqualTo(Interaction.fromCode(18));
    assertThatThrownBy(() -> Interaction.parse(" 19")).hasMessageContaining("actor type code \"9\"");
    assertThatThrownBy(() -> Interaction.parse(" 123")).isInstanceOf(UnknownTermException.class)
        .message().doesNotContain("interaction code");
  }

  @Test
  void textInOtherCasesAndSpacing() {
    assertThat(Interaction.parse("rebel group ONLY ")).isEqualTo(Interaction.only(ActorType.REBEL_GROUP));
    assertThat(Interaction.parse("sole rebel group")).isEqualTo(Interaction.only(ActorType.REBEL_GROUP));
    assertThat(Interaction.parse(" civilians-political militia")).isEqualTo(Interaction.fromCode(37));
  }

  @Test
  void nothingAndHalfAPairAreNotInteractions() {
    for (String bad : java.util.Arrays.asList(null, "", "-Rebel group", "Rebel group-", " only")) {
      assertThatThrownBy(() -> Interaction.parse(bad)).as(String.valueOf(bad))
          .isInstanceOf(UnknownTermException.class);
    }
  }
}
