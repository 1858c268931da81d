package org.sahelevents.io.acled.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.io.acled.AcledJson;
import org.sahelevents.io.acled.AcledReader;
import org.sahelevents.io.acled.AcledRejectedRow;

/**
 * A client of ACLED's API: signs in with OAuth (a password grant at {@code /oauth/token} giving a 24-hour access
 * token and a 14-day refresh token; refreshed before expiry and on a 401, signed in again when the refresh token is
 * refused), reads events page by page through io-acled's API JSON reader ({@link AcledJson}, the same checks and
 * problems as files), splits large queries by date range, and reads deletions. Tokens stay in memory unless a token
 * cache file is given. No password or token is ever printed, logged or put in an exception.
 *
 * <pre>{@code
 * AcledApi api = AcledApi.client().build();                 // credentials from ACLED_EMAIL and ACLED_PASSWORD
 * AcledQuery query = AcledQuery.builder().country("Mali").since(LocalDate.of(2026, 4, 1)).build();
 * try (AcledDownload events = api.read(query)) {
 *   events.forEachRemaining(r -> System.out.println(r.eventIdCnty()));
 * }
 * }</pre>
 *
 * <p>Instances are immutable in their settings and thread-safe: share one; its tokens are shared under a lock. Each
 * {@link AcledDownload} is for one thread.
 */
public final class AcledApi {
  /** ACLED's address. */
  public static final URI DEFAULT_BASE_URL = URI.create("https://acleddata.com");
  /** The most rows ACLED's API returns per page, and the default page size. */
  public static final int MAX_PAGE_SIZE = 5000;
  /** The most rows one date range of a query may have before it is split in two, by default. */
  public static final long DEFAULT_MAX_ROWS_PER_CALL = 500_000;

  private static final JsonFactory JSON = new JsonFactory();

  private final Settings settings;
  private final Session session;
  private final AcledReader reader;

  /** What a client was built with; immutable. */
  record Settings(String baseUrl, Supplier<AcledCredentials> credentials, Duration connectTimeout,
      Duration requestTimeout, int pageSize, long maxRowsPerCall, int retries, Duration backoff,
      Duration maxRetryAfter, Optional<Path> tokenCache) {}

  private AcledApi(Builder b) {
    String base = b.baseUrl.toString();
    this.settings = new Settings(base.endsWith("/") ? base.substring(0, base.length() - 1) : base, b.credentials,
        b.connectTimeout, b.requestTimeout, b.pageSize, b.maxRowsPerCall, b.retries, b.backoff, b.maxRetryAfter,
        Optional.ofNullable(b.tokenCache));
    this.session = new Session(settings);
    this.reader = Objects.requireNonNull(b.rows.apply(AcledJson.reader()), "rows options").build();
  }

  /** A builder of a client of ACLED's address, with credentials from the environment. */
  public static Builder client() {
    return new Builder();
  }

  /**
   * Starts reading the events of a query, page by page, in memory bounded by one page. Nothing is requested until the
   * first {@code hasNext()}.
   */
  public AcledDownload read(AcledQuery query) {
    return read(query, null);
  }

  /**
   * As {@link #read(AcledQuery)}, passing each rejected row to {@code onRejected} (with {@link BadRowPolicy#COLLECT}).
   */
  public AcledDownload read(AcledQuery query, Consumer<AcledRejectedRow> onRejected) {
    return new AcledDownload(this, Objects.requireNonNull(query, "query"), onRejected);
  }

