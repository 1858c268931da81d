package org.sahelevents.io.geojson.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.sahelevents.io.geojson.GeoJson;
import org.sahelevents.io.geojson.GeoJsonException;
import org.sahelevents.io.geojson.GeoJsonFeature;
import org.sahelevents.io.geojson.GeoJsonFeatures;
import org.sahelevents.io.geojson.GeoJsonWriter;
import org.sahelevents.io.geojson.PropertyColumns;

/** Table rows written through {@link PropertyColumns}: the fast path of ACLED to GeoJSON conversion. */
class TableRowsTest {
  private static final GeometryFactory F = new GeometryFactory();

  private static String rows(PropertyColumns columns, List<List<String>> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GeoJsonWriter.Output o = GeoJson.sequenceWriter().build().open(out)) {
      for (List<String> row : rows) {
        o.writeRow("MLI1", F.createPoint(new Coordinate(-4.9125, 15.7233)), columns, row);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void numericColumnsHoldingPlainDecimalsAreNumbersAndEverythingElseStaysText() {
    PropertyColumns columns = PropertyColumns.of(List.of("location", "fatalities", "latitude", "iso", "year",
        "geo_precision", "timestamp", "notes"), Set.of("fatalities", "latitude", "iso", "year", "geo_precision",
        "timestamp"));
    String out = rows(columns, List.of(Arrays.asList("Léré", "12", "-0.50", "007", "1e3", "", "5.", null)));
    assertThat(out).isEqualTo("\u001E{\"type\":\"Feature\",\"id\":\"MLI1\",\"geometry\":{\"type\":\"Point\","
        + "\"coordinates\":[-4.9125,15.7233]},\"properties\":{\"location\":\"Léré\",\"fatalities\":12,"
        + "\"latitude\":-0.50,\"iso\":\"007\",\"year\":\"1e3\",\"geo_precision\":\"\",\"timestamp\":\"5.\"}}\n");
  }

  @Test
  void textThatJsonEscapesIsEscapedWhereverItFallsInTheText() {
    PropertyColumns columns = PropertyColumns.of(List.of("notes"), Set.of());
    List<List<String>> rows = new ArrayList<>();
    for (int at = 0; at < 17; at++) {
      for (String special : List.of("\"", "\\", "\n", "\u0001", "\u001f", "\u007f", "?", "é", "\uD834\uDD1E")) {
        rows.add(List.of("a".repeat(at) + special + "b".repeat(20 - at)));
      }
    }
    List<GeoJsonFeature> back = read(rows(columns, rows));
    assertThat(back).hasSameSizeAs(rows);
    for (int i = 0; i < rows.size(); i++) {
      assertThat(back.get(i).property("notes").asText()).isEqualTo(rows.get(i).get(0));
    }
  }

  @Test
  void longTextsAreWrittenAsFeaturesWriteThemAcrossEveryBlockOfTheirEncoding() {
    PropertyColumns columns = PropertyColumns.of(List.of("notes"), Set.of());
    GeoJsonWriter writer = GeoJson.writer().build();
    for (int length : new int[] {1022, 1023, 1024, 1025, 2048, 5000}) {
      for (String special : List.of("\"", "é", "\u0001", "\uD834\uDD1E", "ⵜ", "\uDC00")) {
        String text = special + "a".repeat(length) + special + "ⵜ\"\n".repeat(length / 3) + special;
        ObjectNode properties = JsonNodeFactory.instance.objectNode().put("notes", text);
        String asRow = written(writer, false, o -> o.writeRow("MLI1", null, columns, List.of(text)));
        String asFeature = written(writer, false, o -> o.write(GeoJsonFeature.of(null, properties).withId("MLI1")));
        assertThat(asRow).as("%s at %d", special, length).isEqualTo(asFeature);
      }
    }
  }

  enum Shape { POINT, NONE, LINE }

  @Provide
  Arbitrary<List<String>> names() {
    return Arbitraries.strings().ofMaxLength(12).filter(name -> !name.equals("fatalities")).list().ofSize(3)
        .uniqueElements();
  }

  @Provide
  Arbitrary<List<List<String>>> rows() {
    Arbitrary<String> cell = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40),
        Arbitraries.strings().withChars("-0123456789.").ofMaxLength(6), Arbitraries.of("-0", "-0.0", "-0.00"))
        .injectNull(0.05);
    return cell.list().ofSize(4).list().ofMinSize(1).ofMaxSize(3);
  }

