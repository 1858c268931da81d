package org.sahelevents.io.ucdp.geojson.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.io.geojson.GeoJson;
import org.sahelevents.io.geojson.GeoJsonFeature;
import org.sahelevents.io.geojson.GeoJsonFeatures;
import org.sahelevents.io.geojson.GeoJsonWriter;
import org.sahelevents.io.geojson.IncidentFeatures;
import org.sahelevents.io.ucdp.UcdpGed;
import org.sahelevents.io.ucdp.UcdpRecord;
import org.sahelevents.io.ucdp.UcdpRecords;
import org.sahelevents.io.ucdp.geojson.UcdpFeatures;

/**
 * Every real GED file in {@code ../shared/data/ucdp} becomes one feature per row, which our reader and GDAL's
 * {@code ogrinfo} read back whole: GED's columns as typed properties and the model's incident under sahel:event.
 */
class RealGedFilesTest {
  @TempDir
  Path dir;

  private static Path ged(String file) {
    Path path = Path.of(System.getProperty("sahelevents.shared.dir", "../../shared"), "data", "ucdp", file);
    assumeTrue(Files.isRegularFile(path), () -> "skipped: real GED file " + path + " is absent");
    return path;
  }

  @ParameterizedTest
  @ValueSource(strings = {"OmdenaAI_SudanChapter_AnalyzeHealthcareAccessibility__conflict_data_sdn.csv",
      "t-downing_nigeria_rice_model__conflict_data_nga.csv", "tsekhmeistruk_travel-advisor__ucdp-ged.csv"})
  void everyRowIsAFeatureThatCarriesItsColumnsAndItsIncident(String file) throws Exception {
    Path out = dir.resolve("ged.geojson");
    long rows;
    UcdpRecord first;
    try (UcdpRecords records = UcdpGed.reader().badRows(BadRowPolicy.COLLECT).build().open(ged(file));
         GeoJsonWriter.Output output = GeoJson.writer().build().open(out)) {
      UcdpFeatures.Output features = UcdpFeatures.standard().on(output);
      first = records.next();
      features.write(first);
      records.forEachRemaining(features::write);
      rows = records.rowsRead();
      assertThat(records.rowsRejected()).isZero();
      assertThat(features.featuresWritten()).isEqualTo(rows);
    }
    try (GeoJsonFeatures read = GeoJson.reader().build().open(out, problem -> { })) {
      GeoJsonFeature feature = read.next();
      assertThat(feature.id()).contains(first.relid().orElseThrow());
      assertThat(feature.property("best").isNumber()).isTrue();
      assertThat(feature.property("best").asInt()).isEqualTo(first.best());
      assertThat(feature.property("side_a").asText()).isEqualTo(first.sideA());
      assertThat(feature.property("date_start").asText()).isEqualTo(first.dateStart().toString());
      Catalog catalog = IncidentFeatures.toCatalog(feature);
      assertThat(catalog.getIncidents()).singleElement()
          .satisfies(i -> assertThat(i.getId().getValue()).isEqualTo("ucdp:" + first.id()));
      read.forEachRemaining(f -> { });
      assertThat(read.recordsRead()).isEqualTo(rows);
      assertThat(read.recordsRejected()).isZero();
    }
    String info = ogrinfo(out);
    assertThat(info).contains("Feature Count: " + rows).contains("best: Integer").contains("side_a: String");
    assertThat(info.lines().filter(l -> l.startsWith("ERROR"))).isEmpty();
  }

  private static String ogrinfo(Path file) throws IOException, InterruptedException {
    boolean found = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
        .anyMatch(p -> Files.isExecutable(Path.of(p, "ogrinfo")));
    assumeTrue(found, "skipped: GDAL's ogrinfo is not on the PATH (install gdal-bin)");
    Process p = new ProcessBuilder(List.of("ogrinfo", "-ro", "-so", "-al", file.toString()))
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }
}
