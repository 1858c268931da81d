package org.sahelevents.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The data-driven spec cases of {@code src/test/resources/spec/cli-cases.json}: a command line, what it reads on
 * standard input, and exactly what the tool prints and the exit code it returns.
 */
class SpecCasesTest {
  record Case(String name, JsonNode spec) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() throws IOException {
    try (InputStream in = SpecCasesTest.class.getResourceAsStream("/spec/cli-cases.json")) {
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
  void printsTheExpectedLinesAndExitCode(Case c) {
    JsonNode spec = c.spec();
    CliTest.Run run = CliTest.runWithInput(spec.path("stdin").asText(""),
        texts(spec.get("args")).toArray(String[]::new));
    assertThat(run.out().lines()).containsExactlyElementsOf(texts(spec.path("out")));
    assertThat(run.err().lines()).containsExactlyElementsOf(texts(spec.path("err")));
    assertThat(run.code()).isEqualTo(spec.get("code").asInt());
  }
}
