package org.sahelevents.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** The package-private {@link GeometryWriter}: rounding, number format, winding, collapsed rings and bounds. */
class GeometryWriterTest {
  private static final GeometryFactory FACTORY = new GeometryFactory();

  private static String write(GeometryWriter writer, Geometry geometry) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      writer.write(g, geometry);
    }
    return out.toString();
  }

  private static Coordinate[] ring(double... xy) {
    Coordinate[] ring = new Coordinate[xy.length / 2];
    for (int i = 0; i < ring.length; i++) {
      ring[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
    }
    return ring;
  }

  @Test
  void numbersAreRoundedToThePrecisionAndWrittenPlainWithoutTrailingZeros() {
    GeometryWriter writer = new GeometryWriter(5);
    assertThat(writer.format(12.609154)).isEqualTo("12.60915");
    assertThat(writer.format(-8.0)).isEqualTo("-8");
    assertThat(writer.format(1.10000)).isEqualTo("1.1");
    assertThat(writer.format(-0.000004)).isEqualTo("0");
    assertThat(writer.format(1e-5)).isEqualTo("0.00001");
    assertThat(new GeometryWriter(0).format(2.5)).isEqualTo("3");
    assertThat(new GeometryWriter(9).format(1e-9)).isEqualTo("0.000000001");
  }

  @Test
  void aNumberTooLargeForThePrecisionIsUnwritableRatherThanSaturated() {
    GeometryWriter writer = new GeometryWriter(9);
    assertThatThrownBy(() -> writer.format(1e12)).isInstanceOf(GeometryWriter.Unwritable.class)
        .hasMessage("a coordinate is too large to write at 9 decimals: 1.0E12");
  }

  @Test
  void aPointIsPreparedAheadAndWrittenAsOneRawValue() throws IOException {
    GeometryWriter writer = new GeometryWriter(4);
    writer.prepare(FACTORY.createPoint(new Coordinate(-8.00224, 12.639999)));
    assertThat(writer.hasPreparedPoint()).isTrue();
    assertThat(new String(writer.pointJson(), 0, writer.pointJsonLength()))
        .isEqualTo("{\"type\":\"Point\",\"coordinates\":[-8.0022,12.64]}");
    assertThatThrownBy(() -> writer.prepare(FACTORY.createPoint(new Coordinate(Double.NaN, 1))))
        .isInstanceOf(GeometryWriter.Unwritable.class).hasMessageContaining("not a finite number");
    assertThat(write(new GeometryWriter(4), FACTORY.createPoint(new Coordinate(1, 2, 3.33333))))
        .isEqualTo("{\"type\":\"Point\",\"coordinates\":[1,2,3.3333]}");
  }

  @Test
  void ringsAreWoundAsRfc7946AsksOnTheRoundedCoordinates() throws IOException {
    // A clockwise exterior and a counter-clockwise hole: both are written reversed.
    Geometry polygon = FACTORY.createPolygon(FACTORY.createLinearRing(ring(0, 0, 0, 10, 10, 10, 10, 0, 0, 0)),
        new org.locationtech.jts.geom.LinearRing[] {
            FACTORY.createLinearRing(ring(2, 2, 4, 2, 4, 4, 2, 4, 2, 2))});
    assertThat(write(new GeometryWriter(6), polygon)).isEqualTo("{\"type\":\"Polygon\",\"coordinates\":"
        + "[[[0,0],[10,0],[10,10],[0,10],[0,0]],[[2,2],[2,4],[4,4],[4,2],[2,2]]]}");
  }

  @Test
  void positionsThatRoundingMakesEqualAreWrittenOnceAndARingThatCollapsesIsUnwritable() throws IOException {
    GeometryWriter writer = new GeometryWriter(1);
    assertThat(write(writer, FACTORY.createLineString(ring(0, 0, 0.01, 0.01, 1, 1))))
        .isEqualTo("{\"type\":\"LineString\",\"coordinates\":[[0,0],[1,1]]}");
    // A line every position of which rounds to one keeps two, so that it stays a line.
    assertThat(write(writer, FACTORY.createLineString(ring(0, 0, 0.01, 0.01))))
        .isEqualTo("{\"type\":\"LineString\",\"coordinates\":[[0,0],[0,0]]}");
    Geometry tiny = FACTORY.createPolygon(ring(0, 0, 0.01, 0, 0.01, 0.01, 0, 0));
    assertThatThrownBy(() -> write(writer, tiny)).isInstanceOf(GeometryWriter.Unwritable.class)
        .hasMessage("a ring collapses to 1 positions when rounded to 1 decimals");
  }

  @Test
  void boundsFollowWhatIsWrittenUntilReset() throws IOException {
    GeometryWriter writer = new GeometryWriter(2);
    write(writer, FACTORY.createLineString(ring(-8.004, 12.6, -3.5, 16.271)));
    assertThat(writer.hasBounds).isTrue();
    assertThat(writer.hasZ).isFalse();
    assertThat(writer.bounds).startsWith(-8.0, 12.6, 0, -3.5, 16.27);
    writer.resetBounds();
    assertThat(writer.hasBounds).isFalse();
  }
}
