package org.sahelevents.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The package-private {@link LabelTable}: every label finds its value, and nothing else finds one. */
class LabelTableTest {
  @Test
  void everyLabelFindsItsValueAndNearMissesFindNone() {
    Map<String, Integer> byLabel = new HashMap<>();
    // Labels alike in length and in their first, middle and last characters share slots.
    for (int i = 0; i < 200; i++) {
      byLabel.put("a" + (char) ('A' + i % 26) + "m" + i % 7 + "z", i);
    }
    byLabel.put("", -1);
    byLabel.put("Political violence", -2);
    LabelTable<Integer> table = new LabelTable<>(byLabel);
    byLabel.forEach((label, value) -> assertThat(table.get(label)).as(label).isEqualTo(value));
    assertThat(table.get("Political Violence")).isNull();
    assertThat(table.get("Political violence ")).isNull();
    assertThat(table.get("aAm0y")).isNull();
    assertThat(table.get("x")).isNull();
  }

  @Test
  void anEmptyTableFindsNothing() {
    assertThat(new LabelTable<>(Map.of()).get("")).isNull();
    assertThat(new LabelTable<>(Map.of()).get("Battles")).isNull();
  }
}
