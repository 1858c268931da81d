package org.sahelevents.io.acled.geojson.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.acled.AcledRejectedRow;
import org.sahelevents.io.acled.geojson.AcledFeatures;
import org.sahelevents.io.geojson.GeoJson;
import org.sahelevents.io.geojson.GeoJsonFeature;
import org.sahelevents.io.geojson.GeoJsonFeatures;
import org.sahelevents.io.geojson.GeoJsonWriter;

/**
 * Features of ACLED rows damaged the ways edited maps damage them (a point moved, its coordinates swapped, a line
 * drawn instead of a point, a property removed), written as documents or sequences and read back as records: every
 * feature is accounted for, a moved point is a warning and gives the record its coordinates, and every rejected
 * feature keeps its JSON.
 */
class DamagedFeaturesPropertiesTest {
  private static final GeometryFactory F = new GeometryFactory();
  private static final List<AcledRecord> SAMPLE = sample();

  enum Damage { NONE, MOVE_POINT, SWAP_COORDINATES, LINE_INSTEAD_OF_POINT, DROP_FATALITIES }

  private static List<AcledRecord> sample() {
    String csv = "event_id_cnty,event_date,year,event_type,sub_event_type,actor1,inter1,country,location,latitude,"
        + "longitude,fatalities\n"
        + "MLI1,2025-09-07,2025,Battles,Armed clash,JNIM,Rebel group,Mali,Dioema,14.54,-9.1921,3\n"
        + "MLI2,2025-09-08,2025,Battles,Armed clash,JNIM,Rebel group,Mali,Kati,12.7441,-8.0726,0\n"
        + "MLI3,2025-09-09,2025,Battles,Armed clash,JNIM,Rebel group,Mali,Segou,13.4317,-6.2157,12\n";
    InputStream in = new ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    try (AcledRecords records = AcledCsv.reader().build().open(in, "sample", null)) {
      return records.stream().toList();
    }
  }

  // The first feature's properties are the layout, so it keeps all of them.
  @Provide
  Arbitrary<List<Damage>> damages() {
    return Arbitraries.of(Damage.class).list().ofSize(SAMPLE.size())
        .filter(d -> d.get(0) != Damage.DROP_FATALITIES);
  }

  @Property(tries = 300)
  void everyFeatureIsAccountedForAndRejectedOnesKeepTheirJson(@ForAll("damages") List<Damage> damages,
      @ForAll boolean sequence) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GeoJsonWriter.Output o = (sequence ? GeoJson.sequenceWriter() : GeoJson.writer()).build().open(out)) {
      for (int i = 0; i < SAMPLE.size(); i++) {
        o.write(damage(AcledFeatures.standard().toFeature(SAMPLE.get(i)), damages.get(i)));
      }
    }
    List<AcledRejectedRow> rejected = new ArrayList<>();
    List<AcledRecord> accepted = new ArrayList<>();
    GeoJsonFeatures features = (sequence ? GeoJson.sequenceReader() : GeoJson.reader()).build()
        .open(new ByteArrayInputStream(out.toByteArray()), "damaged", null);
    try (AcledRecords records = AcledFeatures.toRecords(features, "damaged",
        AcledCsv.reader().badRows(BadRowPolicy.COLLECT).build(), rejected::add)) {
      records.forEachRemaining(accepted::add);
      assertThat(records.rowsRead()).isEqualTo(SAMPLE.size())
          .isEqualTo(records.rowsAccepted() + records.rowsRejected());
    }
    int next = 0;
    for (int i = 0; i < SAMPLE.size(); i++) {
      Damage d = damages.get(i);
      boolean rejects = d == Damage.LINE_INSTEAD_OF_POINT || d == Damage.DROP_FATALITIES;
      if (rejects) {
        continue;
      }
      AcledRecord r = accepted.get(next++);
      assertThat(r.eventIdCnty()).isEqualTo(SAMPLE.get(i).eventIdCnty());
      assertThat(r.warnings().isEmpty()).isEqualTo(d == Damage.NONE);
      if (d == Damage.NONE) {
        assertThat(r).isEqualTo(SAMPLE.get(i));
      }
    }
    assertThat(next).isEqualTo(accepted.size());
    assertThat(rejected).allSatisfy(row -> assertThat(row.raw().orElseThrow()).startsWith("{\"type\":\"Feature\""));
    assertThat(rejected).hasSize((int) damages.stream()
        .filter(d -> d == Damage.LINE_INSTEAD_OF_POINT || d == Damage.DROP_FATALITIES).count());
  }

  private static GeoJsonFeature damage(GeoJsonFeature f, Damage d) {
    Coordinate c = f.geometry().orElseThrow().getCoordinate();
    var properties = f.properties().orElseThrow().deepCopy();
    return switch (d) {
      case NONE -> f;
      case MOVE_POINT -> GeoJsonFeature.of(F.createPoint(new Coordinate(c.x + 0.25, c.y - 0.125)), properties)
          .withId(f.id().orElseThrow().toString());
      case SWAP_COORDINATES -> GeoJsonFeature.of(F.createPoint(new Coordinate(c.y, c.x)), properties)
          .withId(f.id().orElseThrow().toString());
      case LINE_INSTEAD_OF_POINT -> GeoJsonFeature.of(F.createLineString(new Coordinate[] {c,
          new Coordinate(c.x + 1, c.y + 1)}), properties).withId(f.id().orElseThrow().toString());
      case DROP_FATALITIES -> {
        properties.remove("fatalities");
        yield GeoJsonFeature.of(f.geometry().orElseThrow(), properties).withId(f.id().orElseThrow().toString());
      }
    };
  }
}
