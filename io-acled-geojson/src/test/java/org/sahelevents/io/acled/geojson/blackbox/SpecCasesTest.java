package org.sahelevents.io.acled.geojson.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.acled.geojson.AcledFeatures;
import org.sahelevents.io.geojson.GeoJson;
import org.sahelevents.io.geojson.GeoJsonFeatures;
import org.sahelevents.io.geojson.GeoJsonWriter;

/**
 * The cases of {@code spec/features.json}: an ACLED CSV and the exact feature each of its rows becomes, which must
 * also read back as the same record.
 */
class SpecCasesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> everyCaseGivesItsFeatureAndReadsBack() throws IOException {
    JsonNode cases;
    try (InputStream in = SpecCasesTest.class.getResourceAsStream("/spec/features.json")) {
      cases = JSON.readTree(in);
    }
    List<DynamicTest> tests = new ArrayList<>();
    cases.forEach(c -> tests.add(DynamicTest.dynamicTest(c.get("name").asText(), () -> check(c))));
    return tests.stream();
  }

  private static void check(JsonNode c) throws IOException {
    List<AcledRecord> records;
    try (AcledRecords read = AcledCsv.reader().build().open(new StringReader(c.get("csv").asText()), "case", null)) {
      records = read.stream().toList();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GeoJsonWriter.Output o = GeoJson.sequenceWriter().build().open(out)) {
      records.forEach(AcledFeatures.standard().on(o)::write);
    }
    String written = out.toString(StandardCharsets.UTF_8);
    JsonNode feature = JSON.readTree(written.substring(1));
    assertThat(feature).isEqualTo(c.get("feature"));
    String properties = AcledFeatures.standard().toFeature(records.get(0)).properties().orElseThrow().toString();
    assertThat(JSON.readTree(properties)).isEqualTo(c.get("feature").get("properties"));
    GeoJsonFeatures features = GeoJson.sequenceReader().build().open(new StringReader(written), "written", null);
    try (AcledRecords back = AcledFeatures.toRecords(features, "written", AcledCsv.reader().build(), null)) {
      assertThat(back.stream().toList()).isEqualTo(records);
    }
  }
}
