package org.sahelevents.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelevents.io.geojson.GeoJson;
import org.sahelevents.io.geojson.GeoJsonFeature;
import org.sahelevents.io.geojson.GeoJsonFeatures;

class StreamingPipelineTest {
  @TempDir
  Path dir;

  @Test
  void goodRowsBecomeASequenceAndBrokenOnesGoToTheSideFileWithNothingLost() throws Exception {
    List<String> lines;
    try (var in = SampleData.open()) {
      lines = new ArrayList<>(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
    }
    // Line 3: an impossible date; line 6: a latitude out of range.
    lines.set(2, lines.get(2).replace(",2025-02-03,", ",2025-02-30,"));
    lines.set(5, lines.get(5).replaceFirst(",(12|13|14|15)\\.\\d+,", ",95.5,"));
    Path in = dir.resolve("in.csv");
    Files.write(in, lines, StandardCharsets.UTF_8);
    Path out = dir.resolve("out.geojsons");
    Path rejects = dir.resolve("rejects.csv");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    long rejected = StreamingPipeline.run(in, out, rejects, new PrintStream(printed, true, StandardCharsets.UTF_8));

    assertThat(rejected).isEqualTo(2);
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("62 rows read, 60 written to", "2 rejected to");
    List<String> problems = Files.readAllLines(rejects, StandardCharsets.UTF_8);
    assertThat(problems.get(0)).isEqualTo("line,column,value,reason");
    assertThat(problems.subList(1, problems.size())).hasSize(2)
        .anySatisfy(p -> assertThat(p).startsWith("3,event_date,2025-02-30,"))
        .anySatisfy(p -> assertThat(p).startsWith("6,latitude,95.5,"));
    try (GeoJsonFeatures features = GeoJson.sequenceReader().build().open(out, p -> { })) {
      List<GeoJsonFeature> read = features.stream().toList();
      assertThat(read).hasSize(60);
      assertThat(read.get(0).property("event_id_cnty").asText()).isEqualTo("MLI90001");
      assertThat(read.get(0).property("fatalities").isNumber()).isTrue();
    }
  }
}
