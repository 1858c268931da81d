package org.sahelevents.io.acled.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * ACLED's country and region names, as its API filters on them: a name is found ignoring case, accents and spacing,
 * and a name that is not ACLED's gets the closest ones as suggestions. Immutable and thread-safe.
 */
final class AcledNames {
  /** ACLED's regions by number, as the API filter takes them (the data holds the name). */
  static final Map<Integer, String> REGIONS = regions();

  private static final Map<String, String> COUNTRIES = countries();
  // Names people type for countries ACLED spells otherwise.
  private static final Map<String, String> COUNTRY_ALIASES = Map.ofEntries(
      Map.entry("cote d'ivoire", "Ivory Coast"), Map.entry("cote divoire", "Ivory Coast"),
      Map.entry("swaziland", "eSwatini"), Map.entry("cabo verde", "Cape Verde"), Map.entry("burma", "Myanmar"),
      Map.entry("drc", "Democratic Republic of Congo"), Map.entry("dr congo", "Democratic Republic of Congo"),
      Map.entry("czechia", "Czech Republic"), Map.entry("timor-leste", "East Timor"),
      Map.entry("turkiye", "Turkey"), Map.entry("usa", "United States"),
      Map.entry("united states of america", "United States"), Map.entry("uk", "United Kingdom"));

  private AcledNames() {}

  /**
   * ACLED's spelling of a country name.
   *
   * @throws IllegalArgumentException naming the closest of ACLED's names when it has none of that name
   */
  static String country(String name) {
    String key = key(name);
    String found = COUNTRIES.get(key);
    if (found == null) {
      found = COUNTRY_ALIASES.get(key);
    }
    if (found == null) {
      List<String> close = closest(key, COUNTRIES);
      throw new IllegalArgumentException("unknown country \"" + name + "\": ACLED has no country of that name"
          + (close.isEmpty() ? "; use the names of ACLED's country column, such as \"Burkina Faso\""
              : "; did you mean " + quoteAll(close) + "?"));
    }
    return found;
  }

  /**
   * ACLED's number of a region given by name or number.
   *
   * @throws IllegalArgumentException naming the closest region, or listing them
   */
  static int region(String nameOrNumber) {
    String key = key(nameOrNumber);
    for (Map.Entry<Integer, String> r : REGIONS.entrySet()) {
      if (key.equals(key(r.getValue())) || key.equals(Integer.toString(r.getKey()))) {
        return r.getKey();
      }
    }
    Map<String, String> byKey = new LinkedHashMap<>();
    REGIONS.values().forEach(v -> byKey.put(key(v), v));
    List<String> close = closest(key, byKey);
    throw new IllegalArgumentException("unknown region \"" + nameOrNumber + "\": "
        + (close.isEmpty() ? "ACLED's regions are " + REGIONS : "did you mean " + quoteAll(close) + "?"));
  }

  /** The region of a number, if ACLED has one. */
  static Optional<String> regionName(int number) {
    return Optional.ofNullable(REGIONS.get(number));
  }

  private static String quoteAll(List<String> names) {
    return String.join(" or ", names.stream().map(n -> "\"" + n + "\"").toList());
  }

  // The names within a small edit distance of the key, the nearest first.
  private static List<String> closest(String key, Map<String, String> names) {
    int best = Math.max(2, key.length() / 4) + 1;
    List<String> found = new ArrayList<>();
    for (Map.Entry<String, String> n : names.entrySet()) {
      int d = distance(key, n.getKey());
      if (d < best) {
        best = d;
        found.clear();
      }
      if (d == best) {
        found.add(n.getValue());
      }
    }
    // Among equally near names, those of the typed length first: "Mlai" is more likely Mali than Malawi.
    found.sort(java.util.Comparator.comparingInt(n -> Math.abs(n.length() - key.length())));
    return found.size() > 3 ? found.subList(0, 3) : found;
  }

  // Levenshtein distance.
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  // Lower case, no accents, one space between words, ASCII apostrophes.
  static String key(String name) {
    String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return decomposed.replace('\u2019', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static Map<String, String> countries() {
    Map<String, String> names = new LinkedHashMap<>();
    try (InputStream in = AcledNames.class.getResourceAsStream("acled-countries.txt");
         BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          names.put(key(line), line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("acled-countries.txt: " + e.getMessage(), e);
    }
    return Collections.unmodifiableMap(names);
  }

  private static Map<Integer, String> regions() {
    Map<Integer, String> regions = new LinkedHashMap<>();
    String[] names = {"1 Western Africa", "2 Middle Africa", "3 Eastern Africa", "4 Southern Africa",
        "5 Northern Africa", "7 South Asia", "9 Southeast Asia", "11 Middle East", "12 Europe",
        "13 Caucasus and Central Asia", "14 Central America", "15 South America", "16 Caribbean", "17 East Asia",
        "18 North America", "19 Oceania", "20 Antarctica"};
    for (String n : names) {
      int space = n.indexOf(' ');
      regions.put(Integer.parseInt(n.substring(0, space)), n.substring(space + 1));
    }
    return Collections.unmodifiableMap(regions);
  }
}
