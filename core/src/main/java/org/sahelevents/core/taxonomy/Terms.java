package org.sahelevents.core.taxonomy;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Lenient lookup of vocabulary labels: case, repeated white space and the known spelling variants are ignored. */
final class Terms {
  private Terms() {}

  /**
   * The lookup key of a label. ACLED spells "protesters" both "protesters" and "protestors", and capitalises
   * "Strategic Developments" in some exports; both are folded here so each enum lists only its canonical labels.
   */
  static String key(String label) {
    return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).replace("protestor", "protester");
  }

  static <E extends Enum<E>> Map<String, E> index(E[] values, Function<E, Stream<String>> labels) {
    Map<String, E> index = new HashMap<>();
    for (E value : values) {
      labels.apply(value).forEach(label -> index.put(key(label), value));
    }
    return Map.copyOf(index);
  }

  static <E extends Enum<E>> E lookup(Map<String, E> index, String vocabulary, String raw, E[] values,
      Function<E, String> label) {
    E found = raw == null ? null : index.get(key(raw));
    if (found == null) {
      throw new UnknownTermException(vocabulary, String.valueOf(raw), "one of "
          + Stream.of(values).map(v -> "\"" + label.apply(v) + "\"").collect(Collectors.joining(", ")));
    }
    return found;
  }
}
