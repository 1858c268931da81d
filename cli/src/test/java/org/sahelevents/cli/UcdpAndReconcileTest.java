package org.sahelevents.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sahelevents.cli.CliTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelevents.cli.CliTest.Run;

/**
 * The tool reads UCDP GED wherever it reads ACLED, and reconciles the two. The fixtures are hand-written: four GED
 * rows in Mali (a battle at Diéma, a one-sided attack known to the region, a battle at Gao, a range across a new year
 * known to the country) and three ACLED events (the Diéma battle, an attack near Nioro, a protest in Bamako).
 */
class UcdpAndReconcileTest {
  @TempDir
  Path dir;

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(UcdpAndReconcileTest.class.getResource("/ucdp/" + name).toURI());
  }

  @Test
  void validateReadsGedAndCountsItsRows() throws Exception {
    Run r = run("validate", fixture("mali-ged.csv").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("mali-ged.csv: 4 rows read, 4 accepted, 0 rejected");
  }

  @Test
  void aBadGedRowIsLocatedByLineAndColumnAndKeptInTheRejectsFile() throws Exception {
    String ged = Files.readString(fixture("mali-ged.csv")).replace(",Mali,432,Africa,1,1,2025-10-01",
        ",Mali,432,Africa,1,9,2025-10-01");
    Path bad = Files.writeString(dir.resolve("bad.csv"), ged);
    Run validated = run("validate", bad.toString());
    assertThat(validated.code()).isEqualTo(ExitCode.BAD_DATA);
    assertThat(validated.out()).contains(bad + ":4: column date_prec: \"9\"");
    Path rejects = dir.resolve("rejects.csv");
    Run converted = run("convert", "--lenient", "--rejects", rejects.toString(), bad.toString(),
        dir.resolve("out.geojson").toString());
    assertThat(converted.code()).isEqualTo(ExitCode.BAD_DATA);
    assertThat(converted.err()).contains("4 rows read, 3 accepted, 1 rejected");
    String rejected = Files.readString(rejects);
    assertThat(rejected).startsWith("line,problems,raw,id,relid,").contains("4,").contains("MLI-2025-1-1-2");
  }

  @Test
  void convertWritesGedColumnsAndTheModelAsGeoJsonAndTheModelAsJson() throws Exception {
    Path geojson = dir.resolve("ged.geojson");
    Run r = run("convert", fixture("mali-ged.csv").toString(), geojson.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode features = new ObjectMapper().readTree(geojson.toFile()).get("features");
    assertThat(features).hasSize(4);
    JsonNode diema = features.get(0);
    assertThat(diema.get("id").asText()).isEqualTo("MLI-2025-1-1-1");
    assertThat(diema.at("/properties/best").asInt()).isEqualTo(12);
    assertThat(diema.at("/properties/side_b").asText()).isEqualTo("JNIM");
    assertThat(diema.at("/properties/sahel:event/incidents/0/id").asText()).isEqualTo("ucdp:900001");
    assertThat(features.get(3).at("/properties/sahel:event/incidents/0/time/precision").asText())
        .isEqualTo("PERIOD");

    Path json = dir.resolve("ged.json");
    assertThat(run("convert", fixture("mali-ged.csv").toString(), json.toString()).code()).isZero();
    JsonNode catalogs = new ObjectMapper().readTree(json.toFile());
    assertThat(catalogs).hasSize(4);
    assertThat(catalogs.at("/0/assertions/0/value/estimate/high").asInt()).isEqualTo(20);

    // The model's JSON goes on to GeoJSON, and GED features back to the model.
    Path again = dir.resolve("again.json");
    assertThat(run("convert", geojson.toString(), again.toString()).code()).isZero();
    assertThat(new ObjectMapper().readTree(again.toFile())).hasSize(4);
  }

  @Test
  void gedCannotBecomeAcledCsv() throws Exception {
    Run r = run("convert", fixture("mali-ged.csv").toString(), dir.resolve("x.csv").toString());
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("is UCDP GED, which ACLED CSV cannot hold").doesNotContain("Exception");
    assertThat(dir.resolve("x.csv")).doesNotExist();
  }

  @Test
  void statsCountsGedRowsByTypeOfViolenceWithTheirBestEstimate() throws Exception {
    Run r = run("stats", "--format", "csv", fixture("mali-ged.csv").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().lines()).contains("event_type,state-based,3,23", "event_type,one-sided,1,5",
        "admin1,Kayes region,2,17", "actor,JNIM,3,25");
  }

  @Test
  void corridorFindsTheGedEventOnTheRoadWithItsChainage() throws Exception {
    Path out = dir.resolve("road.geojson");
    Run r = run("corridor", "--route", "DIEMA-NIORO", "--half-width-km", "10", fixture("mali-ged.csv").toString(),
        out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode features = new ObjectMapper().readTree(out.toFile()).get("features");
    assertThat(features).hasSize(1);
    assertThat(features.get(0).at("/properties/relid").asText()).isEqualTo("MLI-2025-1-1-1");
    assertThat(features.get(0).at("/properties/corridor_distance_m").asDouble()).isBetween(800.0, 950.0);
  }

  @Test
  void reconcileMatchesTheSameIncidentsAndReportsCountsTotalsAndEachMatch() throws Exception {
    Path out = dir.resolve("reconciled.geojson");
    Path report = dir.resolve("matches.csv");
    Run r = run("reconcile", "--report", report.toString(), fixture("mali-acled.csv").toString(),
        fixture("mali-ged.csv").toString(), out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("2 matched incidents; 1 ACLED-only; 2 UCDP-only")
        .contains("deaths in the matched incidents: ACLED 7; UCDP best 17 (low 15, high 25)")
        .contains("by policy: acled_conservative 7;");

    List<String> rows = Files.readAllLines(report, StandardCharsets.UTF_8);
    assertThat(rows).hasSize(3);
    assertThat(rows.get(1)).startsWith("MLI9001,900001,MLI-2025-1-1-1,0.9").contains("same day; 0.9 km apart");
    assertThat(rows.get(2)).startsWith("MLI9002,900002,").contains("exact and admin1");

    JsonNode features = new ObjectMapper().readTree(out.toFile()).get("features");
    List<String> datasets = new ArrayList<>();
    features.forEach(f -> datasets.add(f.get("id").asText() + "=" + f.at("/properties/datasets").asText()));
    assertThat(datasets).containsExactly("MLI9001=acled+ucdp", "MLI9002=acled+ucdp", "MLI9003=acled",
        "ucdp:900003=ucdp", "ucdp:900004=ucdp");
    JsonNode merged = features.get(0).get("properties");
    assertThat(merged.get("acled_fatalities").asInt()).isEqualTo(3);
    assertThat(merged.get("ucdp_best").asInt()).isEqualTo(12);
    assertThat(merged.get("fatalities_acled_conservative_why").asText()).startsWith("it is the lowest credible");
    // Both data sets' figures are assertions about the one merged incident.
    JsonNode assertions = merged.at("/sahel:event/assertions");
    List<String> reportedIn = new ArrayList<>();
    assertions.forEach(a -> reportedIn.add(a.get("reportedIn").asText()));
    assertThat(reportedIn).contains("acled:MLI9001", "ucdp:900001");
  }

  @Test
  void reconcileSaysWhichFileIsWhichWhenTheyAreSwapped() throws Exception {
    Run r = run("reconcile", fixture("mali-ged.csv").toString(), fixture("mali-acled.csv").toString(),
        dir.resolve("x.json").toString());
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("is UCDP GED: give the ACLED file first, then the GED file");
  }

  @Test
  void aFileThatIsNotGedOrBrokenJsonIsOneLocatedLineNeverAnInternalError() throws Exception {
    Path shortHeader = Files.writeString(dir.resolve("short.csv"), "id,relid,side_a,side_b\n1,2,3\n");
    Run header = run("validate", shortHeader.toString());
    assertThat(header.code()).isEqualTo(ExitCode.BAD_DATA);
    assertThat(header.out() + header.err()).contains(shortHeader + ":1: the header lacks required column(s)")
        .doesNotContain("internal error").doesNotContain("Exception");

    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"TotalCount\":1,\"Result\":[{\"id\":1,"
        + "\"relid\":\"X\",\"side_a\":\"A\"");
    Run converted = run("convert", broken.toString(), dir.resolve("b.geojson").toString());
    assertThat(converted.code()).isEqualTo(ExitCode.BAD_DATA);
    assertThat(converted.err()).startsWith(broken + ": /Result/0: the JSON is broken: Unexpected end-of-input")
        .contains("line 1, column 27").doesNotContain("Source:").doesNotContain("internal error");

    Run forced = run("stats", "--from", "ucdp-json", fixture("mali-ged.csv").toString());
    assertThat(forced.code()).isEqualTo(ExitCode.BAD_DATA);
    assertThat(forced.err()).contains("mali-ged.csv: /: not JSON").doesNotContain("internal error");
  }
}
