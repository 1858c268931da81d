package org.sahelevents.io.geojson.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.core.DataProblem;
import org.sahelevents.io.geojson.GeoJson;
import org.sahelevents.io.geojson.GeoJsonException;
import org.sahelevents.io.geojson.GeoJsonFeature;
import org.sahelevents.io.geojson.GeoJsonFeatures;
import org.sahelevents.io.geojson.GeoJsonWriter;
import org.sahelevents.io.geojson.RecordSeparator;

class WriterAndSequenceTest {
  private static final GeometryFactory F = new GeometryFactory();
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String write(GeoJsonWriter writer, GeoJsonFeature... features) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GeoJsonWriter.Output o = writer.open(out)) {
      for (GeoJsonFeature f : features) {
        o.write(f);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static List<GeoJsonFeature> read(String text, boolean sequence, List<DataProblem> problems) {
    try (GeoJsonFeatures features = (sequence ? GeoJson.sequenceReader() : GeoJson.reader()).build()
        .open(new StringReader(text), "in", problems::add)) {
      return features.stream().toList();
    }
  }

  @Test
  void writesLongitudeFirstRoundedPlainWithIdPropertiesAndBboxAndNoCrs() {
    ObjectNode props = JSON.createObjectNode().put("location", "Bamako");
    GeoJsonFeature bamako = GeoJsonFeature.of(F.createPoint(new Coordinate(-7.975224999, 12.6091549)), props)
        .withId("MLI1");
    GeoJsonFeature tiny = GeoJsonFeature.of(F.createPoint(new Coordinate(0.0000004, -0.000001)), null)
        .withId(new BigDecimal("42"));
    String out = write(GeoJson.writer().build(), bamako, tiny);
    assertThat(out).isEqualTo("{\"type\":\"FeatureCollection\",\"features\":["
        + "{\"type\":\"Feature\",\"id\":\"MLI1\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[-7.975225,12.609155]},"
        + "\"properties\":{\"location\":\"Bamako\"}},"
        + "{\"type\":\"Feature\",\"id\":42,\"geometry\":{\"type\":\"Point\",\"coordinates\":[0,-0.000001]},"
        + "\"properties\":null}],\"bbox\":[-7.975225,-0.000001,0,12.609155]}\n");
    assertThat(out).doesNotContain("crs").doesNotContain("E-");
  }

  @Test
  void propertiesAreWrittenByTypeAndAbsentPartsAsNull() {
    ObjectNode flat = JSON.createObjectNode();
    flat.put("location", "Léré");
    flat.put("fatalities", new BigDecimal("12"));
    flat.put("year", 2026L);
    flat.put("geo_precision", 1);
    flat.put("civilian_targeting", true);
    flat.putNull("notes");
    flat.set("sahel:tags", JSON.createArrayNode().add("checked"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GeoJsonWriter.Output o = GeoJson.sequenceWriter().build().open(bytes)) {
      o.write(GeoJsonFeature.of(F.createPoint(new Coordinate(-4.9125, 15.7233)), flat).withId("MLI2"));
      o.write(GeoJsonFeature.of(null, null));
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).isEqualTo("\u001E{\"type\":\"Feature\",\"id\":\"MLI2\",\"geometry\":{\"type\":\"Point\","
        + "\"coordinates\":[-4.9125,15.7233]},\"properties\":{\"location\":\"Léré\",\"fatalities\":12,\"year\":2026,"
        + "\"geo_precision\":1,\"civilian_targeting\":true,\"notes\":null,\"sahel:tags\":[\"checked\"]}}\n"
        + "\u001E{\"type\":\"Feature\",\"geometry\":null,\"properties\":null}\n");
    List<DataProblem> problems = new ArrayList<>();
    List<GeoJsonFeature> back = read(out, true, problems);
    assertThat(problems).isEmpty();
    assertThat(back.get(0).property("fatalities").decimalValue()).isEqualByComparingTo("12");
    assertThat(back.get(0).id()).contains("MLI2");
  }

  @Test
  void ringsAreWrittenCounterClockwiseWithClockwiseHolesAndRoundingDuplicatesDropped() throws Exception {
    Polygon clockwise = F.createPolygon(F.createLinearRing(new Coordinate[] {new Coordinate(0, 0),
        new Coordinate(0, 10), new Coordinate(10, 10), new Coordinate(10, 0), new Coordinate(10.0000001, 0),
        new Coordinate(0, 0)}), new org.locationtech.jts.geom.LinearRing[] {F.createLinearRing(new Coordinate[] {
            new Coordinate(2, 2), new Coordinate(4, 2), new Coordinate(4, 4), new Coordinate(2, 2)})});
    String out = write(GeoJson.writer().build(), GeoJsonFeature.of(clockwise, null));
    var coordinates = JSON.readTree(out).at("/features/0/geometry/coordinates");
    assertThat(coordinates.get(0).toString()).isEqualTo("[[0,0],[10,0],[10,10],[0,10],[0,0]]");
    assertThat(coordinates.get(1).toString()).isEqualTo("[[2,2],[4,4],[4,2],[2,2]]");
    List<DataProblem> problems = new ArrayList<>();
    assertThat(read(out, false, problems)).hasSize(1);
    assertThat(problems).isEmpty();
  }

  @Test
  void precisionIsConfigurableAndARingThatCollapsesIsAnError() {
    GeoJsonFeature p = GeoJsonFeature.of(F.createPoint(new Coordinate(-7.97522, 12.60915)), null);
    assertThat(write(GeoJson.writer().precision(2).build(), p)).contains("[-7.98,12.61]");
    Polygon small = F.createPolygon(new Coordinate[] {new Coordinate(0, 0), new Coordinate(0.00001, 0),
        new Coordinate(0.00001, 0.00001), new Coordinate(0, 0)});
    assertThatThrownBy(() -> write(GeoJson.writer().precision(3).build(), GeoJsonFeature.of(small, null)))
        .isInstanceOf(GeoJsonException.class)
        .hasMessageContaining("a ring collapses to 1 positions when rounded to 3 decimals");
  }

  @Test
  void rfc8142SequencesAndNewlineDelimitedOnesRoundTrip() {
    GeoJsonFeature a = GeoJsonFeature.of(F.createPoint(new Coordinate(-7.97522, 12.60915)), null).withId("a");
    GeoJsonFeature b = GeoJsonFeature.of(null, JSON.createObjectNode().put("x", 1)).withId("b");
    String rs = write(GeoJson.sequenceWriter().build(), a, b);
    assertThat(rs).startsWith("\u001E{\"type\":\"Feature\",\"id\":\"a\"").contains("\n\u001E{").endsWith("}\n");
    assertThat(read(rs, true, new ArrayList<>())).containsExactly(a, b);
    String lf = write(GeoJson.sequenceWriter().separator(RecordSeparator.LF).build(), a, b);
    assertThat(lf.lines()).hasSize(2);
    assertThat(read(lf, true, new ArrayList<>())).containsExactly(a, b);
  }

  @Test
  void aBrokenRecordIsReportedByNumberAndTheRestIsRead() {
    String seq = "\u001E{\"type\":\"Feature\",\"geometry\":null,\"properties\":{}}\n"
        + "\u001E{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[1]},\"properties\":null}\n"
        + "\u001E{\"type\": broken\n"
        + "\u001E{\"type\":\"Point\",\"coordinates\":[2,3]}\n";
    List<DataProblem> problems = new ArrayList<>();
    try (GeoJsonFeatures features = GeoJson.sequenceReader().build().open(new StringReader(seq), "s", problems::add)) {
      List<GeoJsonFeature> read = features.stream().toList();
      assertThat(read).hasSize(2);
      assertThat(read.get(1).isBareGeometry()).isTrue();
      assertThat(features.recordsRead()).isEqualTo(4);
      assertThat(features.recordsRejected()).isEqualTo(2);
    }
    assertThat(problems).extracting(DataProblem::toString).containsExactly(
        "s record 2: /geometry/coordinates: a position needs at least 2 numbers (longitude, latitude), found 1",
        "s record 3: /: malformed JSON: Unrecognized token 'broken': was expecting (JSON String, Number, Array, "
            + "Object or token 'null', 'true' or 'false')");
    assertThatThrownBy(() -> GeoJson.sequenceReader().badRecords(BadRowPolicy.FAIL).build()
        .open(new StringReader(seq), "s", null).stream().toList())
        .isInstanceOf(GeoJsonException.class).hasMessageStartingWith("s record 2: /geometry/coordinates");
  }

  @Test
  void readerKeepsIdsForeignMembersAndAltitudeAndSkipsAByteOrderMark() {
    String doc = "\uFEFF{\"type\":\"Feature\",\"id\":1.50,\"title\":\"x\",\"geometry\":{\"type\":\"Point\","
        + "\"coordinates\":[1,2,300.5]},\"properties\":{\"n\":12.6500}}";
    GeoJsonFeature f = GeoJson.reader().build().open(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)),
        "d", null).next();
    assertThat(f.id()).contains(new BigDecimal("1.50"));
    assertThat(f.foreignMembers()).containsKey("title");
    assertThat(f.geometry().orElseThrow().getCoordinate().getZ()).isEqualTo(300.5);
    assertThat(f.property("n").decimalValue()).isEqualTo(new BigDecimal("12.6500"));
    String back = write(GeoJson.writer().bbox(org.sahelevents.io.geojson.BboxStyle.NONE).build(), f);
    assertThat(back).contains("\"id\":1.50").contains("[1,2,300.5]").contains("\"n\":12.6500")
        .contains("\"title\":\"x\"");
  }

  @Test
  void limitsStopHostileInputWithAClearError() {
    String deep = "{\"type\":\"Feature\",\"geometry\":null,\"properties\":" + "[".repeat(100) + "]".repeat(100) + "}";
    List<DataProblem> problems = new ArrayList<>();
    read(deep, true, problems);
    assertThat(problems.get(0).message()).contains("nesting depth");
    assertThatThrownBy(() -> GeoJson.reader().maxCoordinatesPerFeature(2).build().open(new StringReader(
        "{\"type\":\"LineString\",\"coordinates\":[[0,0],[1,1],[2,2]]}"), "l", null).next())
        .hasMessage("l: /coordinates/2: more than 2 positions in one feature");
  }

  @Test
  void bytesThatAreNotUtf8RejectTheirSequenceRecordOnlyAndEndADocumentWithTheirOffset() {
    // Invalid UTF-8 used to end reading with an UncheckedIOException, found by the mutation properties.
    byte[] sequence = ("\u001E{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"a\":\"S\u00E9gou\"}}\n"
        + "\u001E{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"a\":\"SXgou\"}}\n"
        + "\u001E{\"type\":\"Feature\",\"geometry\":null,\"properties\":{}}\n").getBytes(StandardCharsets.UTF_8);
    int bad = new String(sequence, StandardCharsets.UTF_8).indexOf("SXgou") + 2;
    sequence[bad] = (byte) 0xC3;
    sequence[bad + 1] = (byte) 0x28;
    List<DataProblem> problems = new ArrayList<>();
    try (GeoJsonFeatures features = GeoJson.sequenceReader().build().open(new ByteArrayInputStream(sequence), "s",
        problems::add)) {
      assertThat(features.stream()).hasSize(2);
      assertThat(features.recordsRejected()).isEqualTo(1);
    }
    assertThat(problems).singleElement().hasToString("s record 2: /: not UTF-8: the input has bytes that are not "
        + "UTF-8, first at byte offset " + bad + ", and this record holds some");

    byte[] document = "{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"a\":\"SXgou\"}}"
        .getBytes(StandardCharsets.UTF_8);
    document[document.length - 6] = (byte) 0xFF;
    assertThatThrownBy(() -> GeoJson.reader().build().open(new ByteArrayInputStream(document), "d", null).next())
        .isInstanceOf(GeoJsonException.class)
        .hasMessageContaining("not UTF-8: byte offset " + (document.length - 6));
  }

  @Test
  void aFeatureLongerThanTheRecordLimitEndsADocumentBeforeItIsHeldInMemory() {
    StringBuilder many = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
        + "\"geometry\":null,\"properties\":{}},{\"type\":\"Feature\",\"geometry\":null,\"properties\":{");
    for (int i = 0; i < 1_000; i++) {
      many.append(i == 0 ? "" : ",").append("\"p").append(i).append("\":").append(i);
    }
    many.append("}}]}");
    List<DataProblem> problems = new ArrayList<>();
    try (GeoJsonFeatures features = GeoJson.reader().badRecords(BadRowPolicy.COLLECT).maxRecordChars(2_000).build()
        .open(new StringReader(many.toString()), "m", problems::add)) {
      assertThat(features.stream()).hasSize(1);
    }
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.message())
        .startsWith("over a limit at line 1").contains("longer than 2000 characters"));
  }

  @Test
  void aNumberNoDecimalCanHoldIsALocatedErrorNotANumberFormatException() {
    // Found by fuzzing: JSON allows any exponent, BigDecimal does not.
    String huge = "{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"x\":0e3" + "2".repeat(100) + "}}";
    assertThatThrownBy(() -> GeoJson.reader().build().open(new StringReader(huge), "d", null).next())
        .isInstanceOf(GeoJsonException.class)
        .hasMessage("d: /properties/x: a number that cannot be read (Too many nonzero exponent digits.) at line 1, "
            + "column 156");
    List<DataProblem> problems = new ArrayList<>();
    assertThat(read(huge + "\n{\"type\":\"Feature\",\"geometry\":null,\"properties\":{}}\n", true, problems))
        .hasSize(1);
    assertThat(problems).singleElement().hasToString(
        "in record 1: /: a number that cannot be read (Too many nonzero exponent digits.)");
  }

  @Test
  void anExceededLimitInADocumentIsLocatedNotANullPointer() {
    // Jackson reports exceeded limits without a location; the reader used to fail on that with a NullPointerException.
    String deep = "{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"deep\":" + "[".repeat(100)
        + "]".repeat(100) + "}}";
    assertThatThrownBy(() -> GeoJson.reader().build().open(new StringReader(deep), "d", null).next())
        .isInstanceOf(GeoJsonException.class)
        .hasMessageStartingWith("d: /properties/deep").hasMessageContaining("over a limit at line 1, column")
        .hasMessageContaining("nesting depth");
    String longString = "{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"notes\":\"" + "x".repeat(2_000)
        + "\"}}";
    assertThatThrownBy(() -> GeoJson.reader().maxStringLength(1_000).build().open(new StringReader(longString), "s",
        null).next()).isInstanceOf(GeoJsonException.class).hasMessageContaining("over a limit at line 1")
        .hasMessageContaining("String value length");
  }
}
