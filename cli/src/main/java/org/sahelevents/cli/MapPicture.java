package org.sahelevents.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import javax.imageio.ImageIO;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.sahelevents.core.taxonomy.EventType;
import org.sahelevents.geo.Corridor;
import org.sahelevents.geo.Gazetteer.Place;

/**
 * A static map of roads, their corridors, towns and incidents coloured by event type and sized by fatalities, on the
 * country borders, rivers and lakes of {@link BaseLayer}, with a legend, a scale bar, a graticule and a locator inset,
 * drawn as SVG and, where Java's imaging is available, as PNG. No web tiles: it draws only its data.
 * The projection is equirectangular with the true scale of the map's middle latitude, which over a few degrees of the
 * Sahel keeps distances within about 1% of the scale bar. Immutable once built; each write is independent.
 */
final class MapPicture {
  /** An incident to draw: where, what kind, how many died (its circle's area), and whether it is on a corridor. */
  record Dot(double longitude, double latitude, EventType type, int fatalities, boolean onCorridor) {
    /** The circle's radius in pixels: its area grows with the toll, from a minimum that keeps a toll of 0 visible. */
    double radius() {
      return Math.max(MIN_RADIUS, RADIUS_PER_ROOT * Math.sqrt(fatalities));
    }
  }

  /** A named place of a locator map. */
  record Mark(String name, double longitude, double latitude) {}

  /**
   * A small locator map below the legend: a wider extent (all of Mali), the main map's extent as a dashed frame, and
   * named places, so that places far outside the main map (Kidal, Tessalit) are still shown.
   */
  record Inset(String title, double west, double south, double east, double north, List<Mark> marks) {
    Inset {
      marks = List.copyOf(marks);
    }
  }


  private static final int MAP_WIDTH = 1000;
  private static final int MARGIN = 40;
  private static final int LEGEND_WIDTH = 290;
  private static final int HEADER = 70;
  private static final int FOOTER = 60;
  private static final int INSET_TOP_GAP = 24;
  private static final int INSET_WIDTH = LEGEND_WIDTH - 20;
  private static final double KM_PER_DEGREE_OF_LATITUDE = 111.2;
  private static final String LAND = "#f6f2ea";
  private static final String OUTSIDE = "#dfe8ee";
  private static final String BORDER = "#8a8178";
  private static final String RIVER = "#6aa5cf";
  private static final String LAKE = "#b9d7ea";
  private static final double MIN_RADIUS = 3;
  private static final double RADIUS_PER_ROOT = 2;
  private static final int[] SIZE_LEGEND = {1, 10, 50, 200};
  private static final String INK = "#222222";
  private static final String ROAD = "#4d4d4d";
  private static final String CORRIDOR = "#e8b44c";
  static final Map<EventType, String> COLOURS = new EnumMap<>(Map.of(
      EventType.BATTLES, "#d7301f",
      EventType.EXPLOSIONS_REMOTE_VIOLENCE, "#fd8d3c",
      EventType.VIOLENCE_AGAINST_CIVILIANS, "#7a0177",
      EventType.PROTESTS, "#2b8cbe",
      EventType.RIOTS, "#41ab5d",
      EventType.STRATEGIC_DEVELOPMENTS, "#737373"));

  private final double west;
  private final double south;
  private final double east;
  private final double north;
  private final double pixelsPerDegree;
  private final double xScale;
  private final int width;
  private final int height;
  private final String title;
  private final String subtitle;
  private final List<Corridor> corridors;
  private final List<Place> towns;
  private final List<Dot> dots;
  private final Inset inset;

  MapPicture(double west, double south, double east, double north, String title, String subtitle,
      List<Corridor> corridors, List<Place> towns, List<Dot> dots) {
    this(west, south, east, north, title, subtitle, corridors, towns, dots, null);
  }

