package org.sahelevents.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.sahelevents.core.taxonomy.EventType;
import org.sahelevents.geo.Corridor;
import org.sahelevents.geo.Gazetteer;
import org.sahelevents.geo.Route;

/**
 * Writes the self-contained HTML map: Leaflet 1.9.4 (from its webjar, BSD-2-Clause), the page's own script and style,
 * the base layer, the gazetteer's towns and roads, the corridors and the incidents, all inlined, so that the page
 * opens from a file with no request to any host. Its Content-Security-Policy forbids every request but inline script,
 * style and {@code data:} images. The data travels as JSON in which {@code <}, {@code >} and {@code &} are escaped, and
 * the script puts every text into the page as text, never as markup. Immutable and thread-safe.
 */
final class MapPage {
  private static final String LEAFLET = "/META-INF/resources/webjars/leaflet/1.9.4/";
  private static final Pattern CSS_IMAGE = Pattern.compile("url\\(images/([a-z0-9-]+\\.png)\\)");
  private static final Map<EventType, String> COLOURS = MapPicture.COLOURS;
  private static final JsonMapper RECORDS = JsonMapper.builder()
      .disable(com.fasterxml.jackson.databind.SerializationFeature.FLUSH_AFTER_WRITE_VALUE).build();

  private final String title;
  private final List<String> layers;
  private final List<Corridor> corridors;
  private final String note;

  /**
   * A page.
   *
   * @param layers the names of the inputs, in the order of {@link MapIncident#layer()}
   * @param note what the page says under its title about what it leaves out, or an empty string
   */
  MapPage(String title, List<String> layers, List<Corridor> corridors, String note) {
    this.title = title;
    this.layers = List.copyOf(layers);
    this.corridors = List.copyOf(corridors);
    this.note = note;
  }