  /**
   * The events ACLED deleted at or after {@code since}, from {@code deleted/read}, in the order ACLED gives them.
   *
   * @throws AcledApiException if the API fails, or a row has no id or no valid {@code deleted_timestamp}
   */
  public List<AcledDeletion> deletedSince(Instant since) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("_format", "json");
    parameters.put("deleted_timestamp", Long.toString(since.getEpochSecond()));
    parameters.put("deleted_timestamp_where", ">=");
    List<AcledDeletion> deletions = new ArrayList<>();
    byte[] previous = null;
    for (int page = 1; ; page++) {
      String url = pageUrl("/api/deleted/read", parameters, page);
      Page reply = Page.of(session.get(url), url);
      if (reply.rows == 0) {
        return deletions;
      }
      if (previous != null && Arrays.equals(previous, reply.digest)) {
        throw AcledDownload.repeated(url, page);
      }
      previous = reply.digest;
      readDeletions(reply, url, deletions);
      if (reply.rows < settings.pageSize()) {
        return deletions;
      }
    }
  }

  // The rows of a page that Page has checked: an envelope whose "data" is an array of objects.
  private static void readDeletions(Page page, String url, List<AcledDeletion> into) {
    try (JsonParser p = JSON.createParser(page.body)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        boolean data = p.currentName().equals("data");
        p.nextToken();
        if (!data) {
          p.skipChildren();
          continue;
        }
        for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
          into.add(deletion(p, url, i));
        }
      }
    } catch (IOException e) {
      throw new AcledApiException(AcledApiException.Reason.RESPONSE, url, "malformed deletions: " + e.getMessage());
    }
  }

  private static AcledDeletion deletion(JsonParser p, String url, int index) throws IOException {
    String id = null;
    String deleted = null;
    if (p.currentToken() == JsonToken.START_OBJECT) {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        String text = value.isScalarValue() && value != JsonToken.VALUE_NULL ? p.getText() : null;
        p.skipChildren();
        if (field.equals("event_id_cnty")) {
          id = text;
        } else if (field.equals("deleted_timestamp")) {
          deleted = text;
        }
      }
    } else {
      p.skipChildren();
    }
    return deletion(id, deleted, url, index);
  }

  private static AcledDeletion deletion(String id, String deleted, String url, int index) {
    if (id == null || id.isBlank()) {
      throw new AcledApiException(AcledApiException.Reason.RESPONSE, url, "/data/" + index
          + "/event_id_cnty: missing; a deletion needs the event's id");
    }
    try {
      return new AcledDeletion(id.strip(), Instant.ofEpochSecond(Long.parseLong(deleted.strip())));
    } catch (RuntimeException e) {
      throw new AcledApiException(AcledApiException.Reason.RESPONSE, url, "/data/" + index
          + "/deleted_timestamp: \"" + deleted + "\" is not a time in unix seconds");
    }
  }

  /**
   * Signs in and checks what the account may read: a one-row query tells whether its access tier returns data
   * (acledR #41: an account without API access gets empty replies, not an error). No token is returned.
   *
   * @throws AcledApiException with {@link AcledApiException.Reason#CREDENTIALS} when ACLED refuses the credentials
   */
  public AcledAccess login() {
    Instant access = session.accessExpires();
    Instant refresh = session.refreshExpires();
    AcledCredentials c = session.credentials();
    return new AcledAccess(c.email(), c.source(), access, refresh, hasData());
  }

  /** Whether a one-row query of any event returns one: an account whose tier gives no data gets none. */
  boolean hasData() {
    String url = pageUrl("/api/acled/read", Map.of("_format", "json", "fields", "event_id_cnty"), 1, 1);
    return Page.of(session.get(url), url).rows > 0;
  }

  String pageUrl(String path, Map<String, String> parameters, int page) {
    return pageUrl(path, parameters, page, settings.pageSize());
  }

  private String pageUrl(String path, Map<String, String> parameters, int page, int limit) {
    Map<String, String> all = new LinkedHashMap<>(parameters);
    all.put("limit", Integer.toString(limit));
    all.put("page", Integer.toString(page));
    return session.url(path, all);
  }

  Settings settings() {
    return settings;
  }

  Session session() {
    return session;
  }

  AcledReader reader() {
    return reader;
  }

  /** Configures an {@link AcledApi}. Not thread-safe; the client it builds is. */
  public static final class Builder {
    private URI baseUrl = DEFAULT_BASE_URL;
    private Supplier<AcledCredentials> credentials = AcledCredentials::fromEnvironment;
    private Duration connectTimeout = Duration.ofSeconds(30);
    private Duration requestTimeout = Duration.ofMinutes(5);
    private int pageSize = MAX_PAGE_SIZE;
    private long maxRowsPerCall = DEFAULT_MAX_ROWS_PER_CALL;
    private int retries = 4;
    private Duration backoff = Duration.ofSeconds(2);
    private Duration maxRetryAfter = Duration.ofMinutes(5);
    private Path tokenCache;
    private UnaryOperator<AcledReader.Builder> rows = UnaryOperator.identity();

    private Builder() {}

    /**
     * The API's address, for a proxy or a test server: {@code /oauth/token} and {@code /api/acled/read} are under
     * it. Default: {@link #DEFAULT_BASE_URL}.
     *
     * @throws IllegalArgumentException if it is not http or https, or holds a user name or password
     */
    public Builder baseUrl(URI url) {
      Objects.requireNonNull(url, "url");
      if (!"https".equals(url.getScheme()) && !"http".equals(url.getScheme()) || url.getHost() == null) {
        throw new IllegalArgumentException("not an http or https address: " + url);
      }
      if (url.getUserInfo() != null || url.getQuery() != null) {
        throw new IllegalArgumentException("the API address must hold no user, password or query: give "
            + "credentials separately");
      }
      this.baseUrl = url;
      return this;
    }

    /** The account's credentials. Default: {@link AcledCredentials#fromEnvironment()}, read at the first sign-in. */
    public Builder credentials(AcledCredentials credentials) {
      Objects.requireNonNull(credentials, "credentials");
      this.credentials = () -> credentials;
      return this;
    }

    /** How long to wait for a connection. Default: 30 seconds. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /** How long to wait for a whole reply (a page of 5000 rows is several megabytes). Default: 5 minutes. */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = positive(timeout, "requestTimeout");
      return this;
    }

    /**
     * Rows per page ({@code limit}), 1 to {@value #MAX_PAGE_SIZE}. Default: {@value #MAX_PAGE_SIZE}, the API's
     * maximum (small pages multiply the calls: the Python client's 50 makes a hundred times more).
     *
     * @throws IllegalArgumentException if out of range
     */
    public Builder pageSize(int rows) {
      if (rows < 1 || rows > MAX_PAGE_SIZE) {
        throw new IllegalArgumentException("pageSize must be 1 to " + MAX_PAGE_SIZE + ", was " + rows);
      }
      this.pageSize = rows;
      return this;
    }

    /**
     * The most rows a query's date range may have before it is split in two (by the total ACLED gives with
     * {@code with_total=true}), so that no call is so large that ACLED answers it with an empty reply. Default:
     * {@value #DEFAULT_MAX_ROWS_PER_CALL}.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxRowsPerCall(long rows) {
      if (rows < 1) {
        throw new IllegalArgumentException("maxRowsPerCall must be positive, was " + rows);
      }
      this.maxRowsPerCall = rows;
      return this;
    }

    /**
     * How many times a request is retried after a 429, a 5xx or a network failure. Default: 4.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder retries(int retries) {
      if (retries < 0) {
        throw new IllegalArgumentException("retries must not be negative, was " + retries);
      }
      this.retries = retries;
      return this;
    }

    /** The first wait after a 5xx or a network failure, doubled at each retry. Default: 2 seconds. */
    public Builder backoff(Duration wait) {
      this.backoff = positive(wait, "backoff");
      return this;
    }

    /** The longest {@code Retry-After} of a 429 the client waits; a longer one fails at once. Default: 5 minutes. */
    public Builder maxRetryAfter(Duration wait) {
      this.maxRetryAfter = positive(wait, "maxRetryAfter");
      return this;
    }

    /**
     * Keeps the tokens in this file between runs, readable and writable by its owner only; a file others may read
     * is refused. Default: none, tokens stay in memory.
     */
    public Builder tokenCache(Path file) {
      this.tokenCache = Objects.requireNonNull(file, "file");
      return this;
    }

    /**
     * How rows are read and checked: options applied to {@link AcledJson#reader()}, such as
     * {@code rows -> rows.badRows(BadRowPolicy.COLLECT).validation(AcledValidation.MODEL)}. Default: that reader's
     * own defaults (a bad row fails, ACLED's consistency rules are checked, rows with warnings are kept).
     */
    public Builder rows(UnaryOperator<AcledReader.Builder> options) {
      this.rows = Objects.requireNonNull(options, "options");
      return this;
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + d);
      }
      return d;
    }

    public AcledApi build() {
      return new AcledApi(this);
    }
  }
}