  MapPicture(double west, double south, double east, double north, String title, String subtitle,
      List<Corridor> corridors, List<Place> towns, List<Dot> dots, Inset inset) {
    this.west = west;
    this.south = south;
    this.east = east;
    this.north = north;
    this.title = title;
    this.subtitle = subtitle;
    this.corridors = List.copyOf(corridors);
    this.towns = towns.stream().filter(t -> inside(t.point().getLongitude(), t.point().getLatitude())).toList();
    this.dots = List.copyOf(dots);
    this.inset = inset;
    this.xScale = Math.cos(Math.toRadians((south + north) / 2));
    this.pixelsPerDegree = MAP_WIDTH / ((east - west) * xScale);
    this.width = MARGIN + MAP_WIDTH + MARGIN + LEGEND_WIDTH;
    int mapHeight = HEADER + (int) Math.ceil((north - south) * pixelsPerDegree) + FOOTER;
    this.height = inset == null ? mapHeight : Math.max(mapHeight, (int) Math.ceil(insetTop() + 22
        + insetHeight()) + FOOTER);
  }

  private double insetScale() {
    return Math.cos(Math.toRadians((inset.south() + inset.north()) / 2));
  }

  private double insetPixelsPerDegree() {
    return INSET_WIDTH / ((inset.east() - inset.west()) * insetScale());
  }

  private double insetHeight() {
    return (inset.north() - inset.south()) * insetPixelsPerDegree();
  }

  // Below the legend, whose last line is at most this far down.
  private static double insetTop() {
    return HEADER + 10 + 24 + EventType.values().length * 22 + 6 + 30 + 22 + 22 + 22 + 22 + sizeLegendHeight()
        + 34 + 16 + INSET_TOP_GAP;
  }

  private static double sizeLegendHeight() {
    return 22 + 2 * RADIUS_PER_ROOT * Math.sqrt(SIZE_LEGEND[SIZE_LEGEND.length - 1]) + 18;
  }

  /** Incidents outside the map's extent, which the legend counts. */
  long outside() {
    return dots.stream().filter(d -> !inside(d.longitude(), d.latitude())).count();
  }

  void writeSvg(Path file) throws IOException {
    SvgCanvas svg = new SvgCanvas(width, height);
    draw(svg);
    Files.writeString(file, svg.finish(), StandardCharsets.UTF_8);
  }

