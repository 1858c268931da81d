package org.sahelevents.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar, stopped with SIGTERM or SIGINT in the middle of a conversion, leaves no hidden partial file and no
 * output; a full disk behind standard output ends the run with one line.
 */
class InterruptedRunIT {
  private static final int ROWS = 1_000_000;

  @TempDir
  Path dir;

  private Path big;

  // About 150 MB, a few seconds of conversion: long enough to be stopped midway.
  @BeforeEach
  void largeInput() throws IOException {
    big = dir.resolve("big.csv");
    try (BufferedWriter out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      out.write(CliTest.HEADER);
      for (int i = 0; i < ROWS; i++) {
        out.write(CliTest.GOOD.replace("MLI1", "MLI" + i));
      }
    }
  }

  private static Process start(Path dir, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", System.getProperty("sahelevents.cli.jar")));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(dir.resolve("printed.txt").toFile()).start();
  }

  private List<String> hidden() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".partial")).toList();
    }
  }

  private void awaitPartial() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (hidden().isEmpty()) {
      assertThat(System.nanoTime()).as("a partial file appears").isLessThan(deadline);
      Thread.sleep(10);
    }
    // Some data written: the run is under way, not starting.
    Thread.sleep(300);
  }

  @Test
  void sigtermRemovesThePartialFiles() throws Exception {
    Process p = start(dir, "convert", "--lenient", "--rejects", "rejects.csv", big.toString(), "out.geojson");
    awaitPartial();
    assertThat(hidden()).hasSize(2);
    p.destroy();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(128 + 15);
    assertThat(hidden()).isEmpty();
    assertThat(dir.resolve("out.geojson")).doesNotExist();
    assertThat(dir.resolve("rejects.csv")).doesNotExist();
  }

  @Test
  void sigintRemovesThePartialFile() throws Exception {
    Process p = start(dir, "convert", big.toString(), "out.csv");
    awaitPartial();
    Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start();
    assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(128 + 2);
    assertThat(hidden()).isEmpty();
    assertThat(dir.resolve("out.csv")).doesNotExist();
  }

  @Test
  void aFullDiskBehindStandardOutputIsOneLineAndExitCodeThree() throws Exception {
    File full = new File("/dev/full");
    org.junit.jupiter.api.Assumptions.assumeTrue(full.exists(), "skipped: no /dev/full on this system");
    Path small = Files.writeString(dir.resolve("small.csv"), CliTest.HEADER + CliTest.GOOD);
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        System.getProperty("sahelevents.cli.jar"), "convert", small.toString(), "-");
    Process p = new ProcessBuilder(command).redirectOutput(full).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(err).isEqualTo("standard output: cannot be written: No space left on device\n");
    assertThat(p.exitValue()).isEqualTo(3);
  }
}
