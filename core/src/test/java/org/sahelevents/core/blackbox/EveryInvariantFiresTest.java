package org.sahelevents.core.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sahelevents.core.json.ModelJson;
import org.sahelevents.core.json.ModelJsonException;
import org.sahelevents.core.model.Source;
import org.sahelevents.core.model.SourcedAssertion;
import org.sahelevents.core.model.TemporalExtent;
import org.sahelevents.core.model.TimePrecision;
import org.sahelevents.core.validation.ModelValidator;

/**
 * Each of the 26 invariants of domain-model.md section 2.4 that core enforces has a spec case showing it firing (the
 * case's {@code invariant} member; {@link ConstraintSpecTest} checks the violations). The others are enforced where
 * their data lives, or hold by construction; this test names them so that none is forgotten.
 */
class EveryInvariantFiresTest {
  /** Invariants that core's validation does not report, and why. */
  private static final Map<Integer, String> ELSEWHERE = Map.of(
      6, "rounding to 4 decimals is a rule of writing ACLED files, not of the model",
      10, "representativeDate() is computed inside the interval; see representativeDateLiesInTheInterval",
      11, "ACLED export precision is a rule of writing ACLED files",
      15, "UCDP's best = sum of deaths is checked when importing UCDP, which the project does not do yet",
      16, "fatalities as an ACLED integer is a rule of writing ACLED files",
      19, "interaction = combine(inter1, inter2) is checked when reading ACLED rows (io-acled spec cases)",
      25, "grades are enums, so an out-of-range grade cannot be built; see gradesOutOfRangeCannotBeRead");

  @Test
  void everyInvariantEnforcedByCoreHasASpecCaseThatFires() {
    Set<Integer> fired = SpecCases.load().stream()
        .filter(c -> c.invariant() > 0)
        .filter(c -> !ModelValidator.standard().validate(c.object()).isEmpty())
        .map(SpecCases.Case::invariant)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<Integer> expected = IntStream.rangeClosed(1, 26).boxed().filter(i -> !ELSEWHERE.containsKey(i))
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(fired).isEqualTo(expected);
  }

  @Test
  void representativeDateLiesInTheInterval() {
    LocalDate start = LocalDate.of(2024, 1, 1);
    for (int day = 0; day < 400; day += 7) {
      LocalDate d = start.plusDays(day);
      for (TemporalExtent t : List.of(TemporalExtent.day(d), TemporalExtent.days(d, d.plusDays(1 + day % 6)),
          TemporalExtent.month(YearMonth.from(d)), TemporalExtent.builder().earliest(d.withDayOfYear(1))
              .latest(d.withDayOfYear(d.lengthOfYear())).precision(TimePrecision.YEAR).build())) {
        assertThat(t.contains(t.representativeDate())).as(t.describe()).isTrue();
      }
    }
  }

  @Test
  void gradesOutOfRangeCannotBeRead() {
    ModelJson json = ModelJson.create();
    assertThatThrownBy(() -> json.read("{\"id\":\"afp\",\"name\":{\"value\":\"AFP\",\"language\":\"fr\","
        + "\"kind\":\"ACRONYM\"},\"kind\":\"NEWS_AGENCY\",\"reliability\":\"G\"}", Source.class))
        .isInstanceOf(ModelJsonException.class).hasMessageContaining("/reliability");
    assertThatThrownBy(() -> json.read("{\"id\":\"a\",\"subject\":{\"kind\":\"INCIDENT\",\"id\":\"k\"},"
        + "\"field\":\"fatalities\",\"polarity\":\"NO_VALUE\",\"attributionKind\":\"ANALYST_INFERENCE\","
        + "\"credibility\":\"SEVEN\",\"recordedAt\":\"2026-04-26T00:00:00Z\"}", SourcedAssertion.class))
        .isInstanceOf(ModelJsonException.class).hasMessageContaining("/credibility");
  }
}
