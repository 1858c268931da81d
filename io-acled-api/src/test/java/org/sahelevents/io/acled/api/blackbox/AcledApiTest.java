package org.sahelevents.io.acled.api.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.core.taxonomy.EventType;
import org.sahelevents.io.acled.ActorTypeStyle;
import org.sahelevents.io.acled.AcledFormatException;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.AcledRejectedRow;
import org.sahelevents.io.acled.api.AcledAccess;
import org.sahelevents.io.acled.api.AcledApi;
import org.sahelevents.io.acled.api.AcledApiException;
import org.sahelevents.io.acled.api.AcledCredentials;
import org.sahelevents.io.acled.api.AcledDeletion;
import org.sahelevents.io.acled.api.AcledDownload;
import org.sahelevents.io.acled.api.AcledQuery;
import org.sahelevents.io.acled.api.ExportType;
import org.sahelevents.io.acled.api.emulator.AcledEmulator;

/** The client against the emulated API, through its exported API only: sign-in, tokens, deletions, bad rows. */
class AcledApiTest {
  private static final LocalDate APRIL = LocalDate.of(2026, 4, 1);
  private static final long TS = 1_775_000_000L;

  @TempDir
  Path dir;

  private AcledEmulator server;

  @BeforeEach
  void start() throws IOException {
    server = new AcledEmulator();
    server.add(AcledEmulator.events("Mali", 1, 25, APRIL, TS));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private AcledApi.Builder client() {
    return AcledApi.client().baseUrl(server.url()).backoff(Duration.ofMillis(5))
        .credentials(AcledCredentials.of(AcledEmulator.EMAIL, AcledEmulator.PASSWORD.toCharArray()));
  }

  private static AcledQuery mali() {
    return AcledQuery.builder().country("Mali").build();
  }

  @Test
  void anAccessTokenThatExpiresMidDownloadIsRefreshedAndTheDownloadGoesOn() {
    AcledApi api = client().pageSize(10).build();
    List<String> ids = new ArrayList<>();
    try (AcledDownload d = api.read(mali())) {
      ids.add(d.next().eventIdCnty());
      server.expireAccessTokens();
      d.forEachRemaining(r -> ids.add(r.eventIdCnty()));
    }
    assertThat(ids).hasSize(25).doesNotHaveDuplicates();
    assertThat(server.passwordGrants()).isEqualTo(1);
    assertThat(server.refreshGrants()).isEqualTo(1);
  }

  @Test
  void aRefusedRefreshTokenLeadsToSigningInAgain() {
    AcledApi api = client().pageSize(10).build();
    try (AcledDownload d = api.read(mali())) {
      d.next();
      server.expireAccessTokens();
      server.refuseRefresh(true);
      assertThat(d.stream().count()).isEqualTo(24);
    }
    assertThat(server.passwordGrants()).isEqualTo(2);
    assertThat(server.refreshGrants()).isZero();
  }

  @Test
  void loginSaysUntilWhenTheTokensLastAndWhetherTheTierGivesData() {
    AcledAccess access = client().build().login();
    assertThat(access.account()).isEqualTo(AcledEmulator.EMAIL);
    assertThat(access.credentialsFrom()).isEqualTo("the program");
    assertThat(access.accessTokenExpires()).isBetween(Instant.now().plus(Duration.ofHours(23)),
        Instant.now().plus(Duration.ofHours(25)));
    assertThat(access.refreshTokenExpires()).isAfter(Instant.now().plus(Duration.ofDays(13)));
    assertThat(access.dataAccess()).isTrue();
    assertThat(access.toString()).doesNotContain(AcledEmulator.PASSWORD);
    server.issuedTokens().forEach(t -> assertThat(access.toString()).doesNotContain(t));

    server.dataAccess(false);
    assertThat(client().build().login().dataAccess()).isFalse();
  }

  @Test
  void deletionsArePairsOfIdAndTimeSinceTheTimeAsked() {
    server.delete("MLI3", TS + 100);
    server.delete("MLI4", TS + 200);
    server.delete("MLI5", TS + 300);
    List<AcledDeletion> deleted = client().build().deletedSince(Instant.ofEpochSecond(TS + 200));
    assertThat(deleted).containsExactly(new AcledDeletion("MLI4", Instant.ofEpochSecond(TS + 200)),
        new AcledDeletion("MLI5", Instant.ofEpochSecond(TS + 300)));
    assertThat(server.requests()).anySatisfy(r -> assertThat(r)
        .contains("/api/deleted/read?_format=json&deleted_timestamp=" + (TS + 200)
            + "&deleted_timestamp_where=%3E%3D"));
  }

  @Test
  void deletionsArePagedUntilAShortPage() {
    for (int i = 1; i <= 7; i++) {
      server.delete("MLI" + i, TS + i);
    }
    assertThat(client().pageSize(3).build().deletedSince(Instant.ofEpochSecond(0))).hasSize(7);
    assertThat(server.requests().stream().filter(r -> r.contains("deleted/read"))).hasSize(3);
  }

  @Test
  void aBadRowFailsWithThePageAddressAndTheJsonPointerOrIsCollected() {
    server.revise("MLI7", "latitude", "95.5", TS + 7);
    AcledFormatException bad = catchThrowableOfType(AcledFormatException.class,
        () -> client().build().read(mali()).forEachRemaining(r -> { }));
    assertThat(bad.getMessage()).contains("/api/acled/read?_format=json&country=Mali")
        .contains("/data/6/latitude").contains("95.5");

    List<AcledRejectedRow> rejected = new ArrayList<>();
    try (AcledDownload d = client().rows(rows -> rows.badRows(BadRowPolicy.COLLECT)).pageSize(10).build()
        .read(mali(), rejected::add)) {
      assertThat(d.stream().map(AcledRecord::eventIdCnty)).hasSize(24).doesNotContain("MLI7");
      assertThat(d.rowsRead()).isEqualTo(25);
      assertThat(d.rowsRejected()).isEqualTo(1);
    }
    assertThat(rejected).singleElement().satisfies(r -> assertThat(r.raw()).hasValueSatisfying(raw ->
        assertThat(raw).contains("\"event_id_cnty\":\"MLI7\"")));
  }

  @Test
  void aCountryTypoFailsAtOnceWithACLEDsClosestName() {
    assertThatThrownBy(() -> AcledQuery.builder().country("Mallí"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown country \"Mallí\"").hasMessageContaining("did you mean \"Mali\"");
    assertThatThrownBy(() -> AcledQuery.builder().country("Burkina"))
        .hasMessageContaining("\"Burkina\"");
    assertThat(AcledQuery.builder().country("côte d'ivoire").country("burkina faso").build().countries())
        .containsExactly("Ivory Coast", "Burkina Faso");
    assertThatThrownBy(() -> AcledQuery.builder().region("Westren Africa"))
        .hasMessageContaining("did you mean \"Western Africa\"");
    assertThat(AcledQuery.builder().region("western africa").region("2").region(3).build().regions())
        .containsExactly(1, 2, 3);
    assertThatThrownBy(() -> AcledQuery.builder().region(6)).hasMessageContaining("unknown region 6");
  }

  @Test
  void credentialsFromAFileOthersMayReadAreRefused() throws IOException {
    Path file = dir.resolve("acled.properties");
    Files.writeString(file, "email=" + AcledEmulator.EMAIL + "\npassword=" + AcledEmulator.PASSWORD + "\n",
        StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    AcledApiException open = catchThrowableOfType(AcledApiException.class, () -> AcledCredentials.fromFile(file));
    assertThat(open.reason()).isEqualTo(AcledApiException.Reason.CREDENTIALS);
    assertThat(open.getMessage()).contains("others may read or write it (rw-r--r--)").contains("chmod 600")
        .doesNotContain(AcledEmulator.PASSWORD);

    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    AcledCredentials credentials = AcledCredentials.fromFile(file);
    assertThat(credentials.email()).isEqualTo(AcledEmulator.EMAIL);
    assertThat(credentials.toString()).contains(AcledEmulator.EMAIL).doesNotContain(AcledEmulator.PASSWORD);
    assertThat(AcledApi.client().baseUrl(server.url()).credentials(credentials).build().login().credentialsFrom())
        .isEqualTo("the file " + file);
  }

  @Test
  void aCredentialsFileWithoutAPasswordSaysWhichKeysItNeeds() throws IOException {
    Path file = dir.resolve("acled.properties");
    Files.writeString(file, "email=" + AcledEmulator.EMAIL + "\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    assertThatThrownBy(() -> AcledCredentials.fromFile(file)).hasMessageContaining("needs the keys email= and "
        + "password=");
  }

  @Test
  void theTokenCacheIsOwnerOnlyAndSpareASecondRunItsSignIn() throws IOException {
    Path cache = dir.resolve("tokens.properties");
    client().tokenCache(cache).build().login();
    assertThat(Files.getPosixFilePermissions(cache)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(server.passwordGrants()).isEqualTo(1);

    try (AcledDownload d = client().tokenCache(cache).build().read(mali())) {
      assertThat(d.stream().count()).isEqualTo(25);
    }
    assertThat(server.passwordGrants()).as("the second run used the cached token").isEqualTo(1);

    Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rw-rw-r--"));
    assertThatThrownBy(() -> client().tokenCache(cache).build().login())
        .hasMessageContaining("others may read or write it").hasMessageContaining("ACLED tokens");
  }

  @Test
  void withoutACacheTheTokensAreWrittenNowhere() throws IOException {
    client().build().login();
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void anUnreachableServerFailsAsANetworkProblemAfterTheRetries() {
    java.net.URI gone = server.url();
    server.close();
    AcledApiException e = catchThrowableOfType(AcledApiException.class,
        () -> AcledApi.client().baseUrl(gone).retries(1).backoff(Duration.ofMillis(5))
            .credentials(AcledCredentials.of(AcledEmulator.EMAIL, AcledEmulator.PASSWORD.toCharArray()))
            .build().login());
    assertThat(e.reason()).isEqualTo(AcledApiException.Reason.NETWORK);
    assertThat(e.getMessage()).contains(gone + "/oauth/token").contains("after 2 tries")
        .doesNotContain(AcledEmulator.PASSWORD);
  }

  @Test
  void retryAfterAsAnHttpDateIsWaitedFor() {
    String inTwoSeconds = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
        .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(2));
    server.failReads(new AcledEmulator.Fault(429, java.util.Map.of("Retry-After", inTwoSeconds), ""));
    long start = System.nanoTime();
    try (AcledDownload d = client().build().read(mali())) {
      assertThat(d.stream().count()).isEqualTo(25);
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
  }

  @Test
  void anAddressWithCredentialsInItIsRefused() {
    assertThatThrownBy(() -> AcledApi.client().baseUrl(java.net.URI.create("https://me:pw@acleddata.com")))
        .hasMessageContaining("no user, password or query");
    assertThatThrownBy(() -> AcledApi.client().pageSize(5001)).hasMessageContaining("1 to 5000");
  }

  @Test
  void theQueryAsksForWhatItSays() {
    AcledQuery q = AcledQuery.builder().country("Mali").country("Niger").between(APRIL, APRIL.plusDays(29))
        .eventType(EventType.BATTLES).eventType(EventType.EXPLOSIONS_REMOTE_VIOLENCE)
        .changedSince(Instant.ofEpochSecond(TS)).exportType(ExportType.MONADIC).actorTypes(ActorTypeStyle.NUMERIC)
        .fields(List.of("event_id_cnty", "event_date", "event_type", "actor1", "country", "location", "latitude",
            "longitude", "fatalities"))
        .build();
    try (AcledDownload d = client().build().read(q)) {
      d.hasNext();
    }
    String request = server.requests().stream().filter(r -> r.contains("/api/acled/read")).findFirst().orElseThrow();
    assertThat(request).contains("country=Mali%7CNiger")
        .contains("event_date=2026-04-01%7C2026-04-30&event_date_where=BETWEEN")
        .contains("event_type=Battles%7CExplosions%2FRemote+violence")
        .contains("timestamp=" + TS + "&timestamp_where=%3E%3D").contains("export_type=monadic")
        .contains("inter_num=1").contains("fields=event_id_cnty%7Cevent_date%7C").contains("limit=5000&page=1");
    assertThat(q).isEqualTo(q.toBuilder().build());
    assertThat(q.toString()).contains("country=Mali|Niger");
  }

  @Test
  void eventsRevisedOnTheServerComeBackRevised() {
    server.revise("MLI2", "fatalities", "41", TS + 1000);
    AcledQuery changed = AcledQuery.builder().country("Mali").changedSince(Instant.ofEpochSecond(TS + 1000)).build();
    try (AcledDownload d = client().build().read(changed)) {
      List<AcledRecord> records = d.stream().toList();
      assertThat(records).singleElement().satisfies(r -> {
        assertThat(r.eventIdCnty()).isEqualTo("MLI2");
        assertThat(r.fatalities()).isEqualTo(41);
      });
    }
  }

  @Test
  void aDownloadCountsItsRowsOverEveryPage() {
    try (AcledDownload d = client().pageSize(7).build().read(mali())) {
      long n = d.stream().count();
      assertThat(n).isEqualTo(25);
      assertThat(d.rowsRead()).isEqualTo(25);
      assertThat(d.rowsAccepted()).isEqualTo(25);
      assertThat(d.pagesRead()).isEqualTo(4);
    }
  }
}