  /** Writes a PNG, or throws the reason this platform cannot (no imaging or no fonts in a minimal JRE). */
  void writePng(Path file) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      draw(new PngCanvas(g));
    } finally {
      g.dispose();
    }
    if (!ImageIO.write(image, "png", file.toFile())) {
      throw new IOException("no PNG writer in this Java runtime");
    }
  }

  private boolean inside(double lon, double lat) {
    return lon >= west && lon <= east && lat >= south && lat <= north;
  }

  private double x(double lon) {
    return MARGIN + (lon - west) * xScale * pixelsPerDegree;
  }

  private double y(double lat) {
    return HEADER + (north - lat) * pixelsPerDegree;
  }

  private void draw(Canvas c) {
    double mapBottom = y(south);
    double mapRight = x(east);
    c.rect(0, 0, width, height, "#ffffff", null, 0);
    c.text(MARGIN, 32, title, 20, true, Anchor.START, INK);
    c.text(MARGIN, 54, subtitle, 13, false, Anchor.START, "#555555");
    c.rect(MARGIN, HEADER, MAP_WIDTH, mapBottom - HEADER, OUTSIDE, null, 0);
    c.clip(MARGIN, HEADER, MAP_WIDTH, mapBottom - HEADER);
    base(c, this::x, this::y, 1);
    c.unclip();
    graticule(c, mapBottom, mapRight);
    c.clip(MARGIN, HEADER, MAP_WIDTH, mapBottom - HEADER);
    for (Corridor corridor : corridors) {
      c.path(rings(corridor.toPolygon()), true, CORRIDOR, 0.35, "#c98f1c", 0.8);
    }
    for (Corridor corridor : corridors) {
      c.path(lines(corridor.route().toGeometry()), false, null, 0, ROAD, 2.2);
    }
    for (Place town : towns) {
      double size = town.name().equals("Bamako") ? 10 : 6;
      c.rect(x(town.point().getLongitude()) - size / 2, y(town.point().getLatitude()) - size / 2, size, size, INK,
          "#ffffff", 1);
    }
    // The biggest tolls first, so that a small circle is never hidden under a big one.
    List<Dot> shown = dots.stream().filter(d -> inside(d.longitude(), d.latitude()))
        .sorted(Comparator.comparingInt(Dot::fatalities).reversed()).toList();
    for (Dot dot : shown) {
      c.circle(x(dot.longitude()), y(dot.latitude()), dot.radius(), COLOURS.get(dot.type()),
          dot.onCorridor() ? INK : "#ffffff", dot.onCorridor() ? 1.2 : 0.8, 0.8);
    }
    // Names come after the incidents, with a halo, each where it covers no circle and no other name.
    Labels labels = new Labels(new Rectangle2D.Double(MARGIN, HEADER, MAP_WIDTH, mapBottom - HEADER));
    shown.forEach(d -> labels.avoidCircle(x(d.longitude()), y(d.latitude()), d.radius()));
    towns.forEach(t -> labels.avoidCircle(x(t.point().getLongitude()), y(t.point().getLatitude()), 5));
    for (Place town : towns) {
      boolean capital = town.name().equals("Bamako");
      labels.place(c, x(town.point().getLongitude()), y(town.point().getLatitude()), town.name(), capital ? 15 : 12,
          capital);
    }
    for (Corridor corridor : corridors) {
      roadLabel(c, corridor);
    }
    c.unclip();
    c.rect(MARGIN, HEADER, MAP_WIDTH, mapBottom - HEADER, null, INK, 1);
    scaleBar(c, mapBottom);
    c.text(MARGIN, mapBottom + 38, String.format(Locale.ROOT, "Equirectangular projection, true to scale at "
        + "%.1f°N. Roads are drawn town to town and are approximate. Drawn by sahel-events.", (south + north) / 2), 11,
        false, Anchor.START, "#555555");
    legend(c, mapRight + MARGIN);
    if (inset != null) {
      inset(c, mapRight + MARGIN);
    }
  }

  private void inset(Canvas c, double left) {
    double top = insetTop();
    double ppd = insetPixelsPerDegree();
    double scale = insetScale();
    DoubleUnaryOperator ix = lon -> left + (lon - inset.west()) * scale * ppd;
    DoubleUnaryOperator iy = lat -> top + 22 + (inset.north() - lat) * ppd;
    c.text(left, top + 12, inset.title(), 14, true, Anchor.START, INK);
    c.rect(left, top + 22, INSET_WIDTH, insetHeight(), OUTSIDE, null, 0);
    c.clip(left, top + 22, INSET_WIDTH, insetHeight());
    base(c, ix, iy, 0.6);
    c.unclip();
    c.rect(left, top + 22, INSET_WIDTH, insetHeight(), null, INK, 1);
    // Where the main map lies.
    c.path(List.<double[][]>of(new double[][] {{ix.applyAsDouble(west), iy.applyAsDouble(north)},
        {ix.applyAsDouble(east), iy.applyAsDouble(north)}, {ix.applyAsDouble(east), iy.applyAsDouble(south)},
        {ix.applyAsDouble(west), iy.applyAsDouble(south)}}), true, null, 0, "#c98f1c", 1.5);
    for (Mark mark : inset.marks()) {
      double x = ix.applyAsDouble(mark.longitude());
      double y = iy.applyAsDouble(mark.latitude());
      c.rect(x - 3, y - 3, 6, 6, INK, "#ffffff", 1);
    }
    for (Dot dot : dots) {
      c.circle(ix.applyAsDouble(dot.longitude()), iy.applyAsDouble(dot.latitude()), Math.max(1.5, dot.radius() * 0.4),
          COLOURS.get(dot.type()), null, 0, 0.8);
    }
    Labels labels = new Labels(new Rectangle2D.Double(left, top + 22, INSET_WIDTH, insetHeight()));
    inset.marks().forEach(m -> labels.avoidCircle(ix.applyAsDouble(m.longitude()), iy.applyAsDouble(m.latitude()), 4));
    for (Mark mark : inset.marks()) {
      labels.place(c, ix.applyAsDouble(mark.longitude()), iy.applyAsDouble(mark.latitude()), mark.name(), 11, false);
    }
  }

  /** Countries, lakes and rivers, projected by {@code px} and {@code py}, lines {@code weight} times as thick. */
  private static void base(Canvas c, DoubleUnaryOperator px, DoubleUnaryOperator py, double weight) {
    for (BaseLayer.Shape shape : BaseLayer.westAfrica().shapes()) {
      List<double[][]> parts = new ArrayList<>();
      for (double[][] part : shape.parts()) {
        double[][] points = new double[part.length][];
        for (int i = 0; i < part.length; i++) {
          points[i] = new double[] {px.applyAsDouble(part[i][0]), py.applyAsDouble(part[i][1])};
        }
        parts.add(points);
      }
      switch (shape.kind()) {
        case COUNTRY -> c.path(parts, true, LAND, 1, BORDER, weight);
        case LAKE -> c.path(parts, true, LAKE, 1, RIVER, 0.8 * weight);
        case RIVER -> c.path(parts, false, null, 0, RIVER, (shape.name().equals("Niger") ? 2.4 : 1.4) * weight);
      }
    }
  }

  /**
   * Places names where they cover no circle and no name placed before, inside the frame: beside their point, else
   * diagonally, else further off; where every place is taken, where they cover the fewest. Widths are estimated from
   * the font size, as the SVG's fonts are the viewer's. Not thread-safe.
   */
  private static final class Labels {
    private final List<double[]> circles = new ArrayList<>();
    private final List<Rectangle2D> taken = new ArrayList<>();
    private final Rectangle2D frame;

    Labels(Rectangle2D frame) {
      this.frame = frame;
    }

    void avoidCircle(double x, double y, double r) {
      circles.add(new double[] {x, y, r});
    }

    void place(Canvas c, double x, double y, String text, double size, boolean bold) {
      double w = text.length() * size * (bold ? 0.64 : 0.58);
      double h = size;
      Rectangle2D chosen = null;
      int fewest = Integer.MAX_VALUE;
      // Beside the point first, then diagonally, then further off; else where it covers the fewest things.
      for (double gap : new double[] {6, 16, 30}) {
        for (double[] side : new double[][] {{1, 0}, {-1, 0}, {0, -1}, {0, 1}, {1, -1}, {1, 1}, {-1, -1}, {-1, 1}}) {
          double left = side[0] > 0 ? x + gap : side[0] < 0 ? x - gap - w : x - w / 2;
          double top = side[1] > 0 ? y + gap : side[1] < 0 ? y - gap - h : y - h / 2;
          Rectangle2D r = new Rectangle2D.Double(left, top, w, h);
          int covered = covered(r);
          if (covered < fewest) {
            fewest = covered;
            chosen = r;
          }
          if (covered == 0) {
            break;
          }
        }
        if (fewest == 0) {
          break;
        }
      }
      taken.add(chosen);
      c.text(chosen.getX(), chosen.getMaxY() - 0.15 * h, text, size, bold, Anchor.START, INK);
    }

    /** How many circles and names {@code r} covers; outside the frame counts as covering everything. */
    private int covered(Rectangle2D r) {
      if (!frame.contains(r)) {
        return Integer.MAX_VALUE - 1;
      }
      int n = 0;
      for (double[] circle : circles) {
        double nx = Math.max(r.getMinX(), Math.min(circle[0], r.getMaxX()));
        double ny = Math.max(r.getMinY(), Math.min(circle[1], r.getMaxY()));
        if (Math.hypot(nx - circle[0], ny - circle[1]) < circle[2]) {
          n++;
        }
      }
      return n + (int) taken.stream().filter(r::intersects).count();
    }
  }

  private void graticule(Canvas c, double mapBottom, double mapRight) {
    for (int lon = (int) Math.ceil(west); lon <= east; lon++) {
      c.path(segment(x(lon), HEADER, x(lon), mapBottom), false, null, 0, "#d9d2c3", 0.7);
      c.text(x(lon), mapBottom + 14, degrees(lon, "E", "W"), 10, false, Anchor.MIDDLE, "#666666");
    }
    for (int lat = (int) Math.ceil(south); lat <= north; lat++) {
      c.path(segment(MARGIN, y(lat), mapRight, y(lat)), false, null, 0, "#d9d2c3", 0.7);
      c.text(MARGIN - 4, y(lat) + 4, degrees(lat, "N", "S"), 10, false, Anchor.END, "#666666");
    }
  }

  private static String degrees(int value, String positive, String negative) {
    return Math.abs(value) + "°" + (value == 0 ? "" : value > 0 ? positive : negative);
  }

  private void roadLabel(Canvas c, Corridor corridor) {
    // The label sits on the road 60% of the way to its far end that the map shows.
    List<double[]> shown = new ArrayList<>();
    for (Coordinate p : corridor.route().toGeometry().getCoordinates()) {
      if (inside(p.x, p.y)) {
        shown.add(new double[] {x(p.x), y(p.y)});
      }
    }
    if (shown.isEmpty()) {
      return;
    }
    double[] at = shown.get((int) (shown.size() * 0.6));
    String id = corridor.route().id();
    c.rect(at[0] - 17, at[1] - 9, 34, 17, "#ffffff", ROAD, 1.2);
    c.text(at[0], at[1] + 4, id, 11, true, Anchor.MIDDLE, INK);
  }

  private void scaleBar(Canvas c, double mapBottom) {
    double pixelsPerKm = pixelsPerDegree / KM_PER_DEGREE_OF_LATITUDE;
    double x0 = MARGIN + 20;
    double y0 = mapBottom - 24;
    c.rect(x0 - 8, y0 - 22, 100 * pixelsPerKm + 40, 38, "#ffffff", null, 0);
    for (int i = 0; i < 2; i++) {
      c.rect(x0 + i * 50 * pixelsPerKm, y0, 50 * pixelsPerKm, 6, i == 0 ? INK : "#ffffff", INK, 1);
    }
    c.text(x0, y0 - 6, "0", 10, false, Anchor.MIDDLE, INK);
    c.text(x0 + 50 * pixelsPerKm, y0 - 6, "50", 10, false, Anchor.MIDDLE, INK);
    c.text(x0 + 100 * pixelsPerKm, y0 - 6, "100 km", 10, false, Anchor.MIDDLE, INK);
  }

  private void legend(Canvas c, double left) {
    double y = HEADER + 10;
    c.text(left, y, "Incidents by event type", 14, true, Anchor.START, INK);
    y += 24;
    for (EventType type : EventType.values()) {
      long n = dots.stream().filter(d -> d.type() == type && inside(d.longitude(), d.latitude())).count();
      c.circle(left + 7, y - 4, 6, COLOURS.get(type), INK, 1.2, 1);
      c.text(left + 20, y, type.label() + " (" + n + ")", 12, false, Anchor.START, INK);
      y += 22;
    }
    y += 6;
    c.circle(left + 7, y - 4, 6, "#ffffff", INK, 1.2, 1);
    c.text(left + 20, y, "black ring: inside a corridor", 12, false, Anchor.START, INK);
    y += 30;
    c.text(left, y, "Fatalities (circle area)", 12, true, Anchor.START, INK);
    double biggest = new Dot(0, 0, EventType.BATTLES, SIZE_LEGEND[SIZE_LEGEND.length - 1], false).radius();
    double cx = left + 4;
    for (int n : SIZE_LEGEND) {
      double r = new Dot(0, 0, EventType.BATTLES, n, false).radius();
      c.circle(cx + r, y + 8 + 2 * biggest - r, r, "#bbbbbb", INK, 0.8, 1);
      c.text(cx + r, y + 8 + 2 * biggest + 14, String.valueOf(n), 10, false, Anchor.MIDDLE, INK);
      cx += 2 * r + 16;
    }
    y += sizeLegendHeight() - 22 + 22;
    c.rect(left, y - 12, 14, 14, CORRIDOR, "#c98f1c", 0.8);
    c.text(left + 20, y, "corridor, 10 km either side", 12, false, Anchor.START, INK);
    y += 22;
    c.path(segment(left, y - 5, left + 14, y - 5), false, null, 0, ROAD, 2.2);
    c.text(left + 20, y, "national road (drawn town to town)", 12, false, Anchor.START, INK);
    y += 22;
    c.path(segment(left, y - 5, left + 14, y - 5), false, null, 0, RIVER, 2.2);
    c.text(left + 20, y, "river (Niger thicker), lake", 12, false, Anchor.START, INK);
    y += 22;
    c.path(segment(left, y - 5, left + 14, y - 5), false, null, 0, BORDER, 1);
    c.text(left + 20, y, "border (Natural Earth)", 12, false, Anchor.START, INK);
    y += 22;
    c.rect(left + 4, y - 8, 6, 6, INK, "#ffffff", 1);
    c.text(left + 20, y, "town", 12, false, Anchor.START, INK);
    y += 34;
    long outside = outside();
    if (outside > 0) {
      c.text(left, y, outside + " more incident" + (outside == 1 ? " lies" : "s lie"), 12, false, Anchor.START, INK);
      c.text(left, y + 16, inset == null ? "outside this map (north and east)" : "outside this map: see the map of "
          + "Mali below", 12, false, Anchor.START, INK);
    }
  }

  private static List<double[][]> segment(double x1, double y1, double x2, double y2) {
    return List.<double[][]>of(new double[][] {{x1, y1}, {x2, y2}});
  }

  private List<double[][]> rings(Geometry polygons) {
    List<double[][]> rings = new ArrayList<>();
    for (int i = 0; i < polygons.getNumGeometries(); i++) {
      Polygon polygon = (Polygon) polygons.getGeometryN(i);
      rings.add(points(polygon.getExteriorRing()));
      for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
        rings.add(points(polygon.getInteriorRingN(h)));
      }
    }
    return rings;
  }

  private List<double[][]> lines(Geometry lines) {
    List<double[][]> parts = new ArrayList<>();
    for (int i = 0; i < lines.getNumGeometries(); i++) {
      parts.add(points((LineString) lines.getGeometryN(i)));
    }
    return parts;
  }

  private double[][] points(LineString line) {
    Coordinate[] coordinates = line.getCoordinates();
    double[][] points = new double[coordinates.length][];
    for (int i = 0; i < coordinates.length; i++) {
      points[i] = new double[] {x(coordinates[i].x), y(coordinates[i].y)};
    }
    return points;
  }

  private enum Anchor { START, MIDDLE, END }

  /** The few drawing operations the map needs, in pixels from the top left. */
  private interface Canvas {
    void rect(double x, double y, double w, double h, String fill, String stroke, double strokeWidth);

    void circle(double x, double y, double r, String fill, String stroke, double strokeWidth, double fillOpacity);

    void path(List<double[][]> parts, boolean closed, String fill, double fillOpacity, String stroke,
        double strokeWidth);

    void text(double x, double y, String text, double size, boolean bold, Anchor anchor, String colour);

    void clip(double x, double y, double w, double h);

    void unclip();
  }

  private static final class SvgCanvas implements Canvas {
    private final StringBuilder svg = new StringBuilder();
    private int clips;

    SvgCanvas(int width, int height) {
      svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
          .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
          .append(height).append("\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\">\n");
    }

    private static String n(double v) {
      return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String paint(String attribute, String colour) {
      return " " + attribute + "=\"" + (colour == null ? "none" : colour) + "\"";
    }

    @Override
    public void rect(double x, double y, double w, double h, String fill, String stroke, double strokeWidth) {
      svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
          .append("\" height=\"").append(n(h)).append('"').append(paint("fill", fill)).append(paint("stroke", stroke))
          .append(" stroke-width=\"").append(n(strokeWidth)).append("\"/>\n");
    }

    @Override
    public void circle(double x, double y, double r, String fill, String stroke, double strokeWidth,
        double fillOpacity) {
      svg.append("<circle cx=\"").append(n(x)).append("\" cy=\"").append(n(y)).append("\" r=\"").append(n(r))
          .append('"').append(paint("fill", fill)).append(fillOpacity < 1 ? " fill-opacity=\"" + n(fillOpacity) + '"'
              : "").append(paint("stroke", stroke)).append(" stroke-width=\"").append(n(strokeWidth)).append("\"/>\n");
    }

    @Override
    public void path(List<double[][]> parts, boolean closed, String fill, double fillOpacity, String stroke,
        double strokeWidth) {
      svg.append("<path d=\"");
      for (double[][] part : parts) {
        for (int i = 0; i < part.length; i++) {
          svg.append(i == 0 ? "M" : "L").append(n(part[i][0])).append(',').append(n(part[i][1]));
        }
        if (closed) {
          svg.append('Z');
        }
      }
      svg.append('"').append(paint("fill", fill));
      if (fill != null) {
        svg.append(" fill-opacity=\"").append(n(fillOpacity)).append("\" fill-rule=\"evenodd\"");
      }
      svg.append(paint("stroke", stroke)).append(" stroke-width=\"").append(n(strokeWidth))
          .append("\" stroke-linejoin=\"round\"/>\n");
    }

    @Override
    public void text(double x, double y, String text, double size, boolean bold, Anchor anchor, String colour) {
      svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"").append(n(size))
          .append('"').append(bold ? " font-weight=\"bold\"" : "").append(" text-anchor=\"")
          .append(anchor.name().toLowerCase(Locale.ROOT)).append('"')
          .append(paint("fill", colour))
          .append(" stroke=\"#ffffff\" stroke-width=\"3\" stroke-opacity=\"0.85\" paint-order=\"stroke\"")
          .append('>').append(escape(text)).append("</text>\n");
    }

    @Override
    public void clip(double x, double y, double w, double h) {
      clips++;
      svg.append("<clipPath id=\"clip").append(clips).append("\"><rect x=\"").append(n(x)).append("\" y=\"")
          .append(n(y)).append("\" width=\"").append(n(w)).append("\" height=\"").append(n(h))
          .append("\"/></clipPath>\n<g clip-path=\"url(#clip").append(clips).append(")\">\n");
    }

    @Override
    public void unclip() {
      svg.append("</g>\n");
    }

    private static String escape(String text) {
      return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    String finish() {
      return svg.append("</svg>\n").toString();
    }
  }

  private static final class PngCanvas implements Canvas {
    private final Graphics2D g;

    PngCanvas(Graphics2D g) {
      this.g = g;
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    private void fillAndStroke(java.awt.Shape shape, String fill, double fillOpacity, String stroke,
        double strokeWidth) {
      if (fill != null) {
        Color c = Color.decode(fill);
        g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(fillOpacity * 255)));
        g.fill(shape);
      }
      if (stroke != null && strokeWidth > 0) {
        g.setColor(Color.decode(stroke));
        g.setStroke(new BasicStroke((float) strokeWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(shape);
      }
    }

    @Override
    public void rect(double x, double y, double w, double h, String fill, String stroke, double strokeWidth) {
      fillAndStroke(new Rectangle2D.Double(x, y, w, h), fill, 1, stroke, strokeWidth);
    }

    @Override
    public void circle(double x, double y, double r, String fill, String stroke, double strokeWidth,
        double fillOpacity) {
      fillAndStroke(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r), fill, fillOpacity, stroke, strokeWidth);
    }

    @Override
    public void path(List<double[][]> parts, boolean closed, String fill, double fillOpacity, String stroke,
        double strokeWidth) {
      Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
      for (double[][] part : parts) {
        for (int i = 0; i < part.length; i++) {
          if (i == 0) {
            path.moveTo(part[i][0], part[i][1]);
          } else {
            path.lineTo(part[i][0], part[i][1]);
          }
        }
        if (closed) {
          path.closePath();
        }
      }
      fillAndStroke(path, fill, fillOpacity, stroke, strokeWidth);
    }

    @Override
    public void text(double x, double y, String text, double size, boolean bold, Anchor anchor, String colour) {
      g.setFont(new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, (int) Math.round(size)));
      double w = g.getFontMetrics().stringWidth(text);
      double left = anchor == Anchor.START ? x : anchor == Anchor.MIDDLE ? x - w / 2 : x - w;
      java.awt.Shape outline = new java.awt.font.TextLayout(text, g.getFont(), g.getFontRenderContext())
          .getOutline(java.awt.geom.AffineTransform.getTranslateInstance(left, y));
      g.setColor(new Color(255, 255, 255, 217));
      g.setStroke(new BasicStroke(3, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(outline);
      g.setColor(Color.decode(colour));
      g.fill(outline);
    }

    @Override
    public void clip(double x, double y, double w, double h) {
      g.setClip(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void unclip() {
      g.setClip(null);
    }
  }
}