  @Property(tries = 500)
  void rowsAreWrittenAsTheSameBytesAsTheFeaturesOfTheirProperties(@ForAll("names") List<String> names,
      @ForAll("rows") List<List<String>> rows, @ForAll Shape shape, @ForAll boolean numericId,
      @ForAll boolean sequence, @ForAll boolean characters) {
    List<String> all = new ArrayList<>(names);
    all.add(2, "fatalities");
    PropertyColumns columns = PropertyColumns.of(all, Set.of("fatalities"));
    Geometry geometry = switch (shape) {
      case POINT -> F.createPoint(new Coordinate(-4.9125, 15.7233));
      case NONE -> null;
      case LINE -> F.createLineString(new Coordinate[] {new Coordinate(-8, 12.6), new Coordinate(-7.5, 13)});
    };
    GeoJsonWriter writer = (sequence ? GeoJson.sequenceWriter() : GeoJson.writer()).build();
    String asRows = written(writer, characters, o -> {
      for (int i = 0; i < rows.size(); i++) {
        if (numericId) {
          o.writeRow(BigDecimal.valueOf(i), geometry, columns, rows.get(i));
        } else {
          o.writeRow("MLI" + i, geometry, columns, rows.get(i));
        }
      }
    });
    String asFeatures = written(writer, false, o -> {
      for (int i = 0; i < rows.size(); i++) {
        ObjectNode typed = JsonNodeFactory.instance.objectNode();
        for (int c = 0; c < all.size(); c++) {
          String cell = rows.get(i).get(c);
          // The feature form types the cells as PropertyColumns says: negative zeros stay text, since a number
          // would read back without its sign.
          if (all.get(c).equals("fatalities") && cell != null && cell.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?")
              && !cell.matches("-0(\\.0+)?")) {
            typed.put(all.get(c), new BigDecimal(cell));
          } else if (cell != null) {
            typed.put(all.get(c), cell);
          }
        }
        assertThat(columns.properties(rows.get(i))).isEqualTo(typed);
        GeoJsonFeature feature = GeoJsonFeature.of(geometry, typed);
        o.write(numericId ? feature.withId(BigDecimal.valueOf(i)) : feature.withId("MLI" + i));
      }
    });
    assertThat(asRows).isEqualTo(asFeatures);
  }

  private static String written(GeoJsonWriter writer, boolean characters, Consumer<GeoJsonWriter.Output> body) {
    if (characters) {
      StringWriter out = new StringWriter();
      try (GeoJsonWriter.Output o = writer.open(out)) {
        body.accept(o);
      }
      return out.toString();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GeoJsonWriter.Output o = writer.open(out)) {
      body.accept(o);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aPropertyNamedTwiceIsRefused() {
    assertThatThrownBy(() -> PropertyColumns.of(List.of("a", "a"), Set.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a is named twice");
  }

  @Test
  void cellsThatDoNotMatchTheColumnsAreRefusedBeforeAnythingIsWritten() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GeoJsonWriter.Output o = GeoJson.writer().build().open(out)) {
      PropertyColumns two = PropertyColumns.of(List.of("a", "b"), Set.of());
      assertThatThrownBy(() -> o.writeRow("MLI1", null, two, List.of("x")))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("1 cells for 2 columns");
      assertThat(o.featuresWritten()).isZero();
    }
  }

  @Test
  void aPointTooLargeToRoundIsAnErrorNotAnotherNumberAndLeavesNoHalfFeature() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GeoJsonWriter.Output o = GeoJson.writer().build().open(out)) {
      o.write(GeoJsonFeature.of(F.createPoint(new Coordinate(-4.9125, 15.7233)), null).withId("near"));
      assertThatThrownBy(() -> o.write(GeoJsonFeature.of(F.createPoint(new Coordinate(1e13, 0)), null)
          .withId("far")))
          .isInstanceOf(GeoJsonException.class).hasMessageContaining("too large to write at 6 decimals");
      assertThatThrownBy(() -> o.write(GeoJsonFeature.of(F.createPoint(new Coordinate(Double.NaN, 0)), null)
          .withId("nowhere")))
          .isInstanceOf(GeoJsonException.class).hasMessageContaining("not a finite number");
    }
    List<GeoJsonFeature> written;
    try (GeoJsonFeatures features = GeoJson.reader().build().open(new StringReader(out.toString(
        StandardCharsets.UTF_8)), "out", null)) {
      written = features.stream().toList();
    }
    assertThat(written).extracting(f -> f.id().orElseThrow()).containsExactly("near");
  }

  private static List<GeoJsonFeature> read(String text) {
    try (GeoJsonFeatures features = GeoJson.sequenceReader().build().open(new StringReader(text), "in", null)) {
      return features.stream().toList();
    }
  }
}
