package org.sahelevents.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.Condition;
import org.sahelevents.core.model.GeoPoint;
import org.sahelevents.core.model.LocalizedName;
import org.sahelevents.core.model.NameKind;
import org.sahelevents.core.model.RouteId;
import org.sahelevents.core.validation.Severity;
import org.sahelevents.core.validation.Violation;

/**
 * A small gazetteer of Mali: the towns of the 2025-2026 blockade and the April 2026 offensive, found by any of their
 * names (case, accents and Unicode normal form ignored: "SEGOU", "Ségou", "Dioema" for Diéma), in French, English,
 * Bambara and Arabic and in common transliterations ("Segu", "Tesalit", "Tombouctou", "Timbuktu", "كيدال",
 * "تساليت"), each name with its language and kind, and the national roads
 * out of Bamako as {@link Route}s through their towns (RN3, RN5, RN6, RN7, RN16, RN30, and the Diéma-Nioro road).
 *
 * <p>The roads are drawn town to town: an approximation of their real course, good for "which axis, how far out" at
 * the scale of tens of kilometres, not for where exactly on the tarmac. Load a surveyed route from GeoJSON with
 * {@link Route#fromGeometry} when that matters. Coordinates come from GeoNames (CC BY 4.0) except a few marked
 * approximate (about 10 km); the bundled file {@code sahel-gazetteer.json} says which.
 *
 * <p>Instances are immutable and thread-safe; {@link #sahel()} is loaded once.
 */
public final class Gazetteer {
  /**
   * A town: its name, other names, point, first-level region, whether the point is only approximate, and every name
   * with its language and kind ({@code names}, the main name first): French, English and Bambara forms, common
   * transliterations ("Tesalit"), Arabic spellings ("تساليت"). Immutable and thread-safe.
   */
  public record Place(String name, List<String> aliases, GeoPoint point, String admin1, String countryIso3,
      boolean approximate, List<LocalizedName> names) {
    public Place {
      aliases = List.copyOf(aliases);
      names = List.copyOf(names);
    }

    /** A place whose names' languages are not recorded: {@code names} is empty. */
    public Place(String name, List<String> aliases, GeoPoint point, String admin1, String countryIso3,
        boolean approximate) {
      this(name, aliases, point, admin1, countryIso3, approximate, List.of());
    }

    /** Its names in one language ({@code "ar"}, {@code "fr"}, {@code "en"}), main name first. */
    public List<LocalizedName> names(String language) {
      return names.stream().filter(n -> n.getLanguage().equals(language)).toList();
    }
  }

  private final Map<String, Place> byKey = new HashMap<>();
  private final List<Place> places = new ArrayList<>();
  private final Map<String, Route> roads = new LinkedHashMap<>();

  private static final class Bundled {
    static final Gazetteer INSTANCE = load();
  }

  private Gazetteer() {}

  /** The bundled gazetteer. */
  public static Gazetteer sahel() {
    return Bundled.INSTANCE;
  }

  private static Gazetteer load() {
    try (InputStream in = Gazetteer.class.getResourceAsStream("sahel-gazetteer.json")) {
      JsonNode root = new ObjectMapper().readTree(in);
      Gazetteer g = new Gazetteer();
      for (JsonNode p : root.get("places")) {
        List<LocalizedName> names = new ArrayList<>();
        p.get("names").forEach(n -> names.add(LocalizedName.of(n.get("value").asText(), n.get("language").asText(),
            NameKind.valueOf(n.get("kind").asText()))));
        String main = p.get("name").asText();
        List<String> aliases = names.stream().map(LocalizedName::getValue).filter(v -> !v.equals(main)).toList();
        Place place = new Place(main, aliases,
            GeoPoint.of(p.get("latitude").asDouble(), p.get("longitude").asDouble()), p.get("admin1").asText(),
            p.get("countryIso3").asText(), p.get("source").asText().equals("approximate"), names);
        g.places.add(place);
        g.byKey.put(LocalizedName.matchKey(place.name()), place);
        aliases.forEach(a -> g.byKey.put(LocalizedName.matchKey(a), place));
      }
      for (JsonNode r : root.get("roads")) {
        List<GeoPoint> through = new ArrayList<>();
        for (JsonNode town : r.get("through")) {
          through.add(g.place(town.asText()).orElseThrow(() -> new IllegalStateException("the gazetteer's road "
              + r.get("id").asText() + " passes through " + town.asText() + ", which it does not list")).point());
        }
        g.roads.put(r.get("id").asText().toUpperCase(Locale.ROOT), Route.of(r.get("id").asText(),
            r.get("name").asText(), through));
      }
      return g;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled gazetteer", e);
    }
  }

  /** The place with this name or alias. */
  public Optional<Place> place(String name) {
    return Optional.ofNullable(byKey.get(LocalizedName.matchKey(name)));
  }

  /** Every place, in the file's order. */
  public List<Place> places() {
    return List.copyOf(places);
  }

  /** The road with this id, such as {@code "RN6"} (case ignored). */
  public Optional<Route> road(String id) {
    return Optional.ofNullable(roads.get(id.strip().toUpperCase(Locale.ROOT)));
  }

  /** Every road, in the file's order. */
  public List<Route> roads() {
    return List.copyOf(roads.values());
  }

  /**
   * The route ids of a catalog's conditions (their {@code routes} and their axes' {@code route}) that name no road of
   * this gazetteer nor any of {@code moreRoads} (roads loaded from GeoJSON, say), each as an error with its property
   * path: {@code conditions[0].axes[2].route: "RN99" is not a road this gazetteer or the given roads know (...)}.
   */
  public List<Violation> checkRoutes(Catalog catalog, Collection<Route> moreRoads) {
    Set<String> known = new LinkedHashSet<>(roads.keySet());
    moreRoads.forEach(r -> known.add(r.id().strip().toUpperCase(Locale.ROOT)));
    List<Violation> found = new ArrayList<>();
    List<Condition> conditions = catalog.getConditions();
    for (int c = 0; c < conditions.size(); c++) {
      Condition condition = conditions.get(c);
      for (int r = 0; r < condition.getRoutes().size(); r++) {
        unknownRoute("conditions[" + c + "].routes[" + r + "]", condition.getRoutes().get(r), known, found);
      }
      for (int a = 0; a < condition.getAxes().size(); a++) {
        String path = "conditions[" + c + "].axes[" + a + "].route";
        condition.getAxes().get(a).getRoute().ifPresent(id -> unknownRoute(path, id, known, found));
      }
    }
    return List.copyOf(found);
  }

  /** {@link #checkRoutes(Catalog, Collection)} against this gazetteer's roads only. */
  public List<Violation> checkRoutes(Catalog catalog) {
    return checkRoutes(catalog, List.of());
  }

  private static void unknownRoute(String path, RouteId id, Set<String> known, List<Violation> found) {
    if (!known.contains(id.getValue().strip().toUpperCase(Locale.ROOT))) {
      found.add(new Violation(path, "\"" + id.getValue() + "\" is not a road this gazetteer or the given roads know ("
          + String.join(", ", known) + ")", Severity.ERROR));
    }
  }
}
