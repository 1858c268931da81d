package org.sahelevents.io.acled.api.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.sahelevents.core.taxonomy.ActorType;
import org.sahelevents.core.taxonomy.Interaction;

/**
 * A local emulator of ACLED's API as its documentation describes it: {@code POST /oauth/token} (password and refresh
 * grants, expiring tokens), {@code GET /api/acled/read} (filters on country, region, event date, event type,
 * timestamp, {@code inter_num}, {@code fields}, {@code with_total}, paging with {@code limit} and {@code page}) and
 * {@code GET /api/deleted/read}, with faults to inject: scripted statuses and bodies, truncated and empty bodies,
 * pages that ignore the page number, an account without data access. Thread-safe: every method is synchronized.
 */
public final class AcledEmulator implements AutoCloseable {
  public static final String EMAIL = "analyst@example.org";
  public static final String PASSWORD = "s3cret-Pa55word-that-must-never-show";

  private static final Map<String, String[]> COUNTRIES = Map.of("Mali", new String[] {"466", "MLI"}, "Niger",
      new String[] {"562", "NIR"}, "Burkina Faso", new String[] {"854", "BFO"});

  /** A scripted reply: a status, headers, and a body. */
  public record Fault(int status, Map<String, String> headers, String body) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(2);
  private final List<Map<String, String>> events = new ArrayList<>();
  private final List<String[]> deletions = new ArrayList<>();
  private final Deque<Fault> readFaults = new ArrayDeque<>();
  private final Deque<Fault> tokenFaults = new ArrayDeque<>();
  private final Map<String, Long> accessTokens = new HashMap<>();
  private final Set<String> refreshTokens = new java.util.HashSet<>();
  private final List<String> requests = new ArrayList<>();
  private final List<String> issuedTokens = new ArrayList<>();
  private long expiresIn = 86_400;
  private boolean dataAccess = true;
  private boolean numbersAsNumbers;
  private boolean ignorePage;
  private boolean refuseRefresh;
  private int truncateReadAt = -1;
  private int passwordGrants;
  private int refreshGrants;
  private long stallMillis;
  private int readsBeforeOutage = -1;
  private Fault outage;

