package org.sahelevents.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable jar works as the README says: {@code java -jar cli/target/sahel-events.jar ...}. */
class JarIT {
  @TempDir
  Path dir;

  private static String run(List<String> args, int expectedExit) throws IOException, InterruptedException {
    return run(List.of(), args, expectedExit);
  }

  private static String run(List<String> javaOptions, List<String> args, int expectedExit)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(javaOptions);
    command.addAll(List.of("-jar", System.getProperty("sahelevents.cli.jar")));
    command.addAll(args);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isEqualTo(expectedExit);
    return output;
  }

  @Test
  void theJarValidatesAndConverts() throws Exception {
    Path in = Files.writeString(dir.resolve("in.csv"), CliTest.HEADER + CliTest.GOOD);
    assertThat(run(List.of("validate", in.toString()), 0)).contains("1 rows read, 1 accepted, 0 rejected")
        .doesNotContain("HV000001");
    Path out = dir.resolve("out.json");
    run(List.of("convert", in.toString(), out.toString()), 0);
    assertThat(Files.readString(out)).contains("\"id\":\"MLI1\"");
    assertThat(run(List.of("validate", dir.resolve("missing.csv").toString()), 3)).isEqualTo(
        dir.resolve("missing.csv") + ": no such file\n");
  }

  @Test
  void aTemporaryFolderTheCodecsCannotUnpackInIsNamedInsteadOfAStackTrace() throws Exception {
    Path in = Files.writeString(dir.resolve("in.csv"), CliTest.HEADER + CliTest.GOOD);
    Path good = dir.resolve("good.parquet");
    run(List.of("convert", in.toString(), good.toString()), 0);
    // Zstandard's library is unpacked into the temporary folder the first time a page is compressed or read.
    Path missing = dir.resolve("no-such-folder");
    List<String> noTemporaryFolder = List.of("-Djava.io.tmpdir=" + missing);
    Path out = dir.resolve("out.parquet");
    assertThat(run(noTemporaryFolder, List.of("convert", in.toString(), out.toString()), 3))
        .startsWith(out + ": cannot be written: Zstandard's native library cannot be loaded (")
        .contains("the temporary folder " + missing + ", which must exist, be writable and allow programs to run")
        .doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(out).doesNotExist();
    assertThat(run(noTemporaryFolder, List.of("convert", good.toString(), dir.resolve("out.csv").toString()), 3))
        .startsWith(good + ": cannot be read: the compression codec's native library cannot be loaded (")
        .doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void theJarWritesTheHtmlMapWithLeafletAndTheBaseLayerFromItsOwnResources() throws Exception {
    Path in = Files.writeString(dir.resolve("in.csv"), CliTest.HEADER + CliTest.GOOD);
    Path page = dir.resolve("map.html");
    assertThat(run(List.of("map", "--route", "RN3", "--half-width-km", "10", in.toString(), page.toString()), 0))
        .contains("1 incidents on the map");
    String html = Files.readString(page);
    assertThat(html).contains("Leaflet 1.9.4", "\"Lake Chad\"", "\"route\":\"RN3\"", "\"MLI1\"");
  }

  @Test
  void theJarRunsTheDemoWithItsBundledDataAndDrawsTheMap() throws Exception {
    Path out = dir.resolve("demo");
    assertThat(run(List.of("demo", out.toString()), 0)).contains("62 rows read, 62 accepted, 0 rejected")
        .contains("bamako-corridors.png").contains("bamako-corridors.html").doesNotContain("Exception")
        .doesNotContain("HV000001");
    assertThat(out.resolve("bamako-corridors.svg")).isNotEmptyFile();
    assertThat(javax.imageio.ImageIO.read(out.resolve("bamako-corridors.png").toFile()).getWidth()).isPositive();
  }
}
