package org.sahelevents.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sahelevents.core.model.GeoPoint;
import org.sahelevents.core.model.LocalizedName;

/**
 * A small gazetteer of Mali: the towns of the 2025-2026 blockade and the April 2026 offensive, found by any of their
 * names (case, accents and Unicode normal form ignored: "SEGOU", "Ségou", "Dioema" for Diéma), and the national roads
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
  /** A town: its name, other names, point, first-level region, and whether the point is only approximate. */
  public record Place(String name, List<String> aliases, GeoPoint point, String admin1, String countryIso3,
      boolean approximate) {}

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
        List<String> aliases = new ArrayList<>();
        p.get("aliases").forEach(a -> aliases.add(a.asText()));
        Place place = new Place(p.get("name").asText(), List.copyOf(aliases),
            GeoPoint.of(p.get("latitude").asDouble(), p.get("longitude").asDouble()), p.get("admin1").asText(),
            p.get("countryIso3").asText(), p.get("source").asText().equals("approximate"));
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
}
