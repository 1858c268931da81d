package org.sahelevents.spark.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.sahelevents.spark.AcledDatasets;
import org.sahelevents.spark.AcledSpark;
import org.sahelevents.spark.SahelFunctions;

/** The cases of {@code spec/cases.json}: files read into datasets, and SQL functions' answers. */
class SpecCasesTest {
  private static final SparkSession SPARK = SharedSpark.session();
  private static JsonNode cases;

  @TempDir
  static Path dir;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = SpecCasesTest.class.getResourceAsStream("/spec/cases.json")) {
      cases = new ObjectMapper().readTree(in);
    }
    SahelFunctions.register(SPARK);
  }

  @TestFactory
  Stream<DynamicTest> reading() {
    List<DynamicTest> tests = new ArrayList<>();
    cases.get("reading").forEach(c -> tests.add(DynamicTest.dynamicTest(c.get("name").asText(), () -> read(c))));
    return tests.stream();
  }

  private static void read(JsonNode c) {
    Path file = dir.resolve(c.get("file").asText());
    try {
      Files.writeString(file, c.get("content").asText(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    AcledDatasets acled = AcledSpark.read(SPARK, file.toString());
    List<Row> records = acled.records().orderBy("source_line", "source_pointer").collectAsList();
    assertThat(records).hasSize(c.get("accepted").asInt());
    assertThat(acled.rejectedRows().count()).isEqualTo(c.get("rejected").asLong());
    if (c.has("notes")) {
      List<String> notes = new ArrayList<>();
      c.get("notes").forEach(n -> notes.add(n.asText()));
      assertThat(records).extracting(r -> (String) r.getAs("notes")).containsExactlyElementsOf(notes);
    }
    if (c.has("pointers")) {
      List<String> pointers = new ArrayList<>();
      c.get("pointers").forEach(n -> pointers.add(n.asText()));
      assertThat(records).extracting(r -> (String) r.getAs("source_pointer")).containsExactlyElementsOf(pointers);
    }
    List<Row> problems = acled.problems().orderBy("line", "column").collectAsList();
    assertThat(problems).hasSize(c.get("problems").size());
    for (int i = 0; i < problems.size(); i++) {
      JsonNode expected = c.get("problems").get(i);
      Row p = problems.get(i);
      assertThat((String) p.getAs("source_file")).isEqualTo(file.toString());
      assertThat((Long) p.getAs("line")).isEqualTo(expected.get("line").asLong());
      assertThat((String) p.getAs("column")).isEqualTo(expected.get("column").asText());
      assertThat((String) p.getAs("raw_value")).isEqualTo(expected.get("raw_value").asText());
      assertThat((String) p.getAs("severity")).isEqualTo(expected.get("severity").asText());
    }
  }

  @TestFactory
  Stream<DynamicTest> functions() {
    List<DynamicTest> tests = new ArrayList<>();
    cases.get("functions").forEach(c -> tests.add(DynamicTest.dynamicTest(c.get("name").asText(), () -> {
      Object got = SPARK.sql("SELECT " + c.get("sql").asText()).collectAsList().get(0).get(0);
      JsonNode expected = c.get("expected");
      if (c.has("tolerance")) {
        assertThat((Double) got).isCloseTo(expected.asDouble(), within(c.get("tolerance").asDouble()));
      } else if (expected.isBoolean()) {
        assertThat(got).isEqualTo(expected.asBoolean());
      } else {
        assertThat(got).isEqualTo(expected.asText());
      }
    })));
    return tests.stream();
  }
}
