package org.sahelevents.io.acled.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.StringJoiner;
import java.util.function.Supplier;

/**
 * The HTTP side of the client: OAuth tokens (password grant, refresh, sign-in again) and GET requests with retries
 * on 429 and 5xx. Thread-safe: the tokens are kept under this object's lock. Nothing here puts a password or a token
 * in a message.
 */
final class Session {
  // Refresh this long before the access token expires, so that no request carries a token about to lapse.
  private static final Duration EXPIRY_MARGIN = Duration.ofMinutes(5);
  // ACLED's refresh tokens last 14 days; its token reply does not say so.
  private static final Duration REFRESH_LIFETIME = Duration.ofDays(14);
  private static final String CLIENT_ID = "acled";
  private static final JsonFactory JSON = new JsonFactory();

  private final AcledApi.Settings settings;
  private final HttpClient http;
  private AcledCredentials credentials;
  private Tokens tokens;

  /** The tokens of a signed-in session. */
  private record Tokens(String access, String refresh, Instant accessExpires, Instant refreshExpires,
      String account) {
    // A record would print its tokens.
    @Override
    public String toString() {
      return "Tokens[" + account + ", access until " + accessExpires + "]";
    }
  }

  Session(AcledApi.Settings settings) {
    this.settings = settings;
    this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
        .followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  /** The address of a path of the API with parameters, as messages show it: it holds no credential. */
  String url(String path, Map<String, String> parameters) {
    StringJoiner query = new StringJoiner("&", "?", "");
    query.setEmptyValue("");
    parameters.forEach((k, v) -> query.add(encode(k) + "=" + encode(v)));
    return settings.baseUrl() + path + query;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Signs in, or reuses tokens that are still valid, refreshing them when they are about to expire. */
  private synchronized Tokens signedIn() {
    if (tokens == null) {
      tokens = cachedTokens().orElseGet(this::passwordGrant);
    } else if (Instant.now().isAfter(tokens.accessExpires().minus(EXPIRY_MARGIN))) {
      tokens = refreshOrSignIn();
    }
    return tokens;
  }

  synchronized AcledCredentials credentials() {
    if (credentials == null) {
      credentials = settings.credentials().get();
    }
    return credentials;
  }

  /** Signs in if needed and says until when the access token lasts. */
  Instant accessExpires() {
    return signedIn().accessExpires();
  }

  /** Signs in if needed and says until when the refresh token lasts, as far as the client knows. */
  Instant refreshExpires() {
    return signedIn().refreshExpires();
  }

  // ACLED refused the token it gave: refresh it, or sign in again when the refresh token is refused too.
  private synchronized void renew(Tokens refused) {
    if (tokens == refused) {
      tokens = refreshOrSignIn();
    }
  }

  private Tokens refreshOrSignIn() {
    if (tokens != null && tokens.refresh() != null && Instant.now().isBefore(tokens.refreshExpires())) {
      Optional<Tokens> refreshed = tokenRequest(Map.of("grant_type", "refresh_token", "refresh_token",
          tokens.refresh(), "client_id", CLIENT_ID), false);
      if (refreshed.isPresent()) {
        return refreshed.get();
      }
    }
    return passwordGrant();
  }

  private Tokens passwordGrant() {
    AcledCredentials c = credentials();
    return tokenRequest(Map.of("username", c.email(), "password", c.password(), "grant_type", "password",
        "client_id", CLIENT_ID, "scope", "authenticated"), true).orElseThrow();
  }

  /**
   * Posts to {@code /oauth/token}. A refused password grant is a credentials failure; a refused refresh gives
   * empty, so that the caller signs in again.
   */
  private Optional<Tokens> tokenRequest(Map<String, String> form, boolean passwordGrant) {
    String url = settings.baseUrl() + "/oauth/token";
    StringJoiner body = new StringJoiner("&");
    form.forEach((k, v) -> body.add(encode(k) + "=" + encode(v)));
    Supplier<HttpRequest> request = () -> HttpRequest.newBuilder(URI.create(url)).timeout(settings.requestTimeout())
        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    HttpResponse<byte[]> response = send(url, request, false);
    int status = response.statusCode();
    if (status == 400 || status == 401 || status == 403) {
      if (!passwordGrant) {
        return Optional.empty();
      }
      throw new AcledApiException(AcledApiException.Reason.CREDENTIALS, url, "ACLED refused the email and password "
          + "from " + credentials().source() + " (HTTP " + status + "); check them by signing in at acleddata.com, "
          + "and that the account is registered for API access");
    }
    if (status != 200) {
      throw unexpected(url, status, response.body());
    }
    Map<String, String> reply = flatFields(response.body(), url);
    String access = reply.get("access_token");
    if (access == null || access.isBlank()) {
      throw new AcledApiException(AcledApiException.Reason.RESPONSE, url, "ACLED's sign-in reply has no access "
          + "token; try again later");
    }
    Instant now = Instant.now();
    long seconds = parseLong(reply.get("expires_in")).orElse(Duration.ofHours(24).toSeconds());
    String refresh = reply.getOrDefault("refresh_token", tokens == null ? null : tokens.refresh());
    Instant refreshExpires = reply.containsKey("refresh_token") || tokens == null ? now.plus(REFRESH_LIFETIME)
        : tokens.refreshExpires();
    Tokens fresh = new Tokens(access, refresh, now.plusSeconds(seconds), refreshExpires, credentials().email());
    storeTokens(fresh);
    return Optional.of(fresh);
  }

  /**
   * GETs an address of the API with the access token. 401 renews the token once; 429 waits as {@code Retry-After}
   * says and 5xx and network failures back off, each up to the configured number of retries.
   *
   * @return the body of a 200 reply
   */
  byte[] get(String url) {
    Tokens used = signedIn();
    boolean renewed = false;
    for (int attempt = 0; ; attempt++) {
      Tokens current = used;
      HttpResponse<byte[]> response = send(url, () -> HttpRequest.newBuilder(URI.create(url))
          .timeout(settings.requestTimeout()).header("Accept", "application/json")
          .header("Authorization", "Bearer " + current.access()).GET().build(), true);
      int status = response.statusCode();
      if (status == 200) {
        return response.body();
      }
      if (status == 401 && !renewed) {
        renew(used);
        used = signedIn();
        renewed = true;
        attempt--;
        continue;
      }
      if (status == 401) {
        throw new AcledApiException(AcledApiException.Reason.CREDENTIALS, url, "ACLED refused a fresh access token "
            + "(HTTP 401); check that the account from " + credentials().source() + " has API access");
      }
      if (status == 403) {
        throw new AcledApiException(AcledApiException.Reason.NO_ACCESS, url, "ACLED refuses this account the data "
            + "(HTTP 403): its access tier does not include it; see your account's access at acleddata.com");
      }
      if (status == 429) {
        Duration wait = retryAfter(response).orElse(backoff(attempt));
        if (wait.compareTo(settings.maxRetryAfter()) > 0) {
          throw new AcledApiException(AcledApiException.Reason.RATE_LIMITED, url, "ACLED asks to wait "
              + wait.toSeconds() + " s before the next request (HTTP 429), longer than the "
              + settings.maxRetryAfter().toSeconds() + " s this client waits; try again after "
              + Instant.now().plus(wait).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        }
        if (attempt >= settings.retries()) {
          throw new AcledApiException(AcledApiException.Reason.RATE_LIMITED, url, "ACLED still answered 429 (too "
              + "many requests) after " + attempt + " retries; wait a while, or ask for less at a time");
        }
        pause(wait, url);
        continue;
      }
      if (status >= 500 && attempt < settings.retries()) {
        pause(backoff(attempt), url);
        continue;
      }
      throw unexpected(url, status, response.body());
    }
  }

  // Sends a request, retrying network failures with back-off, and server errors too unless the caller handles them.
  private HttpResponse<byte[]> send(String url, Supplier<HttpRequest> request, boolean callerRetries) {
    for (int attempt = 0; ; attempt++) {
      try {
        HttpResponse<byte[]> response = http.send(request.get(), HttpResponse.BodyHandlers.ofByteArray());
        if (!callerRetries && response.statusCode() >= 500 && attempt < settings.retries()) {
          pause(backoff(attempt), url);
          continue;
        }
        return response;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new UncheckedIOException(url + ": interrupted", new InterruptedIOException());
      } catch (IOException e) {
        if (attempt >= settings.retries()) {
          throw new AcledApiException(AcledApiException.Reason.NETWORK, url, "no reply from ACLED after "
              + (attempt + 1) + " tries (" + describe(e) + "); check the connection and the address, or try later",
              e);
        }
        pause(backoff(attempt), url);
      }
    }
  }

  private static String describe(IOException e) {
    String kind = e instanceof java.net.http.HttpTimeoutException ? "timed out"
        : e instanceof java.net.ConnectException ? "connection refused" : "input/output error";
    return e.getMessage() == null || e.getMessage().isBlank() ? kind : kind + ": " + e.getMessage();
  }

  private AcledApiException unexpected(String url, int status, byte[] body) {
    String text = redact(new String(body, StandardCharsets.UTF_8).strip().replaceAll("\\s+", " "));
    String excerpt = text.length() > 200 ? text.substring(0, 200) + "..." : text;
    if (status >= 500) {
      return new AcledApiException(AcledApiException.Reason.SERVER, url, "ACLED answered HTTP " + status
          + " (a server error) " + (settings.retries() + 1) + " times; try again later"
          + (excerpt.isEmpty() ? "" : " (it said: " + excerpt + ")"));
    }
    return new AcledApiException(AcledApiException.Reason.SERVER, url, "ACLED answered HTTP " + status
        + (excerpt.isEmpty() ? "" : ": " + excerpt));
  }

  // A server that echoes what it was sent must not make a message show a credential.
  private synchronized String redact(String text) {
    String clean = credentials == null ? text : text.replace(credentials.password(), "***");
    return tokens == null ? clean : clean.replace(tokens.access(), "***")
        .replace(tokens.refresh() == null ? "***" : tokens.refresh(), "***");
  }

  private Duration backoff(int attempt) {
    return settings.backoff().multipliedBy(1L << Math.min(attempt, 10));
  }

  private static void pause(Duration wait, String url) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(url + ": interrupted", new InterruptedIOException());
    }
  }

  /** {@code Retry-After} as seconds or an HTTP date. */
  static Optional<Duration> retryAfter(HttpResponse<?> response) {
    Optional<String> value = response.headers().firstValue("Retry-After").map(String::strip);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    Optional<Long> seconds = parseLong(value.get());
    if (seconds.isPresent()) {
      return Optional.of(Duration.ofSeconds(Math.max(0, seconds.get())));
    }
    try {
      Instant at = ZonedDateTime.parse(value.get(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(Instant.now(), at);
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<Long> parseLong(String s) {
    try {
      return s == null ? Optional.empty() : Optional.of(Long.parseLong(s.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  // The top-level strings and numbers of a JSON object.
  private static Map<String, String> flatFields(byte[] body, String url) {
    Map<String, String> fields = new HashMap<>();
    try (JsonParser p = JSON.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("not a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (value.isScalarValue() && value != JsonToken.VALUE_NULL) {
          fields.put(name, p.getText());
        } else {
          p.skipChildren();
        }
      }
    } catch (IOException e) {
      throw new AcledApiException(AcledApiException.Reason.RESPONSE, url, "ACLED's sign-in reply is not the JSON "
          + "expected; try again later");
    }
    return fields;
  }

  // Tokens from the cache file, when the user asked for one and it holds unexpired tokens of this account.
  private Optional<Tokens> cachedTokens() {
    Optional<Path> file = settings.tokenCache();
    if (file.isEmpty() || !Files.exists(file.get())) {
      return Optional.empty();
    }
    AcledCredentials.checkPrivate(file.get(), "it holds ACLED tokens");
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file.get(), StandardCharsets.UTF_8)) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(file.get() + ": cannot be read: " + e.getMessage(), e);
    }
    Optional<Long> access = parseLong(p.getProperty("access_expires"));
    Optional<Long> refresh = parseLong(p.getProperty("refresh_expires"));
    if (!credentials().email().equals(p.getProperty("account")) || access.isEmpty() || refresh.isEmpty()
        || p.getProperty("access_token") == null) {
      return Optional.empty();
    }
    tokens = new Tokens(p.getProperty("access_token"), p.getProperty("refresh_token"),
        Instant.ofEpochSecond(access.get()), Instant.ofEpochSecond(refresh.get()), p.getProperty("account"));
    if (Instant.now().isAfter(tokens.accessExpires().minus(EXPIRY_MARGIN))) {
      return Optional.of(refreshOrSignIn());
    }
    return Optional.of(tokens);
  }

  // Writes the cache file, readable by its owner only, replacing the old one at once.
  private void storeTokens(Tokens t) {
    Optional<Path> file = settings.tokenCache();
    if (file.isEmpty()) {
      return;
    }
    Path target = file.get().toAbsolutePath();
    Path temp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    try {
      Files.deleteIfExists(temp);
      if (Files.getFileAttributeView(target.getParent(), java.nio.file.attribute.PosixFileAttributeView.class)
          != null) {
        Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(temp);
      }
      Properties p = new Properties();
      p.setProperty("account", t.account());
      p.setProperty("access_token", t.access());
      if (t.refresh() != null) {
        p.setProperty("refresh_token", t.refresh());
      }
      p.setProperty("access_expires", Long.toString(t.accessExpires().getEpochSecond()));
      p.setProperty("refresh_expires", Long.toString(t.refreshExpires().getEpochSecond()));
      try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        p.store(out, "ACLED tokens of sahel-events: keep private");
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException e) {
      throw new UncheckedIOException(temp + ": exists; another run is writing the token cache", e);
    } catch (IOException e) {
      throw new UncheckedIOException(target + ": cannot write the token cache: " + e.getMessage(), e);
    } finally {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // Nothing more can be done here; the failure that matters is reported.
      }
    }
  }
}
