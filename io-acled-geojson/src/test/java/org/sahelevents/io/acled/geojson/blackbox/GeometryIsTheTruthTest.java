package org.sahelevents.io.acled.geojson.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.core.DataProblem;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.acled.AcledRejectedRow;
import org.sahelevents.io.acled.geojson.AcledFeatures;
import org.sahelevents.io.geojson.GeoJson;
import org.sahelevents.io.geojson.GeoJsonFeatures;

/** Features back to ACLED records: the geometry says where an event is, whatever its properties say. */
class GeometryIsTheTruthTest {
  private static final String PROPERTIES = "\"event_id_cnty\":\"MLI1\",\"event_date\":\"2025-09-07\","
      + "\"event_type\":\"Battles\",\"sub_event_type\":\"Armed clash\",\"actor1\":\"JNIM\",\"inter1\":\"Rebel group\","
      + "\"country\":\"Mali\",\"location\":\"Kati\",\"latitude\":12.7441,\"longitude\":-8.0726,\"fatalities\":3";

  private record Read(List<AcledRecord> records, List<AcledRejectedRow> rejected) {}

  private static Read read(String geometry) {
    String feature = "{\"type\":\"Feature\",\"geometry\":" + geometry + ",\"properties\":{" + PROPERTIES + "}}";
    String collection = "{\"type\":\"FeatureCollection\",\"features\":[" + feature + "]}";
    List<AcledRejectedRow> rejected = new ArrayList<>();
    GeoJsonFeatures features = GeoJson.reader().build().open(new StringReader(collection), "moved.geojson", null);
    try (AcledRecords records = AcledFeatures.toRecords(features, "moved.geojson",
        AcledCsv.reader().badRows(BadRowPolicy.COLLECT).build(), rejected::add)) {
      return new Read(records.stream().toList(), rejected);
    }
  }

  @Test
  void aPointThatAgreesWithItsPropertiesKeepsTheirDigits() {
    AcledRecord record = read("{\"type\":\"Point\",\"coordinates\":[-8.0726,12.7441]}").records().get(0);
    assertThat(record.latitude().toPlainString()).isEqualTo("12.7441");
    assertThat(record.warnings()).isEmpty();
  }

  @Test
  void aMovedPointGivesTheCoordinatesWithAWarning() {
    AcledRecord record = read("{\"type\":\"Point\",\"coordinates\":[-8.0726,13.25]}").records().get(0);
    assertThat(record.latitude().toPlainString()).isEqualTo("13.25");
    assertThat(record.longitude().toPlainString()).isEqualTo("-8.0726");
    assertThat(record.warnings()).extracting(DataProblem::toString).containsExactly("moved.geojson: "
        + "/features/0/properties/latitude: warning: \"12.7441\" differs from the feature's point (13.25), which is "
        + "used: the point was moved, or the properties were edited");
  }

  @Test
  void aLineWithAcledPropertiesIsAnErrorAndTheFeatureIsKeptRaw() {
    Read read = read("{\"type\":\"LineString\",\"coordinates\":[[-8.0726,12.7441],[-8,12.8]]}");
    assertThat(read.records()).isEmpty();
    AcledRejectedRow row = read.rejected().get(0);
    assertThat(row.problems()).extracting(DataProblem::toString).containsExactly("moved.geojson: "
        + "/features/0/properties/latitude: \"12.7441\" the feature's geometry is a LineString, not a point: an "
        + "ACLED row is at one point");
    assertThat(row.raw().orElseThrow()).startsWith("{\"type\":\"Feature\",\"geometry\":{\"type\":\"LineString\"")
        .contains("\"event_id_cnty\":\"MLI1\"");
  }
}
