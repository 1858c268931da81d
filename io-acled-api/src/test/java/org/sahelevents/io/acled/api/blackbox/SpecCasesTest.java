package org.sahelevents.io.acled.api.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sahelevents.core.taxonomy.ActorType;
import org.sahelevents.io.acled.ActorTypeStyle;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.api.AcledApi;
import org.sahelevents.io.acled.api.AcledApiException;
import org.sahelevents.io.acled.api.AcledCredentials;
import org.sahelevents.io.acled.api.AcledDownload;
import org.sahelevents.io.acled.api.AcledQuery;
import org.sahelevents.io.acled.api.emulator.AcledEmulator;

/**
 * The data-driven cases of {@code spec/api-cases.json}: each sets up the emulated API (its events, faults, token
 * lifetime, access tier), runs a query, and gives the rows, pages and requests it must produce, or the failure, its
 * reason and the words of its message. No message may hold the password or a token.
 */
class SpecCasesTest {
  record Case(String name, JsonNode spec) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() throws IOException {
    try (InputStream in = SpecCasesTest.class.getResourceAsStream("/spec/api-cases.json")) {
      List<Case> cases = new ArrayList<>();
      new ObjectMapper().readTree(in).forEach(node -> cases.add(new Case(node.get("name").asText(), node)));
      return cases.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void givesTheRowsOrTheFailureTheCaseSays(Case c) throws Exception {
    JsonNode spec = c.spec();
    JsonNode expect = spec.get("expect");
    try (AcledEmulator server = new AcledEmulator()) {
      server.add(AcledEmulator.events("Mali", 1, spec.path("events").asInt(), LocalDate.of(2026, 4, 1),
          1_775_000_000L));
      server.numbersAsNumbers(spec.path("numbers").asBoolean(false));
      server.ignorePage(spec.path("ignorePage").asBoolean(false));
      server.dataAccess(spec.path("dataAccess").asBoolean(true));
      server.expiresIn(spec.path("expiresIn").asLong(86_400));
      if (spec.has("truncateAt")) {
        server.truncateNextReadAt(spec.get("truncateAt").asInt());
      }
      server.failReads(faults(spec.path("faults")));
      server.failTokens(faults(spec.path("tokenFaults")));
      AcledApi api = AcledApi.client().baseUrl(server.url())
          .credentials(AcledCredentials.of(AcledEmulator.EMAIL,
              spec.path("password").asText(AcledEmulator.PASSWORD).toCharArray()))
          .pageSize(spec.path("pageSize").asInt(AcledApi.MAX_PAGE_SIZE))
          .maxRowsPerCall(spec.path("maxRowsPerCall").asLong(AcledApi.DEFAULT_MAX_ROWS_PER_CALL))
          .retries(spec.path("retries").asInt(4)).backoff(Duration.ofMillis(5)).build();
      AcledQuery query = query(spec.path("query"));

      List<AcledRecord> records = new ArrayList<>();
      long start = System.nanoTime();
      AcledApiException failed;
      try (AcledDownload download = api.read(query)) {
        failed = catchThrowableOfType(AcledApiException.class, () -> download.forEachRemaining(records::add));
        if (failed == null) {
          assertThat(download.rowsRead()).isEqualTo(download.rowsAccepted() + download.rowsRejected())
              .isEqualTo(records.size());
          if (expect.has("pages")) {
            assertThat(download.pagesRead()).isEqualTo(expect.get("pages").asLong());
          }
          if (expect.has("splitsAtLeast")) {
            assertThat(download.rangesSplit()).isGreaterThanOrEqualTo(expect.get("splitsAtLeast").asLong());
          }
        }
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      AcledApiException failure = failed;

      if (expect.has("error")) {
        assertThat(failure).as("failure").isNotNull();
        assertThat(failure.reason()).isEqualTo(AcledApiException.Reason.valueOf(expect.get("error").asText()));
        expect.path("message").forEach(m -> assertThat(failure.getMessage()).contains(m.asText()));
        if (expect.has("rowsBeforeError")) {
          assertThat(records).hasSize(expect.get("rowsBeforeError").asInt());
        }
        Secrets.assertNoSecret(failure.getMessage(), server, spec.path("password").asText(AcledEmulator.PASSWORD));
        return;
      }
      assertThat(failure).as("failure").isNull();
      assertThat(records).hasSize(expect.get("rows").asInt());
      assertThat(records.stream().map(AcledRecord::eventIdCnty).distinct()).hasSize(records.size());
      Map<String, Map<String, String>> byId = new LinkedHashMap<>();
      server.events().forEach(e -> byId.put(e.get("event_id_cnty"), e));
      for (AcledRecord r : records) {
        Map<String, String> row = byId.get(r.eventIdCnty());
        assertThat(r.fatalities()).isEqualTo(Integer.parseInt(row.get("fatalities")));
        assertThat(r.eventDate()).isEqualTo(LocalDate.parse(row.get("event_date")));
        assertThat(r.latitude().toPlainString()).isEqualTo(row.get("latitude"));
      }
      List<String> requests = server.requests().stream().filter(q -> q.contains("/api/acled/read")).toList();
      expect.path("requests").forEach(part ->
          assertThat(requests).anySatisfy(q -> assertThat(q).contains(part.asText())));
      if (expect.has("tookAtLeastMillis")) {
        assertThat(millis).isGreaterThanOrEqualTo(expect.get("tookAtLeastMillis").asLong());
      }
      if (expect.has("passwordGrants")) {
        assertThat(server.passwordGrants()).isEqualTo(expect.get("passwordGrants").asInt());
      }
      if (expect.has("refreshGrantsAtLeast")) {
        assertThat(server.refreshGrants()).isGreaterThanOrEqualTo(expect.get("refreshGrantsAtLeast").asInt());
      }
      if (expect.has("inter1")) {
        assertThat(records).allSatisfy(r ->
            assertThat(r.inter1()).contains(ActorType.valueOf(expect.get("inter1").asText())));
      }
      if (expect.has("actorTypeStyle")) {
        assertThat(records.get(0).layout().orElseThrow().actorTypeStyle())
            .isEqualTo(ActorTypeStyle.valueOf(expect.get("actorTypeStyle").asText()));
      }
      if (expect.has("columns")) {
        List<String> columns = new ArrayList<>();
        expect.get("columns").forEach(n -> columns.add(n.asText()));
        assertThat(records.get(0).layout().orElseThrow().headers()).isEqualTo(columns);
      }
    }
  }

  private static AcledEmulator.Fault[] faults(JsonNode list) {
    List<AcledEmulator.Fault> faults = new ArrayList<>();
    list.forEach(f -> {
      Map<String, String> headers = new LinkedHashMap<>();
      f.path("headers").properties().forEach(h -> headers.put(h.getKey(), h.getValue().asText()));
      faults.add(new AcledEmulator.Fault(f.get("status").asInt(), headers, f.path("body").asText("")));
    });
    return faults.toArray(AcledEmulator.Fault[]::new);
  }

  private static AcledQuery query(JsonNode q) {
    AcledQuery.Builder b = AcledQuery.builder();
    q.path("countries").forEach(n -> b.country(n.asText()));
    if (!q.has("countries")) {
      b.country("Mali");
    }
    if (q.has("from")) {
      b.between(LocalDate.parse(q.get("from").asText()), LocalDate.parse(q.get("to").asText()));
    }
    if (q.has("actorTypes")) {
      b.actorTypes(ActorTypeStyle.valueOf(q.get("actorTypes").asText()));
    }
    if (q.has("fields")) {
      List<String> fields = new ArrayList<>();
      q.get("fields").forEach(n -> fields.add(n.asText()));
      b.fields(fields);
    }
    return b.build();
  }
}
