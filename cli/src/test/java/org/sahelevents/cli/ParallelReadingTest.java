package org.sahelevents.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A CSV file that the tool reads with several threads (a file of more than half a megabyte) gives exactly what the
 * same bytes read by one thread from standard input give: the same output, byte for byte, and the same messages,
 * problems and counts, for every real ACLED export of that size, converted to a GeoJSON sequence, a FeatureCollection,
 * ACLED CSV and GeoParquet, and validated.
 */
class ParallelReadingTest {
  @TempDir
  Path dir;

  static Stream<Arguments> exports() {
    List<Arguments> cases = new ArrayList<>();
    for (Path file : SharedData.files("acled", ".csv")) {
      for (String target : List.of("out.geojsonl", "out.geojson", "out.csv", "out.parquet", "validate")) {
        cases.add(Arguments.of(file, target));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("exports")
  void aFileReadByThreadsGivesWhatOneThreadGives(Path file, String target) throws IOException {
    assumeTrue(Files.size(file) > 1 << 19, () -> "skipped: " + file + " is read by one thread");
    boolean validate = target.equals("validate");
    String[] byPath = validate ? new String[] {"validate", file.toString()}
        : new String[] {"convert", "--lenient", file.toString(), dir.resolve("threads-" + target).toString()};
    String[] byStdin = validate ? new String[] {"validate", "--from", "acled-csv", "-"}
        : new String[] {"convert", "--lenient", "--from", "acled-csv", "-", dir.resolve("one-" + target).toString()};
    Run threads = run(byPath, InputStream.nullInputStream());
    Run one;
    try (InputStream in = Files.newInputStream(file)) {
      one = run(byStdin, in);
    }
    assertThat(threads.code()).isEqualTo(one.code());
    assertThat(threads.out()).isEqualTo(named(one.out(), file));
    assertThat(threads.err().replace(dir.resolve("threads-" + target).toString(), "OUT"))
        .isEqualTo(named(one.err(), file).replace(dir.resolve("one-" + target).toString(), "OUT"));
    if (!validate) {
      assertThat(Files.readAllBytes(dir.resolve("threads-" + target)))
          .isEqualTo(Files.readAllBytes(dir.resolve("one-" + target)));
    }
  }

  // Standard input is "<stdin>" in problems and "-", as given, in summaries.
  private static String named(String messages, Path file) {
    return messages.replace(Inputs.STDIN, file.toString()).replaceAll("(?m)^-: ", file + ": ");
  }

  private record Run(int code, String out, String err) {}

  private static Run run(String[] args, InputStream stdin) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    int code = SahelEventsCli.run(args, stdin, out, new PrintWriter(err, true));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString());
  }
}
