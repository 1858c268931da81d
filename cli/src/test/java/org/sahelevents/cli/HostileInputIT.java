package org.sahelevents.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input against the jar with a 64 MB heap: a 200 MB field, value or record, and 10,000-deep JSON, each end
 * in a located one-line error (or a rejected row, the rest read) in bounded memory, never an out-of-memory error or
 * a stack overflow. A 200 MB feature of small properties is stopped at the record limit, with a larger heap.
 */
class HostileInputIT {
  private static final long HUGE = 200L * 1024 * 1024;
  private static final int DEEP = 10_000;

  @TempDir
  Path dir;

  /** Runs {@code validate} on the file with the heap given and checks it ends as bad data with every text expected. */
  private static void assertLocatedError(Path file, String heap, String... expected) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + heap, "-jar", System.getProperty("sahelevents.cli.jar"), "validate", file.toString()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(output).doesNotContain("OutOfMemoryError", "StackOverflowError", "Exception", "\tat ")
        .contains(file.toString()).contains(expected);
    assertThat(p.exitValue()).as(output).isEqualTo(1);
  }

  /** A file of {@code before}, then {@code times} copies of {@code fill}, then {@code after}. */
  private Path file(String name, String before, char fill, long times, String after) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      out.write(before.getBytes(StandardCharsets.US_ASCII));
      byte[] block = new byte[1 << 16];
      Arrays.fill(block, (byte) fill);
      for (long left = times; left > 0; left -= block.length) {
        out.write(block, 0, (int) Math.min(block.length, left));
      }
      out.write(after.getBytes(StandardCharsets.US_ASCII));
    }
    return file;
  }

  private static final String HEADER = "event_id_cnty,event_date,year,event_type,sub_event_type,actor1,inter1,"
      + "interaction,country,location,latitude,longitude,fatalities,notes\n";
  private static final String ROW = "MLI1,2025-09-07,2025,Battles,Armed clash,"
      + "JNIM: Group for Support of Islam and Muslims,2,20,Mali,Dioema,14.54,-9.1921,3,";
  private static final String FEATURE = "{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"notes\":";

  @Test
  void aTwoHundredMegabyteCsvFieldIsOneRejectedRowAndTheNextRowIsRead() throws Exception {
    Path csv = file("huge-field.csv", HEADER + ROW + "\"", 'x', HUGE, "\"\n" + ROW + "fine\n");
    assertLocatedError(csv, "64m", csv + ":2: ", "record longer than 1048576 characters",
        "2 rows read, 1 accepted, 1 rejected");
  }

  @Test
  void aTwoHundredMegabyteApiValueEndsWithALocatedError() throws Exception {
    Path json = file("huge-value.json", "{\"data\":[{\"event_id_cnty\":\"MLI1\",\"notes\":\"", 'x', HUGE, "\"}]}");
    assertLocatedError(json, "64m", "over a limit", "1048576");
  }

  @Test
  void tenThousandDeepJsonEndsWithALocatedErrorInApiJsonAndGeoJson() throws Exception {
    String closing = "]".repeat(DEEP);
    Path api = file("deep.json", "{\"data\":[{\"event_id_cnty\":\"MLI1\",\"notes\":", '[', DEEP, closing + "}]}");
    assertLocatedError(api, "64m", "over a limit", "nesting depth");
    Path geojson = file("deep.geojson", FEATURE, '[', DEEP, closing + "}}");
    assertLocatedError(geojson, "64m", "over a limit", "nesting depth");
  }

  @Test
  void aTwoHundredMegabyteGeoJsonStringOrSequenceRecordIsALocatedError() throws Exception {
    Path document = file("huge-string.geojson", FEATURE + "\"", 'x', HUGE, "\"}}");
    assertLocatedError(document, "64m", "over a limit", "String value length");
    Path sequence = file("huge-record.geojsonl", FEATURE + "\"", 'x', HUGE,
        "\"}}\n" + FEATURE + "\"fine\"}}\n");
    assertLocatedError(sequence, "64m", "record longer than 16777216 characters",
        "2 features read, 1 accepted, 1 rejected");
  }

  @Test
  void aTwoHundredMegabyteFeatureOfSmallPropertiesIsStoppedAtTheRecordLimit() throws Exception {
    Path features = dir.resolve("huge-feature.geojson");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(features), 1 << 16)) {
      out.write(("{\"type\":\"FeatureCollection\",\"features\":[" + FEATURE + "0").getBytes(StandardCharsets.US_ASCII));
      for (long i = 1; i < HUGE / 12; i++) {
        out.write((",\"p" + i + "\":" + (i % 10)).getBytes(StandardCharsets.US_ASCII));
      }
      out.write("}}]}".getBytes(StandardCharsets.US_ASCII));
    }
    // A feature is held in memory as a tree, up to the 16 Mi character limit; a tree of small values takes about
    // 20 bytes per character, so this one is bounded by the limit (a few hundred MB), not by the 200 MB input.
    assertLocatedError(features, "512m", "longer than 16777216 characters");
  }
}
