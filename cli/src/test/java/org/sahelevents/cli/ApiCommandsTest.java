package org.sahelevents.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelevents.io.acled.api.emulator.AcledEmulator;
import org.sahelevents.io.acled.api.emulator.Contents;

/**
 * {@code fetch}, {@code update} and {@code login} against the emulated API: the files they write hold exactly the
 * server's data, every failure is one line with its exit code, and nothing any run prints holds the password or a
 * token.
 */
class ApiCommandsTest {
  private static final LocalDate APRIL = LocalDate.of(2026, 4, 1);
  private static final long TS = 1_775_000_000L;

  @TempDir
  Path dir;

  private AcledEmulator server;
  private Path credentials;
  private final List<CliTest.Run> runs = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = new AcledEmulator();
    server.add(AcledEmulator.events("Mali", 1, 30, APRIL, TS));
    server.add(AcledEmulator.events("Niger", 1, 12, APRIL, TS));
    credentials = dir.resolve("acled.properties");
    Files.writeString(credentials, "email=" + AcledEmulator.EMAIL + "\npassword=" + AcledEmulator.PASSWORD + "\n");
    Files.setPosixFilePermissions(credentials, PosixFilePermissions.fromString("rw-------"));
  }

  // Whatever a test ran, no output shows a credential.
  @AfterEach
  void noCredentialInAnyOutput() {
    try {
      assertThat(runs).isNotEmpty();
      for (CliTest.Run r : runs) {
        String all = r.out() + r.err();
        assertThat(all).doesNotContain(AcledEmulator.PASSWORD).doesNotContain("wrong-Pa55");
        server.issuedTokens().forEach(token -> assertThat(all).doesNotContain(token));
      }
    } finally {
      server.close();
    }
  }

  private CliTest.Run run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(1, List.of("--api-url", server.url().toString(), "--credentials", credentials.toString()));
    CliTest.Run r = CliTest.run(all.toArray(String[]::new));
    runs.add(r);
    return r;
  }

  @Test
  void fetchThenUpdateGiveExactlyTheServersData() throws IOException {
    Path out = dir.resolve("sahel.csv");
    CliTest.Run fetched = run("fetch", "--country", "Mali", "--country", "Niger", "--since", "2026-04-01",
        "--until", "2026-05-31", "--page-size", "10", out.toString());
    assertThat(fetched.code()).as(fetched.err()).isZero();
    assertThat(fetched.err()).isEqualTo("ACLED API: 42 rows read, 42 accepted, 0 rejected in 5 pages; wrote " + out
        + "\n");
    assertThat(Contents.ofFile(out)).isEqualTo(Contents.ofServer(server, LocalDate.MAX));

    server.revise("MLI3", "fatalities", "12", TS + 5000);
    server.delete("NIR4", TS + 5001);
    server.add(AcledEmulator.events("Mali", 100, 2, APRIL.plusDays(3), TS + 6000));
    CliTest.Run updated = run("update", out.toString());
    assertThat(updated.code()).as(updated.err()).isZero();
    assertThat(updated.err()).isEqualTo(out + ": 2 added, 1 changed, 1 deleted, 40 unchanged (events dated "
        + "2026-04-01 to 2026-04-30 that ACLED changed since 2026-03-31T23:33:49Z)\n");
    assertThat(Contents.ofFile(out)).isEqualTo(Contents.ofServer(server, LocalDate.MAX));
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("sahel.csv",
          "acled.properties");
    }
  }

  @Test
  void fetchWritesEachFormatByExtension() throws IOException {
    Path seq = dir.resolve("mali.geojsons");
    assertThat(run("fetch", "--country", "Mali", seq.toString()).code()).isZero();
    assertThat(Files.readString(seq)).startsWith("\u001e{\"type\":\"Feature\"");
    server.revise("MLI5", "notes", "Revised.", TS + 100);
    assertThat(run("update", seq.toString()).err()).contains("0 added, 1 changed, 0 deleted, 29 unchanged");
    assertThat(Contents.ofFile(seq)).isEqualTo(Contents.ofServer(server, LocalDate.MAX, "Mali"));

    Path geojson = dir.resolve("mali.geojson");
    assertThat(run("fetch", "--country", "Mali", geojson.toString()).code()).isZero();
    assertThat(Files.readString(geojson)).startsWith("{\"type\":\"FeatureCollection\"");
    Path model = dir.resolve("mali.json");
    assertThat(run("fetch", "--country", "Mali", "--event-type", "Battles", model.toString()).code()).isZero();
    assertThat(Files.readString(model)).startsWith("[").contains("\"MLI30\"");
    assertThat(server.requests()).anySatisfy(r -> assertThat(r).contains("event_type=Battles"));
  }

  @Test
  void loginSaysWhatTheAccountMayReadAndNeverTheToken() {
    CliTest.Run r = run("login");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("ACLED accepted " + AcledEmulator.EMAIL + " (credentials from the file "
        + credentials + ")").contains("access token valid until").contains("data access: yes");

    server.dataAccess(false);
    CliTest.Run none = run("login");
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.out()).contains("data access: none").contains("access tier");
  }

  @Test
  void wrongCredentialsExitTwoWithWhereTheyCameFrom() throws IOException {
    Files.writeString(credentials, "email=" + AcledEmulator.EMAIL + "\npassword=wrong-Pa55\n");
    CliTest.Run r = run("fetch", "--country", "Mali", dir.resolve("x.csv").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("ACLED API: " + server.url() + "/oauth/token: ACLED refused the email and "
        + "password from the file " + credentials).doesNotContain("Exception");
    assertThat(dir.resolve("x.csv")).doesNotExist();
  }

  @Test
  void aCredentialsFileOthersMayReadIsRefused() throws IOException {
    Files.setPosixFilePermissions(credentials, PosixFilePermissions.fromString("rw-r--r--"));
    Path old = Files.writeString(dir.resolve("old.csv"), CliTest.HEADER + CliTest.GOOD);
    for (List<String> command : List.of(List.of("login"), List.of("fetch", "--country", "Mali",
        dir.resolve("new.csv").toString()),
        List.of("update", old.toString()))) {
      CliTest.Run r = run(command.toArray(String[]::new));
      assertThat(r.code()).as(command.toString()).isEqualTo(2);
      assertThat(r.err()).as(command.toString()).isEqualTo("ACLED API: " + credentials + ": others may read or write it "
          + "(rw-r--r--) and it holds a password; run chmod 600 " + credentials + "\n");
    }
  }

  @Test
  void eachFailureOfTheApiIsOneLineAndAnExitCode() {
    Path out = dir.resolve("x.csv");
    server.dataAccess(false);
    CliTest.Run noAccess = run("fetch", "--country", "Mali", out.toString());
    assertThat(noAccess.code()).isEqualTo(2);
    assertThat(noAccess.err()).contains("access tier does not include API data");
    server.dataAccess(true);

    server.failReads(new AcledEmulator.Fault(500, Map.of(), ""));
    CliTest.Run down = run("fetch", "--retries", "0", "--country", "Mali", out.toString());
    assertThat(down.code()).isEqualTo(3);
    assertThat(down.err().lines()).singleElement().satisfies(line -> assertThat(line)
        .startsWith("ACLED API: " + server.url() + "/api/acled/read?_format=json&country=Mali&limit=5000&page=1: "
            + "ACLED answered HTTP 500"));

    server.truncateNextReadAt(1000);
    CliTest.Run truncated = run("fetch", "--country", "Mali", out.toString());
    assertThat(truncated.code()).isEqualTo(3);
    assertThat(truncated.err()).contains("truncated");

    server.ignorePage(true);
    CliTest.Run looping = run("fetch", "--page-size", "10", "--country", "Mali", out.toString());
    assertThat(looping.code()).isEqualTo(3);
    assertThat(looping.err()).contains("page 2 repeats page 1");
    server.ignorePage(false);

    server.failReads(new AcledEmulator.Fault(429, Map.of("Retry-After", "86400"), ""));
    CliTest.Run limited = run("fetch", "--country", "Mali", out.toString());
    assertThat(limited.code()).isEqualTo(3);
    assertThat(limited.err()).contains("asks to wait 86400 s");
    assertThat(out).doesNotExist();
  }

  @Test
  void aCountryTypoIsAUsageErrorWithACLEDsName() {
    CliTest.Run r = run("fetch", "--country", "Mlai", dir.resolve("x.csv").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown country \"Mlai\"").contains("did you mean \"Mali\"");
    CliTest.Run everything = run("fetch", dir.resolve("x.csv").toString());
    assertThat(everything.code()).isEqualTo(2);
    assertThat(everything.err()).startsWith("give --country, --region, --since, --until or --changed-since");
    CliTest.Run page = run("fetch", "--country", "Mali", "--page-size", "0", dir.resolve("x.csv").toString());
    assertThat(page.code()).isEqualTo(2);
    assertThat(page.err()).startsWith("--page-size: pageSize must be 1 to 5000, was 0");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void aBadRowExitsOneAndLenientSkipsIt() throws IOException {
    server.revise("MLI7", "latitude", "95.5", TS + 7);
    Path out = dir.resolve("x.csv");
    CliTest.Run strict = run("fetch", "--country", "Mali", out.toString());
    assertThat(strict.code()).isEqualTo(1);
    assertThat(strict.err()).contains("/data/6/latitude: \"95.5\" must be between -90 and 90");
    CliTest.Run lenient = run("fetch", "--lenient", "--country", "Mali", out.toString());
    assertThat(lenient.code()).isEqualTo(1);
    assertThat(lenient.err()).contains("ACLED API: 30 rows read, 29 accepted, 1 rejected");
    assertThat(Contents.ofFile(out)).hasSize(29).doesNotContainKey("MLI7");
  }

  @Test
  void updateRefusesAFileWithoutTimestampsAndAMissingFile() throws IOException {
    Path old = Files.writeString(dir.resolve("old.csv"), CliTest.HEADER + CliTest.GOOD, StandardCharsets.UTF_8);
    CliTest.Run r = run("update", old.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("has no timestamp column");
    assertThat(Files.readString(old)).isEqualTo(CliTest.HEADER + CliTest.GOOD);
    assertThat(run("update", dir.resolve("nope.csv").toString()).code()).isEqualTo(3);
  }
}
