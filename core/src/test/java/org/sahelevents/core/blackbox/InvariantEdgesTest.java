package org.sahelevents.core.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelevents.core.json.ModelJson;
import org.sahelevents.core.json.ModelJsonException;
import org.sahelevents.core.model.FatalityEstimate;
import org.sahelevents.core.model.FatalityQualifier;
import org.sahelevents.core.model.GeoPoint;
import org.sahelevents.core.model.Incident;
import org.sahelevents.core.model.Participant;
import org.sahelevents.core.model.ParticipantRole;
import org.sahelevents.core.model.Side;
import org.sahelevents.core.taxonomy.DisorderType;
import org.sahelevents.core.taxonomy.EventType;
import org.sahelevents.core.taxonomy.SubEventType;
import org.sahelevents.core.validation.ModelValidator;
import org.sahelevents.core.validation.Violation;

/** Boundaries of existing invariants and of reading: equal figures, associated actors, protests, separators. */
class InvariantEdgesTest {
  private static List<String> violations(Object x) {
    return ModelValidator.standard().validate(x).stream().map(Violation::toString).toList();
  }

  @Test
  void equalLowBestAndHighAreInOrder() {
    FatalityEstimate same = FatalityEstimate.builder().low(5).best(5).high(5).qualifier(FatalityQualifier.RANGE)
        .build();
    assertThat(violations(same)).isEmpty();
    assertThat(ModelValidator.standard().isValid(same)).isTrue();
    FatalityEstimate reversed = FatalityEstimate.builder().from(same).high(4).build();
    assertThat(ModelValidator.standard().isValid(reversed)).isFalse();
  }

  @Test
  void anAssociatedActorDoesNotMakeASide() {
    Incident battle = Incident.builder().from(Fixtures.attack()).participants(List.of(
        Participant.of(Fixtures.JNIM, ParticipantRole.COMBATANT, Side.A),
        Participant.of(Fixtures.FAMA, ParticipantRole.ASSOCIATED, Side.B))).build();
    assertThat(violations(battle)).containsExactly("participants: a battle needs an armed actor on each side (A and B)");
  }

  @Test
  void onlyExcessiveForceAmongProtestsTargetsCivilians() {
    Incident excessive = Incident.builder().from(Fixtures.attack()).eventType(EventType.PROTESTS)
        .subEventType(SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS).civilianTargeting(true).build();
    assertThat(violations(excessive)).isEmpty();
    Incident peaceful = Incident.builder().from(excessive).subEventType(SubEventType.PEACEFUL_PROTEST).build();
    assertThat(violations(peaceful)).singleElement().asString()
        .startsWith("civilianTargeting: is not allowed for \"Peaceful protest\"");
    Incident unspecified = Incident.builder().from(excessive).subEventType(java.util.Optional.empty()).build();
    assertThat(violations(unspecified)).singleElement().asString()
        .startsWith("civilianTargeting: is not allowed for \"Protests\"");
  }

  @Test
  void listsOfTermsSkipEmptyPartsAtEitherEnd() {
    assertThat(DisorderType.parseSet("; Political violence")).containsExactly(DisorderType.POLITICAL_VIOLENCE);
    assertThat(DisorderType.parseSet("Political violence;")).containsExactly(DisorderType.POLITICAL_VIOLENCE);
    assertThat(DisorderType.parseSet("Political violence; Demonstrations"))
        .containsExactlyInAnyOrder(DisorderType.POLITICAL_VIOLENCE, DisorderType.DEMONSTRATIONS);
  }

  @Test
  void readingErrorsNameTheExpectedValuesOnlyForEnums() {
    ModelJson json = ModelJson.create();
    assertThatThrownBy(() -> json.read("{\"latitude\":\"north\",\"longitude\":0}", GeoPoint.class))
        .isInstanceOf(ModelJsonException.class)
        .hasMessage("/latitude: cannot read \"north\" as double");
    assertThatThrownBy(() -> json.read("{\"low\":1,\"qualifier\":\"ROUGHLY\"}", FatalityEstimate.class))
        .isInstanceOf(ModelJsonException.class)
        .hasMessageStartingWith("/qualifier: cannot read \"ROUGHLY\" as FatalityQualifier; expected one of [EXACT, ");
  }
}
