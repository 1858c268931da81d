package org.sahelevents.examples.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sahelevents.examples.StreamingPipeline;
import org.sahelevents.io.geojson.GeoJson;
import org.sahelevents.io.geojson.GeoJsonFeatures;

/**
 * The data-driven spec cases of {@code src/test/resources/spec/streaming-pipeline-cases.json}, through the public
 * {@link StreamingPipeline#run} only: an ACLED CSV, and exactly the side file of rejected rows, the ids of the
 * features written and the rows rejected.
 */
class StreamingPipelineSpecCasesTest {
  @TempDir
  Path dir;

  record Case(String name, JsonNode spec) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() throws IOException {
    try (InputStream in = StreamingPipelineSpecCasesTest.class
        .getResourceAsStream("/spec/streaming-pipeline-cases.json")) {
      List<Case> cases = new ArrayList<>();
      new ObjectMapper().readTree(in).forEach(node -> cases.add(new Case(node.get("name").asText(), node)));
      return cases.stream();
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(t -> texts.add(t.asText()));
    return texts;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void writesTheExpectedFeaturesAndRejects(Case c) throws IOException {
    Path in = Files.writeString(dir.resolve("in.csv"), c.spec().get("input").asText(), StandardCharsets.UTF_8);
    Path out = dir.resolve("out.geojsons");
    Path rejects = dir.resolve("rejects.csv");
    long rejected = StreamingPipeline.run(in, out, rejects,
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    List<String> ids = new ArrayList<>();
    try (GeoJsonFeatures features = GeoJson.sequenceReader().build().open(out, p -> { })) {
      features.forEachRemaining(f -> ids.add(f.id().map(Object::toString).orElse("")));
    }
    assertThat(ids).containsExactlyElementsOf(texts(c.spec().get("ids")));
    assertThat(Files.readAllLines(rejects, StandardCharsets.UTF_8))
        .containsExactlyElementsOf(texts(c.spec().get("rejects")));
    assertThat(rejected).isEqualTo(c.spec().get("rejected").asLong());
  }
}
