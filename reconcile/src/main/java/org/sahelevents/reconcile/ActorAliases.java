package org.sahelevents.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.sahelevents.core.model.LocalizedName;

/**
 * A table of the names under which data sets record the same actor: UCDP's "JNIM" and ACLED's "JNIM: Group for
 * Support of Islam and Muslims" are one actor. Names compare ignoring case, accents, Unicode normal form and ACLED's
 * periods of a regime ("Police Forces of Mali (2013-2020) Gendarmerie" is "Police Forces of Mali Gendarmerie"); a
 * trailing country in parentheses ("Civilians (Mali)") and, for ACLED's "ACRONYM: Long name" form, either half of
 * the name are tried as well. A name that begins with a table name of three words or more followed by a unit
 * ("Military Forces of Mali Air Force") stands for that table name's actor.
 *
 * <p>{@link #sahel()} holds the main actors of the central Sahel: JNIM (with Katiba Macina, one of its components,
 * which ACLED names on its own and UCDP as JNIM), the Islamic State Sahel (ISGS), Ansaroul Islam, the Malian,
 * Burkinabè, Nigerien and French armed forces, MINUSMA, Wagner/Africa Corps, FLA/CSP, Dan Na Ambassagou (Dozo),
 * Koglweogo, VDP and civilians.
 * UCDP's "IS" stands for the Islamic State Sahel there: the table is for the Sahel, not for Nigeria, where "IS" is
 * ISWAP.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ActorAliases {
  private static final ActorAliases SAHEL = builder()
      .add("JNIM", "JNIM", "JNIM: Group for Support of Islam and Muslims", "GSIM",
          "Group for Support of Islam and Muslims", "Groupe de soutien a l'islam et aux musulmans",
          "Jama'at Nusrat al-Islam wal-Muslimin", "Jamaat Nusrat al-Islam wal Muslimin",
          "جماعة نصرة الإسلام والمسلمين", "Katiba Macina", "Katiba Macina: Macina Liberation Front",
          "Macina Liberation Front", "FLM")
      .add("Ansaroul Islam", "Ansaroul Islam", "Ansarul Islam", "Ansar ul Islam", "Ansar al-Islam (Burkina Faso)",
          "Ansaroul Islam lil Ichad wal Jihad")
      .add("Islamic State Sahel", "Islamic State Sahel", "IS Sahel", "ISSP", "Islamic State Sahel Province",
          "Islamic State (Sahel)", "Islamic State (Sahel Province)", "ISGS", "Islamic State in the Greater Sahara",
          "Islamic State (Greater Sahara)", "Islamic State (West Africa) - Greater Sahara Faction", "EIGS",
          "Etat islamique au Grand Sahara", "IS")
      .add("Malian armed forces", "Military Forces of Mali", "Government of Mali", "FAMa",
          "Forces Armees Maliennes", "Malian Armed Forces", "Police Forces of Mali")
      .add("Burkinabe armed forces", "Military Forces of Burkina Faso", "Government of Burkina Faso",
          "Forces Armees Nationales du Burkina Faso", "FDS Burkina", "Police Forces of Burkina Faso")
      .add("Nigerien armed forces", "Military Forces of Niger", "Government of Niger", "FAN", "Forces Armees Nigeriennes",
          "Police Forces of Niger")
      .add("Wagner/Africa Corps", "Wagner Group", "Wagner", "Groupe Wagner", "Africa Corps",
          "Military Forces of Russia (2000-) Africa Corps", "Military Forces of Russia (2000-) Wagner Group")
      .add("FLA/CSP", "FLA", "Azawad Liberation Front", "Front de Liberation de l'Azawad", "CSP", "CSP-DPA",
          "CSP-PSD", "Permanent Strategic Framework", "Cadre strategique permanent",
          "CSP-PSD: Permanent Strategic Framework for Peace, Security and Development", "CMA",
          "Coordination of Azawad Movements")
      .add("Dan Na Ambassagou", "Dan Na Ambassagou", "Dan Na Amassagou", "Dozo", "Dozo Militia", "Dozo Communal Militia (Mali)",
          "Dogon Communal Militia (Mali)", "Dan Na Ambassagou: Hunters Who Trust in God")
      .add("VDP", "VDP", "VDP: Volunteers for the Defense of the Homeland", "Volunteers for the Defense of the Homeland",
          "Volontaires pour la defense de la patrie")
      .add("Koglweogo", "Koglweogo", "Koglweogo Militia", "Koglweogo Militia (Burkina Faso)")
      .add("French armed forces", "Military Forces of France", "Government of France", "Barkhane",
          "Operation Barkhane", "Serval")
      .add("MINUSMA", "MINUSMA", "United Nations Multidimensional Integrated Stabilization Mission in Mali",
          "Military Forces of the United Nations MINUSMA")
      .add("civilians", "Civilians", "Civilians (Mali)", "Civilians (Burkina Faso)", "Civilians (Niger)")
      .build();

  private final Map<String, String> canonicalByKey;
  // Names repeat across thousands of events; the answer for a name never changes, so it is kept.
  private final Map<String, Optional<String>> cache = new ConcurrentHashMap<>();

  private ActorAliases(Map<String, String> canonicalByKey) {
    this.canonicalByKey = Map.copyOf(canonicalByKey);
  }

  /** The aliases of the central Sahel's main actors (see the class comment). */
  public static ActorAliases sahel() {
    return SAHEL;
  }

  /** An empty table: names then match only when they are the same once normalised. */
  public static ActorAliases none() {
    return builder().build();
  }

  /**
   * The canonical name of the actor a name stands for, when the table knows it: "JNIM: Group for Support of Islam
   * and Muslims" gives "JNIM".
   */
  public Optional<String> canonical(String name) {
    return cache.computeIfAbsent(name, this::lookUp);
  }

  private Optional<String> lookUp(String name) {
    List<String> keys = keys(name);
    for (String key : keys) {
      String canonical = canonicalByKey.get(key);
      if (canonical != null) {
        return Optional.of(canonical);
      }
    }
    // A unit of a force: the longest table name of three words or more that the name begins with.
    String key = keys.get(0);
    String best = null;
    for (String known : canonicalByKey.keySet()) {
      if (known.split(" ").length >= 3 && key.startsWith(known + " ")
          && (best == null || known.length() > best.length())) {
        best = known;
      }
    }
    return Optional.ofNullable(best).map(canonicalByKey::get);
  }

  /**
   * The identity of a name for matching: its canonical name's key when the table knows it, else its own normalised
   * form with any trailing period in parentheses removed.
   */
  public String identity(String name) {
    return canonical(name).map(c -> "=" + LocalizedName.matchKey(c)).orElseGet(() -> keys(name).get(0));
  }

  // The name itself first, then without a trailing "(2021-)" or "(Mali)", then the halves of "JNIM: Group for ...".
  static List<String> keys(String name) {
    Set<String> keys = new LinkedHashSet<>();
    String unperiodised = name.replaceAll("\\s*\\(\\d{4}-(\\d{4})?\\)", "").strip();
    String stripped = unperiodised.replaceAll("\\s*\\([^()]*\\)\\s*$", "").strip();
    keys.add(key(stripped.isEmpty() ? name : stripped));
    keys.add(key(unperiodised.isEmpty() ? name : unperiodised));
    keys.add(key(name));
    int colon = stripped.indexOf(':');
    if (colon > 0) {
      keys.add(key(stripped.substring(0, colon)));
      keys.add(key(stripped.substring(colon + 1)));
    }
    keys.remove("");
    return keys.isEmpty() ? List.of(key(name)) : new ArrayList<>(keys);
  }

  private static String key(String text) {
    return LocalizedName.matchKey(text.strip()).replace('\u2019', '\'').toLowerCase(Locale.ROOT);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ActorAliases} table, starting empty or from another table. Not thread-safe. */
  public static final class Builder {
    private final Map<String, String> canonicalByKey = new LinkedHashMap<>();

    private Builder() {}

    /** Adds every entry of a table, such as {@link #sahel()}, to extend it. */
    public Builder addAll(ActorAliases table) {
      canonicalByKey.putAll(table.canonicalByKey);
      return this;
    }

    /**
     * Adds names of one actor under a canonical name; a name given twice belongs to the actor it was given for last.
     */
    public Builder add(String canonical, String... names) {
      canonicalByKey.put(key(canonical), canonical);
      for (String n : names) {
        canonicalByKey.put(key(n), canonical);
      }
      return this;
    }

    public ActorAliases build() {
      return new ActorAliases(canonicalByKey);
    }
  }
}
