package org.sahelevents.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sahelevents.cli.CliTest.GOOD;
import static org.sahelevents.cli.CliTest.HEADER;
import static org.sahelevents.cli.CliTest.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows with warnings only are kept and their warnings printed and counted, unless {@code --strict}; rejected rows go
 * to the rejects file with their original content; corridor counts events as stats does.
 */
class WarningsAndRejectsTest {
  @TempDir
  Path dir;

  private static final String YEAR_OFF = GOOD.replace("MLI1", "MLI2").replace(",2025,", ",2024,");

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void validateCountsErrorsAndWarningsAndFailsOnWarningsOnlyWhenStrict() throws IOException {
    Path in = file("in.csv", HEADER + GOOD + YEAR_OFF + GOOD.replace("MLI1", "MLI3").replace("14.54", "95"));
    CliTest.Run r = run("validate", in.toString());
    assertThat(r.out().lines()).containsExactly(
        in + ":3: warning: column year: \"2024\" does not match event_date (2025-09-07)",
        in + ":4: column latitude: \"95\" must be between -90 and 90",
        in + ": 3 rows read, 2 accepted, 1 rejected; 1 error, 1 warning");
    assertThat(r.code()).isEqualTo(1);
    Path warnedOnly = file("warned.csv", HEADER + GOOD + YEAR_OFF);
    CliTest.Run kept = run("validate", warnedOnly.toString());
    assertThat(kept.out()).endsWith(warnedOnly + ": 2 rows read, 2 accepted, 0 rejected; 0 errors, 1 warning\n");
    assertThat(kept.code()).isZero();
    CliTest.Run strict = run("validate", "--strict", warnedOnly.toString());
    assertThat(strict.out()).endsWith(warnedOnly + ": 2 rows read, 1 accepted, 1 rejected; 0 errors, 1 warning\n");
    assertThat(strict.code()).isEqualTo(1);
  }

  @Test
  void convertStatsAndCorridorPrintAndCountWarnings() throws IOException {
    Path in = file("in.csv", HEADER + GOOD + YEAR_OFF);
    String warning = in + ":3: warning: column year: \"2024\" does not match event_date (2025-09-07)\n";
    Path out = dir.resolve("out.geojson");
    CliTest.Run convert = run("convert", in.toString(), out.toString());
    assertThat(convert.err()).isEqualTo(warning + in + ": 2 rows read, 2 accepted, 0 rejected, 1 warning; wrote "
        + out + "\n");
    assertThat(convert.code()).isZero();
    CliTest.Run stats = run("stats", in.toString());
    assertThat(stats.err()).isEqualTo(warning + in + ": 2 rows read, 2 accepted, 0 rejected, 1 warning\n");
    CliTest.Run corridor = run("corridor", "--route", "RN3", "--half-width-km", "20", in.toString(),
        dir.resolve("rn3.csv").toString());
    assertThat(corridor.err()).startsWith(warning + "RN3: ").contains(": 2 incidents (from 2 rows) of 2 rows read "
        + "(0 rejected)\n");
    CliTest.Run strict = run("convert", "--strict", in.toString(), dir.resolve("strict.csv").toString());
    assertThat(strict.err()).isEqualTo(in + ":3: warning: column year: \"2024\" does not match event_date "
        + "(2025-09-07)\n");
    assertThat(strict.code()).isEqualTo(1);
  }

