package org.sahelevents.io.acled.geojson.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sahelevents.core.model.DatasetEvent;
import org.sahelevents.io.acled.AcledCells;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledLayout;
import org.sahelevents.io.acled.AcledModelMapping;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.acled.geojson.AcledFeatures;
import org.sahelevents.io.acled.geojson.ModelProperty;
import org.sahelevents.io.geojson.GeoJson;
import org.sahelevents.io.geojson.GeoJsonFeature;
import org.sahelevents.io.geojson.GeoJsonFeatures;
import org.sahelevents.io.geojson.GeoJsonWriter;
import org.sahelevents.io.geojson.IncidentFeatures;

/** Every real ACLED export through GeoJSON and back, and through the model and back. */
class RealExportsTest {
  static List<Path> exports() {
    return SharedData.acledExports();
  }

  // A row of a monadic export is half of its event, not an incident, so only dyadic exports have incidents per row.
  static List<Path> dyadicExports() {
    return exports().stream().filter(file -> {
      try (AcledRecords records = AcledCsv.reader().build().open(file)) {
        return !records.layout().isMonadic();
      }
    }).toList();
  }

  private static List<AcledRecord> read(Path file) {
    try (AcledRecords records = AcledCsv.reader().build().open(file)) {
      return records.stream().toList();
    }
  }

  @ParameterizedTest
  @MethodSource("exports")
  void everyRecordSurvivesGeoJsonDocumentsAndSequences(Path file) {
    List<AcledRecord> records = read(file);
    for (boolean sequence : new boolean[] {false, true}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GeoJsonWriter.Output o = (sequence ? GeoJson.sequenceWriter() : GeoJson.writer()).build().open(out)) {
        AcledFeatures.Output features = AcledFeatures.standard().on(o);
        records.forEach(features::write);
        assertThat(features.featuresWritten()).isEqualTo(records.size());
      }
      GeoJsonFeatures features = (sequence ? GeoJson.sequenceReader() : GeoJson.reader()).build()
          .open(new ByteArrayInputStream(out.toByteArray()), file.toString(), null);
      try (AcledRecords back = AcledFeatures.toRecords(features, file.toString(), AcledCsv.reader().build(),
          null)) {
        assertThat(back.stream().toList()).as("%s as %s", file, sequence ? "a sequence" : "a document")
            .isEqualTo(records);
        assertThat(back.rowsRejected()).isZero();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("exports")
  void propertiesAreTheCellsOfTheFileAndNumbersAreNumbers(Path file) {
    List<AcledRecord> records = read(file);
    AcledRecord first = records.get(0);
    AcledCells cells = AcledCells.forLayout(first.layout().orElseThrow());
    GeoJsonFeature feature = AcledFeatures.standard().toFeature(first);
    List<String> row = cells.cells(first);
    List<String> headers = cells.headers();
    for (int i = 0; i < headers.size(); i++) {
      var property = feature.properties().orElseThrow().get(headers.get(i));
      if (property == null) {
        continue; // a blank or repeated header, named otherwise
      }
      assertThat(property.isNumber()).as(headers.get(i)).isEqualTo(cells.isNumeric(i) && !row.get(i).isEmpty());
      assertThat(property.isNumber() ? property.decimalValue().toPlainString() : property.asText())
          .as(headers.get(i)).isEqualTo(row.get(i));
    }
    assertThat(feature.id()).contains(first.eventIdCnty());
    assertThat(feature.geometry().orElseThrow().getCoordinate().getY()).isEqualTo(first.latitude().doubleValue());
  }

  /**
   * A record and the incident it maps to take the same route: the same ACLED properties, but for what the model does
   * not hold (region, source scale, the export's row ids, the day ACLED chose to code an event known only to the
   * month) and the columns of other layouts.
   */
  @ParameterizedTest
  @MethodSource("dyadicExports")
  void aRecordAndItsIncidentGiveTheSameAcledProperties(Path file) {
    List<AcledRecord> records = read(file);
    AcledFeatures current = AcledFeatures.builder().layout(AcledLayout.current()).build();
    List<String> notInTheModel = List.of("region", "source_scale");
    List<String> mismatches = new ArrayList<>();
    for (AcledRecord record : records) {
      DatasetEvent event = AcledModelMapping.toEvent(record);
      var fromRecord = current.toFeature(record).properties().orElseThrow().deepCopy();
      var fromIncident = current.toFeature(event.incident(), event.catalog()).properties().orElseThrow().deepCopy();
      fromIncident.remove(IncidentFeatures.EVENT);
      fromRecord.remove(notInTheModel);
      fromIncident.remove(notInTheModel);
      if (record.timePrecision().orElse(1) == 3) {
        fromRecord.remove("event_date");
        fromIncident.remove("event_date");
      }
      if (!fromRecord.equals(fromIncident)) {
        mismatches.add(record.eventIdCnty() + ": " + fromRecord + " <> " + fromIncident);
      }
    }
    assertThat(mismatches).as(file.toString()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("exports")
  void theModelPropertyHoldsEachRowsEvent(Path file) {
    AcledRecord record = read(file).get(0);
    GeoJsonFeature feature = AcledFeatures.builder().model(ModelProperty.INCLUDE).build().toFeature(record);
    assertThat(IncidentFeatures.toCatalog(feature)).isEqualTo(AcledModelMapping.toEvent(record).catalog());
  }
}
