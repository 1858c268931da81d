package org.sahelevents.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.acled.api.emulator.AcledEmulator;

/**
 * The jar with credentials in ACLED_EMAIL and ACLED_PASSWORD, as users run it: {@code fetch} then {@code update},
 * and an {@code update} stopped in the middle of its download (SIGTERM, then SIGKILL) that leaves the old file as it
 * was. Nothing the jar prints holds the password or a token.
 */
class ApiRunIT {
  private static final LocalDate APRIL = LocalDate.of(2026, 4, 1);
  private static final long TS = 1_775_000_000L;

  @TempDir
  Path dir;

  private AcledEmulator server;
  private final List<Path> printed = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = new AcledEmulator();
    server.add(AcledEmulator.events("Mali", 1, 40, APRIL, TS));
  }

  @AfterEach
  void noCredentialPrinted() throws IOException {
    try {
      for (Path p : printed) {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain(AcledEmulator.PASSWORD);
        for (String token : server.issuedTokens()) {
          assertThat(text).doesNotContain(token);
        }
      }
    } finally {
      server.close();
    }
  }

  private Process start(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", System.getProperty("sahelevents.cli.jar")));
    command.add(args[0]);
    command.addAll(List.of("--api-url", server.url().toString(), "--retries", "0"));
    command.addAll(List.of(args).subList(1, args.length));
    Path output = dir.resolve("printed-" + printed.size() + ".txt");
    printed.add(output);
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(output.toFile());
    builder.environment().put("ACLED_EMAIL", AcledEmulator.EMAIL);
    builder.environment().put("ACLED_PASSWORD", AcledEmulator.PASSWORD);
    return builder.start();
  }

  private int runToEnd(String... args) throws Exception {
    Process p = start(args);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return p.exitValue();
  }

  private List<String> hidden() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".partial")).toList();
    }
  }

  // The update has created its hidden file and is waiting for the stalled server.
  private void awaitStalledUpdate() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (hidden().isEmpty() || server.requests().stream().noneMatch(r -> r.contains("timestamp="))) {
      assertThat(System.nanoTime()).as("the update is under way").isLessThan(deadline);
      Thread.sleep(10);
    }
  }

  private int rows(Path file) {
    try (AcledRecords records = AcledCsv.reader().build().open(file)) {
      return (int) records.stream().count();
    }
  }

  @Test
  void anUpdateStoppedMidwayLeavesTheOldFile() throws Exception {
    Path file = dir.resolve("mali.csv");
    assertThat(runToEnd("fetch", "--country", "Mali", "--since", "2026-04-01", file.toString())).isZero();
    assertThat(Files.readString(printed.get(0))).contains("ACLED API: 40 rows read, 40 accepted, 0 rejected");
    byte[] before = Files.readAllBytes(file);

    server.revise("MLI2", "fatalities", "9", TS + 1000);
    server.delete("MLI3", TS + 1001);
    server.add(AcledEmulator.events("Mali", 50, 2, APRIL, TS + 1002));
    server.stall(60_000);

    Process term = start("update", file.toString());
    awaitStalledUpdate();
    term.destroy();
    assertThat(term.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(term.exitValue()).isEqualTo(128 + 15);
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(hidden()).isEmpty();

    Process kill = start("update", file.toString());
    awaitStalledUpdate();
    kill.destroyForcibly();
    assertThat(kill.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    hidden().forEach(h -> dir.resolve(h).toFile().delete());

    server.stall(0);
    assertThat(runToEnd("update", file.toString())).isZero();
    assertThat(Files.readString(printed.get(printed.size() - 1)))
        .contains("2 added, 1 changed, 1 deleted, 38 unchanged");
    assertThat(rows(file)).isEqualTo(41);
  }

  @Test
  void loginWithTheEnvironmentsCredentials() throws Exception {
    assertThat(runToEnd("login")).isZero();
    assertThat(Files.readString(printed.get(0))).contains("ACLED accepted " + AcledEmulator.EMAIL
        + " (credentials from the environment variables ACLED_EMAIL and ACLED_PASSWORD)");
  }
}
