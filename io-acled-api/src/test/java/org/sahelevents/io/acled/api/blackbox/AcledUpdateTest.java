package org.sahelevents.io.acled.api.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledCsvWriter;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.acled.api.AcledApi;
import org.sahelevents.io.acled.api.AcledApiException;
import org.sahelevents.io.acled.api.AcledCredentials;
import org.sahelevents.io.acled.api.AcledDownload;
import org.sahelevents.io.acled.api.AcledQuery;
import org.sahelevents.io.acled.api.AcledUpdate;
import org.sahelevents.io.acled.api.emulator.AcledEmulator;
import org.sahelevents.io.acled.api.emulator.Contents;
import org.sahelevents.io.acled.geojson.AcledFeatures;
import org.sahelevents.io.acled.geojson.ModelProperty;
import org.sahelevents.io.geojson.GeoJson;
import org.sahelevents.io.geojson.GeoJsonWriter;
import org.sahelevents.io.geojson.RecordSeparator;

/**
 * AcledUpdate against a server whose data changes between runs: after each run the file holds exactly the server's
 * current events of its window; a failed run leaves the old file; a file ACLED's columns do not fit is refused.
 */
class AcledUpdateTest {
  private static final LocalDate APRIL = LocalDate.of(2026, 4, 1);
  private static final long TS = 1_775_000_000L;

  @TempDir
  Path dir;

  private AcledEmulator server;
  private AcledApi api;

  @BeforeEach
  void start() throws IOException {
    server = new AcledEmulator();
    server.add(AcledEmulator.events("Mali", 1, 30, APRIL, TS));
    server.add(AcledEmulator.events("Niger", 1, 10, APRIL, TS));
    api = AcledApi.client().baseUrl(server.url()).backoff(Duration.ofMillis(5)).pageSize(8)
        .credentials(AcledCredentials.of(AcledEmulator.EMAIL, AcledEmulator.PASSWORD.toCharArray())).build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private AcledQuery window() {
    return AcledQuery.builder().country("Mali").country("Niger").between(APRIL, APRIL.plusDays(29)).build();
  }

  private Path fetchCsv() {
    Path file = dir.resolve("sahel.csv");
    try (AcledDownload events = api.read(window());
         AcledCsvWriter.Output out = AcledCsv.writer().build().open(file)) {
      events.forEachRemaining(out::write);
    }
    return file;
  }

  private Path fetchSequence(RecordSeparator separator, ModelProperty model) {
    Path file = dir.resolve("sahel.geojsons");
    try (AcledDownload events = api.read(window());
         GeoJsonWriter.Output out = GeoJson.sequenceWriter().separator(separator).build().open(file)) {
      AcledFeatures.Output features = AcledFeatures.builder().model(model).build().on(out);
      events.forEachRemaining(features::write);
    }
    return file;
  }

  private Map<String, String> serverWindow() {
    return Contents.ofServer(server, APRIL.plusDays(29));
  }

  // Edits, deletions and additions, each with a timestamp after the file's.
  private void changeTheServer() {
    server.revise("MLI3", "fatalities", "12", TS + 5000);
    server.revise("NIR2", "notes", "Revised: the clash was near the border.", TS + 5001);
    server.delete("MLI4", TS + 5002);
    server.delete("NIR9", TS + 5003);
    server.add(AcledEmulator.events("Mali", 100, 3, APRIL.plusDays(5), TS + 6000));
  }

  @Test
  void aCsvFollowsTheServerThroughEditsDeletionsAndAdditions() {
    Path file = fetchCsv();
    assertThat(Contents.ofFile(file)).isEqualTo(serverWindow()).hasSize(40);

    changeTheServer();
    AcledUpdate.Result first = AcledUpdate.builder(api).build().update(file);
    assertThat(first.added()).isEqualTo(3);
    assertThat(first.changed()).isEqualTo(2);
    assertThat(first.deleted()).isEqualTo(2);
    assertThat(first.unchanged()).isEqualTo(40 - 2 - 2);
    assertThat(first.changedSince()).isEqualTo(Instant.ofEpochSecond(TS + 29));
    assertThat(first.from()).isEqualTo(APRIL);
    assertThat(first.to()).isEqualTo(APRIL.plusDays(29));
    assertThat(Contents.ofFile(file)).isEqualTo(serverWindow()).hasSize(41);
    assertThat(server.requests()).anySatisfy(r -> assertThat(r).contains("timestamp=" + (TS + 29)));

    server.revise("MLI101", "fatalities", "3", TS + 7000);
    server.delete("MLI10", TS + 7001);
    AcledUpdate.Result second = AcledUpdate.builder(api).build().update(file);
    assertThat(second).extracting(AcledUpdate.Result::added, AcledUpdate.Result::changed,
        AcledUpdate.Result::deleted, AcledUpdate.Result::unchanged).containsExactly(0L, 1L, 1L, 39L);
    assertThat(second.changedSince()).isEqualTo(Instant.ofEpochSecond(TS + 6002));
    assertThat(Contents.ofFile(file)).isEqualTo(serverWindow()).hasSize(40);

    AcledUpdate.Result idle = AcledUpdate.builder(api).build().update(file);
    assertThat(idle).extracting(AcledUpdate.Result::added, AcledUpdate.Result::changed,
        AcledUpdate.Result::deleted, AcledUpdate.Result::unchanged).containsExactly(0L, 0L, 0L, 40L);
  }

  @Test
  void anUpdateKeepsTheFilesColumnsOrderAndUnchangedRowsByteForByte() throws IOException {
    Path file = fetchCsv();
    String before = Files.readString(file);
    AcledUpdate.builder(api).build().update(file);
    assertThat(Files.readString(file)).isEqualTo(before);
  }

  @Test
  void aLaterWindowEndBringsTheNewerEvents() {
    Path file = fetchCsv();
    server.add(AcledEmulator.events("Mali", 200, 4, APRIL.plusDays(40), TS + 8000));
    AcledUpdate.Result r = AcledUpdate.builder(api).until(APRIL.plusDays(60)).build().update(file);
    assertThat(r.added()).isEqualTo(4);
    assertThat(r.to()).isEqualTo(APRIL.plusDays(60));
    assertThat(Contents.ofFile(file)).hasSize(44).containsKeys("MLI200", "MLI203");
  }

  @Test
  void geoJsonSequencesFollowTheServerInTheirOwnSeparatorAndModel() throws IOException {
    for (RecordSeparator separator : RecordSeparator.values()) {
      for (ModelProperty model : ModelProperty.values()) {
        Path file = fetchSequence(separator, model);
        changeTheServer();
        AcledUpdate.Result r = AcledUpdate.builder(api).build().update(file);
        assertThat(r.added() + r.changed() + r.deleted()).as(separator + " " + model).isEqualTo(7);
        assertThat(Contents.ofFile(file)).isEqualTo(serverWindow());
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text.startsWith("\u001e")).isEqualTo(separator == RecordSeparator.RS);
        assertThat(text.contains("sahel:event")).isEqualTo(model == ModelProperty.INCLUDE);
        server.close();
        start();
        api = AcledApi.client().baseUrl(server.url()).backoff(Duration.ofMillis(5)).pageSize(8)
            .credentials(AcledCredentials.of(AcledEmulator.EMAIL, AcledEmulator.PASSWORD.toCharArray())).build();
      }
    }
  }

