package org.sahelevents.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelevents.core.model.FatalityEstimate;
import org.sahelevents.core.model.GeoPoint;
import org.sahelevents.core.model.LocalizedName;
import org.sahelevents.core.model.NameKind;

class ModelValidatorTest {
  private final ModelValidator validator = ModelValidator.standard();

  private List<String> messages(Object o) {
    return validator.validate(o).stream().map(Violation::toString).toList();
  }

  @Test
  void runsWithoutAnExpressionLanguageImplementation() {
    assertThatThrownBy(() -> Class.forName("jakarta.el.ExpressionFactory")).isInstanceOf(ClassNotFoundException.class);
    assertThat(messages(GeoPoint.of(91, 0))).containsExactly("latitude: must be between -90 and 90");
  }

  @Test
  void nonFiniteCoordinatesAreRejectedWithAClearMessage() {
    assertThat(messages(GeoPoint.of(Double.NaN, 0))).contains("latitude: must be a finite number, not NaN");
    assertThat(messages(GeoPoint.of(0, Double.POSITIVE_INFINITY)))
        .contains("longitude: must be a finite number, not Infinity");
    assertThat(messages(GeoPoint.of(20.20126, 1.01186))).isEmpty();
  }

  @Test
  void dataInMessagesIsNotInterpretedAsATemplate() {
    LocalizedName name = LocalizedName.of("{value} ${1+1} \\ x", "en", NameKind.OFFICIAL);
    org.sahelevents.core.model.Actor actor = org.sahelevents.core.model.Actor.builder()
        .id(org.sahelevents.core.model.ActorId.of("a")).name(name).addAlias(name)
        .kind(org.sahelevents.core.model.ActorKind.OTHER).build();
    assertThat(messages(actor)).containsExactly("aliases[0]: repeats the name \"{value} ${1+1} \\ x\" in language en");
  }

  @Test
  void requireValidReturnsValidObjectsAndNamesThePublicType() {
    FatalityEstimate ok = FatalityEstimate.range(10, 20);
    assertThat(validator.requireValid(ok)).isSameAs(ok);
    assertThatThrownBy(() -> validator.requireValid(FatalityEstimate.range(20, 10)))
        .isInstanceOf(ModelValidationException.class)
        .hasMessage("invalid FatalityEstimate (1 error(s)):\n  high: must not be lower than low (20), but is 10")
        .satisfies(e -> assertThat(((ModelValidationException) e).typeName()).isEqualTo("FatalityEstimate"));
  }
}
