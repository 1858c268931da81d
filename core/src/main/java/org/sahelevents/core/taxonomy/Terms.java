package org.sahelevents.core.taxonomy;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Lenient lookup of vocabulary labels: case, repeated white space and the known spelling variants are ignored. Labels
 * written exactly as listed are found without normalising, which keeps reading large files fast.
 */
final class Terms<E extends Enum<E>> {
  private final String vocabulary;
  private final LabelTable<E> exact;
  private final Map<String, E> normalized;
  private final String expected;

  private Terms(String vocabulary, Map<String, E> exact, Map<String, E> normalized, String expected) {
    this.vocabulary = vocabulary;
    this.exact = new LabelTable<>(exact);
    this.normalized = normalized;
    this.expected = expected;
  }

  static <E extends Enum<E>> Terms<E> of(String vocabulary, E[] values, Function<E, Stream<String>> labels,
      Function<E, String> canonical) {
    Map<String, E> exact = new HashMap<>();
    Map<String, E> normalized = new HashMap<>();
    for (E value : values) {
      labels.apply(value).forEach(label -> {
        exact.put(label, value);
        normalized.put(key(label), value);
      });
    }
    String expected = "one of " + Stream.of(values).map(v -> "\"" + canonical.apply(v) + "\"")
        .collect(Collectors.joining(", "));
    return new Terms<>(vocabulary, exact, Map.copyOf(normalized), expected);
  }

  /**
   * The lookup key of a label. ACLED spells "protesters" both "protesters" and "protestors", and capitalises
   * "Strategic Developments" in some exports; both are folded here so each enum lists only its canonical labels.
   */
  static String key(String label) {
    StringBuilder out = new StringBuilder(label.length());
    boolean space = false;
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (Character.isWhitespace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT).replace("protestor", "protester");
  }

  /** Calls {@code action} with each part of {@code cell} between separators, stripped, skipping empty parts. */
  static void forEachPart(String cell, char separator, Consumer<String> action) {
    int start = 0;
    while (start <= cell.length()) {
      int end = cell.indexOf(separator, start);
      String part = cell.substring(start, end < 0 ? cell.length() : end).strip();
      if (!part.isEmpty()) {
        action.accept(part);
      }
      if (end < 0) {
        return;
      }
      start = end + 1;
    }
  }

  /** The term with exactly this label, as listed, or null. */
  E exact(String raw) {
    return raw == null ? null : exact.get(raw);
  }

  /** The term with this label, or null. */
  E find(String raw) {
    if (raw == null) {
      return null;
    }
    E found = exact.get(raw);
    return found != null ? found : normalized.get(key(raw));
  }

  /**
   * The term with this label.
   *
   * @throws UnknownTermException if there is none
   */
  E lookup(String raw) {
    E found = find(raw);
    if (found == null) {
      throw new UnknownTermException(vocabulary, String.valueOf(raw), expected);
    }
    return found;
  }
}
