package org.sahelevents.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaxonomyTest {
  @Test
  void acledHasSixEventTypesAndTwentyFiveSubEventTypesEachUnderItsParent() {
    assertThat(EventType.values()).hasSize(6);
    assertThat(SubEventType.values()).hasSize(25);
    assertThat(Stream.of(EventType.values()).mapToInt(e -> e.subEventTypes().size()).sum()).isEqualTo(25);
    assertThat(EventType.BATTLES.subEventTypes()).containsExactly(SubEventType.GOVERNMENT_REGAINS_TERRITORY,
        SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, SubEventType.ARMED_CLASH);
  }

  @Test
  void onlyExcessiveForceAgainstProtestersHasTwoDisorderTypes() {
    assertThat(Stream.of(SubEventType.values()).filter(s -> s.disorderTypes().size() == 2))
        .containsExactly(SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS);
    assertThat(SubEventType.MOB_VIOLENCE.disorderTypes()).containsExactly(DisorderType.POLITICAL_VIOLENCE);
    assertThat(SubEventType.VIOLENT_DEMONSTRATION.disorderTypes()).containsExactly(DisorderType.DEMONSTRATIONS);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Excessive force against protestors|EXCESSIVE_FORCE_AGAINST_PROTESTERS",
    "excessive  force against Protesters|EXCESSIVE_FORCE_AGAINST_PROTESTERS",
    "Air/drone strike|AIR_DRONE_STRIKE",
    "REMOTE EXPLOSIVE/LANDMINE/IED|REMOTE_EXPLOSIVE_LANDMINE_IED",
    "Non-state actor overtakes territory|NON_STATE_ACTOR_OVERTAKES_TERRITORY"})
  void subEventTypesParseLeniently(String label, SubEventType expected) {
    assertThat(SubEventType.parse(label)).isEqualTo(expected);
  }

  @Test
  void knownVariantsOfEventAndDisorderTypesParse() {
    assertThat(EventType.parse("Strategic Developments")).isEqualTo(EventType.STRATEGIC_DEVELOPMENTS);
    assertThat(EventType.parse(" explosions/remote violence ")).isEqualTo(EventType.EXPLOSIONS_REMOTE_VIOLENCE);
    assertThat(DisorderType.parseSet("Political violence; Demonstrations"))
        .isEqualTo(EnumSet.of(DisorderType.POLITICAL_VIOLENCE, DisorderType.DEMONSTRATIONS));
    assertThat(DisorderType.format(EnumSet.of(DisorderType.DEMONSTRATIONS, DisorderType.POLITICAL_VIOLENCE)))
        .isEqualTo("Political violence; Demonstrations");
  }

  @Test
  void unknownValuesFailWithTheRawValueAndWhatWasExpected() {
    assertThatThrownBy(() -> EventType.parse("Remote violence"))
        .isInstanceOf(UnknownTermException.class)
        .hasMessageStartingWith("unknown event type \"Remote violence\"; expected one of \"Battles\", \"Protests\"")
        .satisfies(e -> assertThat(((UnknownTermException) e).rawValue()).isEqualTo("Remote violence"));
    assertThatThrownBy(() -> SubEventType.parse("Ambush")).hasMessageContaining("sub-event type \"Ambush\"");
    assertThatThrownBy(() -> DisorderType.parseSet("Political violence; Riots")).hasMessageContaining("\"Riots\"");
  }

  @Test
  void actorTypesParseFromCodesAndEveryLabelSet() {
    assertThat(ActorType.parse("2")).contains(ActorType.REBEL_GROUP);
    assertThat(ActorType.parse("Rebel Groups")).contains(ActorType.REBEL_GROUP);
    assertThat(ActorType.parse("Protestors")).contains(ActorType.PROTESTERS);
    assertThat(ActorType.parse("External/Other Forces")).contains(ActorType.EXTERNAL_OTHER_FORCES);
    assertThat(ActorType.parse("Foreign / Others")).contains(ActorType.EXTERNAL_OTHER_FORCES);
    assertThat(ActorType.parse("Communal / Identity Groups")).contains(ActorType.IDENTITY_MILITIA);
    assertThat(ActorType.parse("Militia Groups")).contains(ActorType.POLITICAL_MILITIA);
    assertThat(ActorType.parse("0")).isEmpty();
    assertThat(ActorType.parse("")).isEmpty();
    assertThat(ActorType.fromCode(7)).contains(ActorType.CIVILIANS);
    assertThatThrownBy(() -> ActorType.fromCode(9)).hasMessageContaining("actor type code \"9\"");
    assertThatThrownBy(() -> ActorType.parse("Terrorists")).isInstanceOf(UnknownTermException.class);
  }

  @Test
  void interactionCombinesActorTypesLowerFirst() {
    Interaction i = Interaction.of(ActorType.POLITICAL_MILITIA, Optional.of(ActorType.STATE_FORCES));
    assertThat(i.code()).isEqualTo(13);
    assertThat(i.label()).isEqualTo("State forces-Political militia");
    assertThat(Interaction.of(ActorType.REBEL_GROUP, Optional.empty()).label()).isEqualTo("Rebel group only");
    assertThat(Interaction.only(ActorType.REBEL_GROUP).code()).isEqualTo(20);
    assertThat(Interaction.fromCode(78).label()).isEqualTo("External/Other forces-Civilians");
    assertThat(Interaction.fromCode(27).label()).isEqualTo("Rebel group-Civilians");
  }

  @Test
  void anInteractionIsOneSharedInstanceAlsoAfterJavaSerialization() throws Exception {
    Interaction i = Interaction.of(ActorType.CIVILIANS, ActorType.EXTERNAL_OTHER_FORCES);
    assertThat(Interaction.of(ActorType.EXTERNAL_OTHER_FORCES, ActorType.CIVILIANS)).isSameAs(i);
    assertThat(Interaction.parse("78")).isSameAs(i);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(i);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      Interaction back = (Interaction) in.readObject();
      assertThat(back).isSameAs(i);
      assertThat(back.label()).isEqualTo("External/Other forces-Civilians");
    }
  }

  @Test
  void everyInteractionCodeHasALabelThatParsesBackToIt() {
    int count = 0;
    for (int code = 10; code <= 88; code++) {
      int first = code / 10;
      int second = code % 10;
      if (second != 0 && second < first || second == 9) {
        continue;
      }
      Interaction i = Interaction.fromCode(code);
      assertThat(Interaction.parse(i.label())).as(i.label()).isEqualTo(i);
      assertThat(i.code()).isEqualTo(code);
      count++;
    }
    assertThat(count).isEqualTo(44);
    assertThat(Interaction.parse("Sole State Forces").code()).isEqualTo(10);
    assertThat(Interaction.parse("State Forces-Rebel Groups").code()).isEqualTo(12);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "13|13", "State forces-Political militia|13", "Political militia-State forces|13", "Rebel group only|20",
    "20|20", "Political militia-Civilians|37", "External/Other forces-Civilians|78", "88|88"})
  void interactionsParseFromCodesAndText(String text, int code) {
    assertThat(Interaction.parse(text).code()).isEqualTo(code);
  }

  @Test
  void interactionCodesWithTheHigherTypeFirstAreRejected() {
    assertThatThrownBy(() -> Interaction.parse("73"))
        .isInstanceOf(UnknownTermException.class)
        .hasMessageContaining("the lower actor type comes first: 37");
    for (String bad : List.of("9", "90", "19", "Rebels only", "State forces+Rebel group")) {
      assertThatThrownBy(() -> Interaction.parse(bad)).as(bad).isInstanceOf(UnknownTermException.class);
    }
  }

  @Test
  void sourceScalesSplitOnDashes() {
    assertThat(SourceScale.parseList("Local partner-National"))
        .containsExactly(SourceScale.LOCAL_PARTNER, SourceScale.NATIONAL);
    assertThat(SourceScale.parseList("New media-Regional"))
        .containsExactly(SourceScale.NEW_MEDIA, SourceScale.REGIONAL);
    assertThat(SourceScale.format(List.of(SourceScale.SUBNATIONAL, SourceScale.INTERNATIONAL)))
        .isEqualTo("Subnational-International");
    assertThat(SourceScale.parseList("")).isEmpty();
    assertThatThrownBy(() -> SourceScale.parseList("National-Galactic")).hasMessageContaining("\"Galactic\"");
  }
}