  @Test
  void aRunThatFailsMidwayLeavesTheOldFileAndNoPartialFile() throws IOException {
    Path file = fetchCsv();
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    byte[] before = Files.readAllBytes(file);
    changeTheServer();
    server.add(AcledEmulator.events("Mali", 300, 20, APRIL, TS + 9000));
    AcledApi failing = AcledApi.client().baseUrl(server.url()).backoff(Duration.ofMillis(5)).pageSize(8).retries(1)
        .credentials(AcledCredentials.of(AcledEmulator.EMAIL, AcledEmulator.PASSWORD.toCharArray())).build();
    AcledUpdate update = AcledUpdate.builder(failing).build();
    // The first page of changes comes, then the server fails for good.
    server.outageAfter(1, new AcledEmulator.Fault(500, Map.of(), "{\"message\":\"Internal Server Error\"}"));
    Throwable failure = catchThrowable(() -> update.update(file));
    assertThat(failure).isInstanceOf(AcledApiException.class).hasMessageContaining("HTTP 500");
    assertThat(server.requests().stream().filter(r -> r.contains("page=2"))).isNotEmpty();
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }

    server.outageAfter(-1, null);
    AcledUpdate.builder(api).build().update(file);
    assertThat(Contents.ofFile(file)).isEqualTo(serverWindow());
    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-r-----"));
  }

  @Test
  void aFileWithAColumnACLEDDoesNotReturnIsRefusedWithTheDifference() throws IOException {
    Path file = fetchCsv();
    Path wide = dir.resolve("wide.csv");
    try (AcledRecords records = AcledCsv.reader().build().open(file);
         AcledCsvWriter.Output out = AcledCsv.writer().layout(org.sahelevents.io.acled.AcledLayout.of(
             Stream.concat(records.layout().headers().stream(), Stream.of("my_note")).toList(), null,
             records.layout().dateStyle(), records.layout().actorTypeStyle())).build().open(wide)) {
      records.forEachRemaining(out::write);
    }
    byte[] before = Files.readAllBytes(wide);
    server.revise("MLI3", "fatalities", "12", TS + 5000);
    Throwable refused = catchThrowable(() -> AcledUpdate.builder(api).build().update(wide));
    assertThat(refused).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("its columns differ from those ACLED returns")
        .hasMessageContaining("ACLED does not return [my_note]").hasMessageContaining("fetch it again");
    assertThat(Files.readAllBytes(wide)).isEqualTo(before);
  }

  @Test
  void aGeoJsonDocumentIsRefusedWithWhatToDoInstead() throws IOException {
    Path file = dir.resolve("sahel.geojson");
    try (AcledDownload events = api.read(window());
         GeoJsonWriter.Output out = GeoJson.writer().build().open(file)) {
      AcledFeatures.Output features = AcledFeatures.standard().on(out);
      events.forEachRemaining(features::write);
    }
    byte[] before = Files.readAllBytes(file);
    assertThat(catchThrowable(() -> AcledUpdate.builder(api).build().update(file)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is a GeoJSON FeatureCollection")
        .hasMessageContaining("update a GeoJSON sequence (.geojsons) or ACLED CSV");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void aFileWithoutTimestampsIsRefused() throws IOException {
    Path file = dir.resolve("old.csv");
    Files.writeString(file, "event_id_cnty,event_date,event_type,actor1,country,location,latitude,longitude,"
        + "fatalities\r\nMLI1,2026-04-01,Battles,JNIM,Mali,Kati,12.74,-8.07,3\r\n");
    assertThat(catchThrowable(() -> AcledUpdate.builder(api).build().update(file)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no timestamp column");
  }
}