  @Test
  void theRejectsFileKeepsAnApiRowsJsonAndAStrictRunsWarnings() throws IOException {
    Path api = file("api.json", "{\"status\":200,\"data\":[{\"event_id_cnty\":\"MLI1\",\"event_date\":\"2025-09-07\","
        + "\"year\":2025,\"event_type\":\"Battles\",\"sub_event_type\":\"Armed clash\",\"actor1\":\"JNIM\","
        + "\"inter1\":\"Rebel group\",\"interaction\":\"Rebel group only\",\"country\":\"Mali\",\"location\":\"Dioema\","
        + "\"latitude\":\"95\",\"longitude\":\"-9.1921\",\"fatalities\":\"3\"}]}");
    Path rejects = dir.resolve("rejects.csv");
    CliTest.Run r = run("convert", "--lenient", "--rejects", rejects.toString(), api.toString(),
        dir.resolve("out.csv").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(Files.readAllLines(rejects)).containsExactly(
        "pointer,problems,raw,event_id_cnty,event_date,year,event_type,sub_event_type,actor1,inter1,interaction,"
            + "country,location,latitude,longitude,fatalities",
        "/data/0,\"column latitude: \"\"95\"\" must be between -90 and 90\",\"{\"\"event_id_cnty\"\":\"\"MLI1\"\","
            + "\"\"event_date\"\":\"\"2025-09-07\"\",\"\"year\"\":2025,\"\"event_type\"\":\"\"Battles\"\",\"\"sub_event_type\"\":"
            + "\"\"Armed clash\"\",\"\"actor1\"\":\"\"JNIM\"\",\"\"inter1\"\":\"\"Rebel group\"\",\"\"interaction\"\":\"\"Rebel group "
            + "only\"\",\"\"country\"\":\"\"Mali\"\",\"\"location\"\":\"\"Dioema\"\",\"\"latitude\"\":\"\"95\"\",\"\"longitude\"\":"
            + "\"\"-9.1921\"\",\"\"fatalities\"\":\"\"3\"\"}\",MLI1,2025-09-07,2025,Battles,Armed clash,JNIM,Rebel group,"
            + "Rebel group only,Mali,Dioema,95,-9.1921,3");

    Path warned = file("warned.csv", HEADER + GOOD + YEAR_OFF);
    Path strictRejects = dir.resolve("strict-rejects.csv");
    assertThat(run("convert", "--strict", "--lenient", "--rejects", strictRejects.toString(), warned.toString(),
        dir.resolve("strict.csv").toString()).code()).isEqualTo(1);
    assertThat(Files.readAllLines(strictRejects)).containsExactly("line,problems,raw," + HEADER.strip(),
        "3,\"warning: column year: \"\"2024\"\" does not match event_date (2025-09-07)\",," + YEAR_OFF.strip());
  }

  @Test
  void theRejectsFileKeepsTheTextOfACsvRecordThatCannotBeSplitIntoCells() throws IOException {
    Path in = file("in.csv", HEADER + GOOD + "MLI2,\"2025-09-07\"x,2025,Battles\n" + GOOD.replace("MLI1", "MLI3"));
    Path rejects = dir.resolve("rejects.csv");
    CliTest.Run r = run("convert", "--lenient", "--rejects", rejects.toString(), in.toString(),
        dir.resolve("out.csv").toString());
    assertThat(r.err()).isEqualTo(in + ":3: column event_date: unexpected character 'x' after the closing quote of a "
        + "field\n" + in + ": 3 rows read, 2 accepted, 1 rejected; wrote " + dir.resolve("out.csv") + "\n");
    assertThat(Files.readAllLines(rejects)).containsExactly("line,problems,raw," + HEADER.strip(),
        "3,column event_date: unexpected character 'x' after the closing quote of a field,\"MLI2,\"\"2025-09-07\"\"x,"
            + "2025,Battles\"");
  }

  @Test
  void aFeatureTheGeoJsonReaderRejectsIsInTheRejectsFile() throws IOException {
    Path csv = file("in.csv", HEADER + GOOD + GOOD.replace("MLI1", "MLI2"));
    Path geo = dir.resolve("in.geojson");
    assertThat(run("convert", csv.toString(), geo.toString()).code()).isZero();
    Files.writeString(geo, Files.readString(geo).replaceFirst("\\[-9.1921,14.54\\]", "[200,14.54]"));
    Path rejects = dir.resolve("rejects.csv");
    CliTest.Run r = run("convert", "--lenient", "--rejects", rejects.toString(), geo.toString(),
        dir.resolve("out.csv").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(Files.readAllLines(rejects)).containsExactly("pointer,problems,raw," + HEADER.strip(),
        "/features/0/geometry/coordinates,\"longitude 200 is out of range (longitude [-180, 180], latitude [-90, "
            + "90])\",");
  }

  @Test
  void corridorCountsTheEventsOfAMonadicFileOnceWithTheirRows() throws IOException {
    // A monadic export gives each actor of an event its own row; both rows are one incident.
    String monadicHeader = "event_id_cnty,event_date,year,event_type,sub_event_type,actor1,inter1,interaction,"
        + "country,location,latitude,longitude,fatalities\n";
    String jnim = "MLI1,2025-09-07,2025,Battles,Armed clash,JNIM: Group for Support of Islam and Muslims,2,12,Mali,"
        + "Fana,12.78,-6.96,3\n";
    String fama = "MLI1,2025-09-07,2025,Battles,Armed clash,Military Forces of Mali (2021-),1,12,Mali,Fana,12.78,"
        + "-6.96,3\n";
    Path in = file("monadic.csv", monadicHeader + jnim + fama);
    Path out = dir.resolve("rn6.csv");
    CliTest.Run r = run("corridor", "--route", "RN6", "--half-width-km", "10", in.toString(), out.toString());
    assertThat(r.err()).contains(": 1 incidents (from 2 rows) of 2 rows read (0 rejected)\n");
    assertThat(Files.readAllLines(out)).hasSize(3);
    assertThat(run("stats", in.toString()).out()).startsWith("1 incidents, 3 fatalities");
  }

  @Test
  void corridorAndStatsCountTheSameEventsOfTheRealMonadicExport() {
    Path monadic = SharedData.required("acled")
        .resolve("ValenGe_UZH_Seminar_UN_PKO__MINUSMA_2017-01-01-2020-12-31-Mali_monadic.csv");
    CliTest.Run rn6 = run("corridor", "--route", "RN6", "--half-width-km", "10", monadic.toString(),
        dir.resolve("rn6.csv").toString());
    assertThat(rn6.err()).contains(": 294 incidents (from 449 rows) of 6214 rows read (0 rejected)\n");
    // A corridor wide enough for all of Mali holds every event stats counts.
    CliTest.Run all = run("corridor", "--route", "RN16", "--half-width-km", "2000", monadic.toString(),
        dir.resolve("all.csv").toString());
    assertThat(all.err()).contains(": 3314 incidents (from 6214 rows) of 6214 rows read (0 rejected)\n");
    assertThat(run("stats", monadic.toString()).out()).startsWith("3314 incidents, ");
  }
}
