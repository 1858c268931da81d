package org.sahelevents.core.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sahelevents.core.validation.ModelValidator;
import org.sahelevents.core.validation.Violation;

/** Every case of the spec file is rejected with exactly the expected paths and messages, and no others. */
class ConstraintSpecTest {
  static List<SpecCases.Case> cases() {
    return SpecCases.load();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rejectsWithExpectedPathsAndMessages(SpecCases.Case c) {
    List<String> found = ModelValidator.standard().validate(c.object()).stream().map(Violation::toString).toList();
    assertThat(found).containsExactlyElementsOf(c.violations());
  }
}