  public AcledEmulator() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/oauth/token", this::token);
    server.createContext("/api/acled/read", e -> read(e, false));
    server.createContext("/api/deleted/read", e -> read(e, true));
    server.setExecutor(executor);
    server.start();
  }

  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  // ----- the data -----

  /** A valid dyadic battle in ACLED's current layout, every value a string, as the API sends them. */
  public static Map<String, String> event(String id, LocalDate date, String country, long timestamp, int fatalities) {
    Map<String, String> row = new LinkedHashMap<>();
    String[] codes = COUNTRIES.get(country);
    row.put("event_id_cnty", id);
    row.put("event_date", date.toString());
    row.put("year", Integer.toString(date.getYear()));
    row.put("time_precision", "1");
    row.put("disorder_type", "Political violence");
    row.put("event_type", "Battles");
    row.put("sub_event_type", "Armed clash");
    row.put("actor1", "JNIM: Group for Support of Islam and Muslims");
    row.put("assoc_actor_1", "");
    row.put("inter1", "Rebel group");
    row.put("actor2", "Military Forces of " + country);
    row.put("assoc_actor_2", "");
    row.put("inter2", "State forces");
    row.put("interaction", "State forces-Rebel group");
    row.put("civilian_targeting", "");
    row.put("iso", codes[0]);
    row.put("region", "Western Africa");
    row.put("country", country);
    row.put("admin1", "Region " + id);
    row.put("admin2", "");
    row.put("admin3", "");
    row.put("location", "Place " + id);
    row.put("latitude", "14." + Math.abs(id.hashCode() % 9000 + 1000));
    row.put("longitude", "-3.25");
    row.put("geo_precision", "1");
    row.put("source", "AFP; Reuters");
    row.put("source_scale", "International");
    row.put("notes", "On " + date + ", a clash, \"quoted\", with commas, and a line\nbreak.");
    row.put("fatalities", Integer.toString(fatalities));
    row.put("tags", "");
    row.put("timestamp", Long.toString(timestamp));
    return row;
  }

  /** Events numbered from {@code first}: {@code PREFIXn}, one a day from {@code start}, timestamps from {@code ts}. */
  public static List<Map<String, String>> events(String country, int first, int count, LocalDate start, long ts) {
    List<Map<String, String>> list = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      list.add(event(COUNTRIES.get(country)[1] + (first + i), start.plusDays(i), country, ts + i, i % 7));
    }
    return list;
  }

  public synchronized void add(List<Map<String, String>> rows) {
    rows.forEach(r -> events.add(new LinkedHashMap<>(r)));
  }

  /** Changes a field of an event and its timestamp, as an ACLED revision does. */
  public synchronized void revise(String id, String field, String value, long timestamp) {
    Map<String, String> row = find(id);
    row.put(field, value);
    row.put("timestamp", Long.toString(timestamp));
  }

  public synchronized void delete(String id, long deletedAt) {
    events.remove(find(id));
    deletions.add(new String[] {id, Long.toString(deletedAt)});
  }

  private Map<String, String> find(String id) {
    return events.stream().filter(r -> r.get("event_id_cnty").equals(id)).findFirst().orElseThrow();
  }

  /** The server's current events, as rows of strings. */
  public synchronized List<Map<String, String>> events() {
    return events.stream().map(r -> (Map<String, String>) new LinkedHashMap<>(r)).toList();
  }

  // ----- behaviour -----

  public synchronized void expiresIn(long seconds) {
    this.expiresIn = seconds;
  }

  /** Makes every access token issued so far invalid, as when they expire in the middle of a download. */
  public synchronized void expireAccessTokens() {
    accessTokens.clear();
  }

  public synchronized void refuseRefresh(boolean refuse) {
    this.refuseRefresh = refuse;
  }

  public synchronized void dataAccess(boolean access) {
    this.dataAccess = access;
  }

  /** Sends numeric columns as JSON numbers instead of strings. */
  public synchronized void numbersAsNumbers(boolean numbers) {
    this.numbersAsNumbers = numbers;
  }

  /** Answers every page with the first page, as a server that ignores {@code page}. */
  public synchronized void ignorePage(boolean ignore) {
    this.ignorePage = ignore;
  }

  /** Cuts the next reply of {@code read} after this many bytes. */
  public synchronized void truncateNextReadAt(int bytes) {
    this.truncateReadAt = bytes;
  }

  /** Waits this long before each reply of {@code read}, as a slow server. */
  public synchronized void stall(long millis) {
    this.stallMillis = millis;
  }

  /** The next replies of {@code read} and {@code deleted/read}, before any normal one. */
  public synchronized void failReads(Fault... faults) {
    readFaults.addAll(Arrays.asList(faults));
  }

  /** After {@code normalReads} more replies of {@code read}, answers every one with {@code fault}; null ends it. */
  public synchronized void outageAfter(int normalReads, Fault fault) {
    this.readsBeforeOutage = normalReads;
    this.outage = fault;
  }

  public synchronized void failTokens(Fault... faults) {
    tokenFaults.addAll(Arrays.asList(faults));
  }

  /** Every request, as {@code METHOD path?query}. */
  public synchronized List<String> requests() {
    return List.copyOf(requests);
  }

  /** Every token the server issued, access and refresh. */
  public synchronized List<String> issuedTokens() {
    return List.copyOf(issuedTokens);
  }

  public synchronized int passwordGrants() {
    return passwordGrants;
  }

  public synchronized int refreshGrants() {
    return refreshGrants;
  }

  // ----- the endpoints -----

  private void token(HttpExchange e) throws IOException {
    Fault fault;
    String reply;
    int status = 200;
    synchronized (this) {
      requests.add(e.getRequestMethod() + " " + e.getRequestURI());
      Map<String, String> form = decode(new String(e.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      fault = tokenFaults.poll();
      if (fault != null) {
        reply = null;
      } else if ("password".equals(form.get("grant_type"))) {
        if (EMAIL.equals(form.get("username")) && PASSWORD.equals(form.get("password"))
            && "acled".equals(form.get("client_id"))) {
          passwordGrants++;
          reply = issue(true);
        } else {
          status = 400;
          reply = "{\"error\":\"invalid_grant\",\"error_description\":\"The user credentials were incorrect.\"}";
        }
      } else if ("refresh_token".equals(form.get("grant_type"))) {
        if (!refuseRefresh && refreshTokens.remove(form.get("refresh_token"))) {
          refreshGrants++;
          reply = issue(true);
        } else {
          status = 400;
          reply = "{\"error\":\"invalid_grant\",\"error_description\":\"The refresh token is invalid.\"}";
        }
      } else {
        status = 400;
        reply = "{\"error\":\"unsupported_grant_type\"}";
      }
    }
    if (fault != null) {
      send(e, fault.status(), fault.headers(), fault.body());
    } else {
      send(e, status, Map.of(), reply);
    }
  }

  private String issue(boolean withRefresh) {
    String access = "at-" + UUID.randomUUID();
    String refresh = "rt-" + UUID.randomUUID();
    accessTokens.put(access, System.currentTimeMillis() + expiresIn * 1000);
    refreshTokens.add(refresh);
    issuedTokens.add(access);
    issuedTokens.add(refresh);
    return "{\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + ",\"access_token\":\"" + access + "\""
        + (withRefresh ? ",\"refresh_token\":\"" + refresh + "\"" : "") + "}";
  }

  private void read(HttpExchange e, boolean deleted) throws IOException {
    Fault fault;
    String body;
    int truncate;
    long stall;
    synchronized (this) {
      requests.add(e.getRequestMethod() + " " + e.getRequestURI());
      String auth = e.getRequestHeaders().getFirst("Authorization");
      Long expiry = auth == null || !auth.startsWith("Bearer ") ? null : accessTokens.get(auth.substring(7));
      if (expiry == null || expiry < System.currentTimeMillis()) {
        fault = new Fault(401, Map.of(), "{\"message\":\"Unauthorized\"}");
        body = null;
      } else {
        fault = readFaults.poll();
        if (fault == null && outage != null && readsBeforeOutage-- <= 0) {
          fault = outage;
        }
        Map<String, String> q = decode(e.getRequestURI().getRawQuery());
        body = fault != null ? null : deleted ? deletedPage(q) : eventsPage(q);
      }
      truncate = fault == null ? truncateReadAt : -1;
      if (fault == null) {
        truncateReadAt = -1;
      }
      stall = stallMillis;
    }
    if (stall > 0) {
      try {
        Thread.sleep(stall);
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
      }
    }
    if (fault != null) {
      send(e, fault.status(), fault.headers(), fault.body());
    } else if (truncate >= 0) {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      send(e, 200, Map.of(), new String(bytes, 0, Math.min(truncate, bytes.length), StandardCharsets.UTF_8));
    } else {
      send(e, 200, Map.of(), body);
    }
  }

  private String eventsPage(Map<String, String> q) {
    List<Map<String, String>> matching = new ArrayList<>();
    if (dataAccess) {
      for (Map<String, String> row : events) {
        if (matches(row, q)) {
          matching.add(row);
        }
      }
    }
    StringBuilder json = new StringBuilder("{\"status\":200,\"success\":true");
    if ("true".equals(q.get("with_total"))) {
      json.append(",\"total_count\":").append(matching.size());
    }
    List<Map<String, String>> page = page(matching, q);
    json.append(",\"count\":").append(page.size()).append(",\"data\":[");
    for (int i = 0; i < page.size(); i++) {
      json.append(i > 0 ? "," : "").append(row(shape(page.get(i), q)));
    }
    return json.append("]}").toString();
  }

  private String deletedPage(Map<String, String> q) {
    long since = Long.parseLong(q.getOrDefault("deleted_timestamp", "0"));
    List<Map<String, String>> matching = new ArrayList<>();
    for (String[] d : deletions) {
      if (Long.parseLong(d[1]) >= since) {
        matching.add(Map.of("event_id_cnty", d[0], "deleted_timestamp", d[1]));
      }
    }
    StringBuilder json = new StringBuilder("{\"success\":true,\"data\":[");
    List<Map<String, String>> page = page(matching, q);
    for (int i = 0; i < page.size(); i++) {
      Map<String, String> d = page.get(i);
      json.append(i > 0 ? "," : "").append("{\"event_id_cnty\":\"").append(d.get("event_id_cnty"))
          .append("\",\"deleted_timestamp\":\"").append(d.get("deleted_timestamp")).append("\"}");
    }
    return json.append("]}").toString();
  }

  private List<Map<String, String>> page(List<Map<String, String>> rows, Map<String, String> q) {
    int limit = Integer.parseInt(q.getOrDefault("limit", "5000"));
    int page = ignorePage ? 1 : Integer.parseInt(q.getOrDefault("page", "1"));
    if (limit == 0) {
      return rows;
    }
    int from = Math.min(rows.size(), (page - 1) * limit);
    return rows.subList(from, Math.min(rows.size(), from + limit));
  }

  private static boolean matches(Map<String, String> row, Map<String, String> q) {
    if (q.containsKey("country") && !List.of(q.get("country").split("\\|")).contains(row.get("country"))) {
      return false;
    }
    if (q.containsKey("region") && !List.of(q.get("region").split("\\|")).contains("1")) {
      return false;
    }
    if (q.containsKey("event_type") && !List.of(q.get("event_type").split("\\|")).contains(row.get("event_type"))) {
      return false;
    }
    if (q.containsKey("event_date")) {
      LocalDate date = LocalDate.parse(row.get("event_date"));
      String[] bounds = q.get("event_date").split("\\|");
      String where = q.getOrDefault("event_date_where", "=");
      boolean ok = switch (where) {
        case "BETWEEN" -> !date.isBefore(LocalDate.parse(bounds[0])) && !date.isAfter(LocalDate.parse(bounds[1]));
        case ">=" -> !date.isBefore(LocalDate.parse(bounds[0]));
        case "<=" -> !date.isAfter(LocalDate.parse(bounds[0]));
        default -> date.equals(LocalDate.parse(bounds[0]));
      };
      if (!ok) {
        return false;
      }
    }
    if (q.containsKey("timestamp")
        && Long.parseLong(row.get("timestamp")) < Long.parseLong(q.get("timestamp"))) {
      return false;
    }
    return true;
  }

  // The row as the query asks for it: numeric actor types, only some fields.
  private static Map<String, String> shape(Map<String, String> row, Map<String, String> q) {
    Map<String, String> out = new LinkedHashMap<>(row);
    if ("1".equals(q.get("inter_num"))) {
      ActorType inter1 = ActorType.parse(row.get("inter1")).orElseThrow();
      java.util.Optional<ActorType> inter2 = ActorType.parse(row.get("inter2"));
      out.put("inter1", Integer.toString(inter1.code()));
      out.put("inter2", Integer.toString(inter2.map(ActorType::code).orElse(0)));
      out.put("interaction", Integer.toString(Interaction.of(inter1, inter2).code()));
    }
    if (q.containsKey("fields")) {
      Map<String, String> some = new LinkedHashMap<>();
      for (String f : q.get("fields").split("\\|")) {
        if (out.containsKey(f)) {
          some.put(f, out.get(f));
        }
      }
      return some;
    }
    return out;
  }

  private static final Set<String> NUMERIC = Set.of("year", "time_precision", "iso", "latitude", "longitude",
      "geo_precision", "fatalities", "timestamp", "inter1", "inter2", "interaction");

  private String row(Map<String, String> row) {
    StringBuilder json = new StringBuilder("{");
    int i = 0;
    for (Map.Entry<String, String> f : row.entrySet()) {
      json.append(i++ > 0 ? "," : "").append(quote(f.getKey())).append(':');
      boolean number = numbersAsNumbers && NUMERIC.contains(f.getKey()) && f.getValue().matches("-?\\d+(\\.\\d+)?");
      json.append(number ? f.getValue() : quote(f.getValue()));
    }
    return json.append('}').toString();
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  private static Map<String, String> decode(String query) {
    Map<String, String> map = new LinkedHashMap<>();
    if (query == null || query.isEmpty()) {
      return map;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      map.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return map;
  }

  private static void send(HttpExchange e, int status, Map<String, String> headers, String body) throws IOException {
    headers.forEach((k, v) -> e.getResponseHeaders().add(k, v));
    e.getResponseHeaders().add("Content-Type", "application/json");
    byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    e.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = e.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