  /**
   * Writes the page with {@code all} incidents to {@code out}, and closes it: those with a point on the map, the others
   * (known only to a country or a region) in a list beside it.
   */
  void write(List<MapIncident> all, OutputStream out) throws IOException {
    List<MapIncident> incidents = all.stream().filter(i -> i.point() != null).toList();
    List<MapIncident> unplaced = all.stream().filter(i -> i.point() == null).toList();
    String template = resource("map-page.html");
    try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      int at = 0;
      Matcher slot = Pattern.compile("/\\*(LEAFLET_CSS|PAGE_CSS|LEAFLET_JS|PAGE_JS|DATA|INFO|UNPLACED)\\*/").matcher(template);
      while (slot.find()) {
        w.write(template, at, slot.start() - at);
        switch (slot.group(1)) {
          case "LEAFLET_CSS" -> w.write(leafletCss());
          case "PAGE_CSS" -> w.write(resource("map-page.css"));
          // The source map comment would make a browser's developer tools ask for a file that is not there.
          case "LEAFLET_JS" -> {
            // Its BSD-2-Clause licence travels with every copy, as the licence asks.
            w.write("/*\n" + webjar("LICENSE").replace("*/", "* /") + "*/\n");
            w.write(webjar("dist/leaflet.js").replace("//# sourceMappingURL=leaflet.js.map", ""));
          }
          case "PAGE_JS" -> w.write(resource("map-page.js"));
          case "INFO" -> info(w, incidents);
          case "UNPLACED" -> info(w, unplaced);
          default -> data(w, incidents);
        }
        at = slot.end();
      }
      w.write(template, at, template.length() - at);
    }
  }

  private static JsonGenerator generator(Writer w) throws IOException {
    JsonGenerator g = JsonFactory.builder().build().createGenerator(w);
    g.setCharacterEscapes(new HtmlSafe());
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return g;
  }

  /**
   * The text of each incident's popup, one JSON object a line, in the order of the incidents: the page parses a line
   * only when its popup opens, so that a page of 100,000 incidents does not parse them all to open.
   */
  private static void info(Writer w, List<MapIncident> incidents) throws IOException {
    for (MapIncident i : incidents) {
      JsonGenerator g = generator(w);
      info(g, i);
      g.flush();
      w.write('\n');
    }
  }

  private void data(Writer w, List<MapIncident> incidents) throws IOException {
    JsonGenerator g = generator(w);
    g.writeStartObject();
    g.writeStringField("title", title);
    g.writeStringField("note", note);
    g.writeStringField("attribution", BaseLayer.ATTRIBUTION + " · Towns: GeoNames (CC BY 4.0) · Roads drawn town to "
        + "town, approximate · Leaflet 1.9.4 (BSD-2-Clause)");
    g.writeArrayFieldStart("layers");
    for (String layer : layers) {
      g.writeString(layer);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("types");
    for (EventType type : EventType.values()) {
      g.writeStartObject();
      g.writeStringField("label", type.label());
      g.writeStringField("colour", COLOURS.get(type));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeFieldName("base");
    RECORDS.writeTree(g, BaseLayer.westAfrica().geoJson());
    towns(g);
    roads(g);
    g.writeArrayFieldStart("corridors");
    for (Corridor c : corridors) {
      g.writeStartObject();
      g.writeStringField("route", c.route().id());
      g.writeNumberField("halfWidthKm", c.halfWidthMetres() / 1000);
      g.writeFieldName("rings");
      g.writeStartArray();
      Geometry polygons = c.toPolygon();
      for (int i = 0; i < polygons.getNumGeometries(); i++) {
        Polygon p = (Polygon) polygons.getGeometryN(i);
        points(g, p.getExteriorRing().getCoordinates());
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
          points(g, p.getInteriorRingN(h).getCoordinates());
        }
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    incidents(g, incidents);
    g.writeEndObject();
    g.flush();
  }

  private static void towns(JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("towns");
    for (Gazetteer.Place p : Gazetteer.sahel().places()) {
      g.writeStartArray();
      g.writeString(p.name());
      g.writeNumber(round(p.point().getLatitude()));
      g.writeNumber(round(p.point().getLongitude()));
      g.writeEndArray();
    }
    g.writeEndArray();
  }

  private static void roads(JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("roads");
    for (Route r : Gazetteer.sahel().roads()) {
      g.writeStartObject();
      g.writeStringField("id", r.id());
      g.writeStringField("name", r.name());
      g.writeFieldName("lines");
      g.writeStartArray();
      Geometry lines = r.toGeometry();
      for (int i = 0; i < lines.getNumGeometries(); i++) {
        points(g, lines.getGeometryN(i).getCoordinates());
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** Writes {@code [[lat, lon], ...]}, as Leaflet takes them. */
  private static void points(JsonGenerator g, Coordinate[] coordinates) throws IOException {
    g.writeStartArray();
    for (Coordinate c : coordinates) {
      g.writeStartArray();
      g.writeNumber(round(c.y));
      g.writeNumber(round(c.x));
      g.writeEndArray();
    }
    g.writeEndArray();
  }

  // About 10 m: finer than any incident's or road's precision, and a third of the bytes of full doubles.
  private static double round(double degrees) {
    return Math.round(degrees * 10_000) / 10_000.0;
  }

  /**
   * The incidents' numbers and ids as columns, which the page filters and draws from; their text is apart
   * ({@link #info(Writer, List)}).
   */
  private static void incidents(JsonGenerator g, List<MapIncident> incidents) throws IOException {
    g.writeObjectFieldStart("incidents");
    column(g, "lat", incidents, i -> g.writeNumber(round(i.point().getLatitude())));
    column(g, "lon", incidents, i -> g.writeNumber(round(i.point().getLongitude())));
    column(g, "day", incidents, i -> g.writeNumber(i.earliest().toEpochDay()));
    column(g, "type", incidents, i -> g.writeNumber(i.type().ordinal()));
    column(g, "fatalities", incidents, i -> g.writeNumber(i.fatalities()));
    column(g, "layer", incidents, i -> g.writeNumber(i.layer()));
    column(g, "corridor", incidents, i -> g.writeNumber(i.corridors().isEmpty() ? 0 : 1));
    column(g, "id", incidents, i -> g.writeString(i.id()));
    g.writeEndObject();
  }

  private interface Cell {
    void write(MapIncident incident) throws IOException;
  }

  private static void column(JsonGenerator g, String name, List<MapIncident> incidents, Cell cell)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (MapIncident i : incidents) {
      cell.write(i);
    }
    g.writeEndArray();
  }

  private static void info(JsonGenerator g, MapIncident i) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", i.id());
    g.writeStringField("when", i.when());
    g.writeStringField("place", i.place());
    g.writeStringField("type", i.type().label());
    g.writeStringField("subEventType", i.subEventType());
    g.writeStringField("actors", i.actors());
    g.writeStringField("fatalities", i.fatalityText());
    g.writeStringField("notes", i.notes());
    g.writeObjectFieldStart("cells");
    for (Map.Entry<String, String> cell : i.cells().entrySet()) {
      g.writeStringField(cell.getKey(), cell.getValue());
    }
    g.writeEndObject();
    // The records' components are the page's names.
    g.writeFieldName("corridors");
    RECORDS.writeValue(g, i.corridors());
    g.writeFieldName("contested");
    RECORDS.writeValue(g, i.contested());
    g.writeEndObject();
  }

  /** Leaflet's style sheet with its few images inlined as {@code data:} addresses, so the page asks for no file. */
  private static String leafletCss() {
    Matcher m = CSS_IMAGE.matcher(webjar("dist/leaflet.css"));
    StringBuilder css = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(css, Matcher.quoteReplacement("url(data:image/png;base64,"
          + Base64.getEncoder().encodeToString(bytes(LEAFLET + "dist/images/" + m.group(1))) + ")"));
    }
    return m.appendTail(css).toString();
  }

  private static String webjar(String path) {
    return new String(bytes(LEAFLET + path), StandardCharsets.UTF_8);
  }

  private static String resource(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String name) {
    try (InputStream in = MapPage.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the tool's resource " + name + " is missing from its jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Escapes what could end the script element the data sits in ({@code </script>}) or open a comment in it, as
   * {@code \u003c}-style escapes that JSON reads back unchanged. Immutable and thread-safe.
   */
  private static final class HtmlSafe extends CharacterEscapes {
    private final int[] escapes;

    HtmlSafe() {
      escapes = standardAsciiEscapesForJSON();
      escapes['<'] = ESCAPE_STANDARD;
      escapes['>'] = ESCAPE_STANDARD;
      escapes['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }
}
