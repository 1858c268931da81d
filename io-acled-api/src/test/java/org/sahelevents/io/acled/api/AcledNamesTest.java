package org.sahelevents.io.acled.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Country and region names: ACLED's spelling found whatever the case and accents, and suggestions for typos. */
class AcledNamesTest {
  @Test
  void findsACLEDsSpellingIgnoringCaseAccentsAndSpacing() {
    assertThat(AcledNames.country("  burkina   FASO ")).isEqualTo("Burkina Faso");
    assertThat(AcledNames.country("Côte d’Ivoire")).isEqualTo("Ivory Coast");
    assertThat(AcledNames.country("eswatini")).isEqualTo("eSwatini");
    assertThat(AcledNames.country("Réunion")).isEqualTo("Reunion");
  }

  @Test
  void suggestsTheNearestNamesOnly() {
    assertThatThrownBy(() -> AcledNames.country("Nigre")).hasMessageContaining("did you mean \"Niger\"");
    assertThatThrownBy(() -> AcledNames.country("Atlantis")).hasMessageContaining("no country of that name")
        .hasMessageNotContaining("did you mean");
  }

  @Test
  void levenshteinDistance() {
    assertThat(AcledNames.distance("mali", "mali")).isZero();
    assertThat(AcledNames.distance("mali", "malli")).isEqualTo(1);
    assertThat(AcledNames.distance("niger", "nigeria")).isEqualTo(2);
    assertThat(AcledNames.distance("", "chad")).isEqualTo(4);
  }

  @Test
  void regionsByNameOrNumberAndNoneForTheGaps() {
    assertThat(AcledNames.region("Middle Africa")).isEqualTo(2);
    assertThat(AcledNames.region("20")).isEqualTo(20);
    assertThat(AcledNames.regionName(6)).isEmpty();
    assertThat(AcledNames.REGIONS).hasSize(17).containsEntry(11, "Middle East");
    assertThatThrownBy(() -> AcledNames.region("8")).hasMessageContaining("unknown region \"8\"");
  }

  @Test
  void credentialsFromTheEnvironmentNeedBothVariables() {
    AcledCredentials c = AcledCredentials.fromVariables(Map.of("ACLED_EMAIL", " me@example.org ",
        "ACLED_PASSWORD", "pw-123"));
    assertThat(c.email()).isEqualTo("me@example.org");
    assertThat(c.password()).isEqualTo("pw-123");
    assertThat(c.source()).isEqualTo("the environment variables ACLED_EMAIL and ACLED_PASSWORD");
    assertThat(c.toString()).doesNotContain("pw-123");
    assertThatThrownBy(() -> AcledCredentials.fromVariables(Map.of("ACLED_EMAIL", "me@example.org")))
        .isInstanceOf(AcledApiException.class).hasMessageContaining("set ACLED_EMAIL and ACLED_PASSWORD");
  }

  @Test
  void queryParametersForOpenDateRanges() {
    assertThat(AcledQuery.builder().since(java.time.LocalDate.of(2026, 4, 1)).build().parameters())
        .containsEntry("event_date", "2026-04-01").containsEntry("event_date_where", ">=");
    assertThat(AcledQuery.builder().until(java.time.LocalDate.of(2026, 4, 1)).build().parameters())
        .containsEntry("event_date", "2026-04-01").containsEntry("event_date_where", "<=");
    assertThat(AcledQuery.builder().since(java.time.LocalDate.of(2026, 4, 1)).until(java.time.LocalDate.of(2026,
        4, 9)).build().parameters()).containsEntry("event_date", "2026-04-01|2026-04-09");
    assertThat(AcledQuery.builder().build().parameters()).isEmpty();
    assertThatThrownBy(() -> AcledQuery.builder().between(java.time.LocalDate.of(2026, 4, 2),
        java.time.LocalDate.of(2026, 4, 1))).hasMessageContaining("ends (2026-04-01) before it starts");
  }
}
