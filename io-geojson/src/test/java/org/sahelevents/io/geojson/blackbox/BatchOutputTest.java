package org.sahelevents.io.geojson.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.sahelevents.io.geojson.BboxStyle;
import org.sahelevents.io.geojson.GeoJson;
import org.sahelevents.io.geojson.GeoJsonFeature;
import org.sahelevents.io.geojson.GeoJsonWriter;
import org.sahelevents.io.geojson.PropertyColumns;
import org.sahelevents.io.geojson.RecordSeparator;

/**
 * Features formatted in batches (as threads do for one output) and appended in order give exactly the bytes that
 * writing them one by one gives: the collection's separators and bbox, each sequence record's separators.
 */
class BatchOutputTest {
  private static final GeometryFactory F = new GeometryFactory();
  private static final PropertyColumns COLUMNS = PropertyColumns.of(List.of("location", "fatalities"),
      Set.of("fatalities"));

  /** The writers an output can have. */
  enum Kind {
    COLLECTION, COLLECTION_WITHOUT_BBOX, COLLECTION_WITH_BBOX, SEQUENCE_LF, SEQUENCE_RS;

    GeoJsonWriter writer() {
      return switch (this) {
        case COLLECTION -> GeoJson.writer().build();
        case COLLECTION_WITHOUT_BBOX -> GeoJson.writer().bbox(BboxStyle.NONE).build();
        case COLLECTION_WITH_BBOX -> GeoJson.writer().bbox(BboxStyle.EVERY_FEATURE).build();
        case SEQUENCE_LF -> GeoJson.sequenceWriter().separator(RecordSeparator.LF).build();
        case SEQUENCE_RS -> GeoJson.sequenceWriter().separator(RecordSeparator.RS).build();
      };
    }
  }

  private static void write(GeoJsonWriter.Output out, int i) {
    if (i % 3 == 2) {
      out.write(GeoJsonFeature.of(F.createLineString(new Coordinate[] {new Coordinate(-8 + i, 12),
          new Coordinate(-7 + i, 13.5)}), null));
    } else {
      out.writeRow("MLI" + i, F.createPoint(new Coordinate(-4.9 + i / 10.0, 15.7 - i)), COLUMNS,
          List.of("L\u00e9r\u00e9 \"" + i + "\"", Integer.toString(i)));
    }
  }

  @Property(tries = 200)
  void batchesAppendedInOrderWriteWhatTheFeaturesWrittenOneByOneWrite(@ForAll Kind kind,
      @ForAll @Size(max = 8) List<@IntRange(max = 5) Integer> batchSizes) {
    GeoJsonWriter writer = kind.writer();
    ByteArrayOutputStream direct = new ByteArrayOutputStream();
    ByteArrayOutputStream batched = new ByteArrayOutputStream();
    int n = 0;
    List<GeoJsonWriter.Output> batches = new ArrayList<>();
    try (GeoJsonWriter.Output one = writer.open(direct)) {
      for (int size : batchSizes) {
        GeoJsonWriter.Output batch = writer.batch();
        for (int k = 0; k < size; k++, n++) {
          write(one, n);
          write(batch, n);
        }
        batches.add(batch);
      }
    }
    try (GeoJsonWriter.Output out = writer.open(batched)) {
      batches.forEach(out::append);
      assertThat(out.featuresWritten()).isEqualTo(n);
    }
    assertThat(batched.toString(StandardCharsets.UTF_8)).isEqualTo(direct.toString(StandardCharsets.UTF_8));
  }

  @Test
  void batchesAppendToACharacterOutputAlike() {
    GeoJsonWriter writer = GeoJson.writer().build();
    StringWriter direct = new StringWriter();
    StringWriter batched = new StringWriter();
    GeoJsonWriter.Output first = writer.batch();
    GeoJsonWriter.Output second = writer.batch();
    try (GeoJsonWriter.Output one = writer.open(direct); GeoJsonWriter.Output out = writer.open(batched)) {
      for (int i = 0; i < 4; i++) {
        write(one, i);
        write(i < 2 ? first : second, i);
      }
      out.append(first).append(second);
    }
    assertThat(batched.toString()).isEqualTo(direct.toString()).contains("\"location\":\"L\u00e9r\u00e9 \\\"3\\\"\"");
  }

  @Test
  void anUnwritablePointLeavesEveryKindOfOutputAsIfItHadNotBeenGiven() {
    Point farPoint = F.createPoint(new Coordinate(1e13, 0));
    GeoJsonFeature far = GeoJsonFeature.of(farPoint, null).withId("far");
    for (Kind kind : Kind.values()) {
      GeoJsonWriter writer = kind.writer();
      ByteArrayOutputStream expected = new ByteArrayOutputStream();
      ByteArrayOutputStream direct = new ByteArrayOutputStream();
      ByteArrayOutputStream batched = new ByteArrayOutputStream();
      GeoJsonWriter.Output batch = writer.batch();
      try (GeoJsonWriter.Output clean = writer.open(expected); GeoJsonWriter.Output one = writer.open(direct);
          GeoJsonWriter.Output out = writer.open(batched)) {
        for (int i = 0; i < 3; i++) {
          write(clean, i);
          write(one, i);
          write(batch, i);
          if (i == 1) {
            assertThatThrownBy(() -> one.write(far)).as(kind.name()).hasMessageContaining("/features/2/geometry");
            assertThatThrownBy(() -> one.writeRow("far", farPoint, COLUMNS, List.of("x", "1")))
                .as(kind.name()).hasMessageContaining("too large");
            // A batch counts its own features.
            assertThatThrownBy(() -> batch.write(far)).as(kind.name()).hasMessageContaining("/features/2/geometry");
          }
        }
        out.append(batch);
        assertThat(one.featuresWritten()).isEqualTo(3);
      }
      assertThat(direct.toString(StandardCharsets.UTF_8)).as(kind.name())
          .isEqualTo(expected.toString(StandardCharsets.UTF_8));
      assertThat(batched.toString(StandardCharsets.UTF_8)).as(kind.name())
          .isEqualTo(expected.toString(StandardCharsets.UTF_8));
    }
  }

  @Test
  void onlyABatchOfTheSameWriterCanBeAppended() {
    GeoJsonWriter writer = GeoJson.writer().build();
    try (GeoJsonWriter.Output out = writer.open(new ByteArrayOutputStream())) {
      assertThatThrownBy(() -> out.append(GeoJson.writer().build().batch()))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("not a batch of this writer");
      assertThatThrownBy(() -> out.append(writer.open(new ByteArrayOutputStream())))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
