package org.sahelevents.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.geojson.GeoJson;
import org.sahelevents.io.geojson.GeoJsonFeature;
import org.sahelevents.io.geojson.GeoJsonFeatures;
import org.sahelevents.io.geojson.IncidentFeatures;

class QuickStartTest {
  @TempDir
  Path dir;

  @Test
  void summarisesTheSampleAndWritesOneFeaturePerEventThatReadsBackAsTheSameIncidents() throws Exception {
    List<AcledRecord> sample;
    try (AcledRecords rows = SampleData.records()) {
      sample = rows.stream().toList();
    }
    int fatalities = sample.stream().mapToInt(AcledRecord::fatalities).sum();
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    Path out = dir.resolve("incidents.geojson");
    try (AcledRecords rows = SampleData.records()) {
      QuickStart.run(rows, out, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo(SampleData.FILE_NAME + ": 62 rows read, 62 "
        + "accepted, 0 rejected; 62 incidents, " + fatalities + " fatalities; wrote " + out + System.lineSeparator());
    try (GeoJsonFeatures features = GeoJson.reader().build().open(out, problem -> { })) {
      List<GeoJsonFeature> read = features.stream().toList();
      assertThat(read).extracting(f -> f.id().orElseThrow())
          .containsExactlyElementsOf(sample.stream().map(AcledRecord::eventIdCnty).toList());
      assertThat(read).allSatisfy(f -> assertThat(IncidentFeatures.hasEvent(f)).isTrue());
      assertThat(read.stream().mapToInt(f -> f.property("fatalities").asInt()).sum()).isEqualTo(fatalities);
    }
  }

  @Test
  void theSampleIsLabelledIllustrativeInEveryRow() throws Exception {
    try (AcledRecords rows = SampleData.records()) {
      assertThat(rows.stream()).hasSize(62).allSatisfy(r -> assertThat(r.notes().orElseThrow())
          .startsWith("Illustrative event written for sahel-events, not ACLED data: "));
    }
  }
}
