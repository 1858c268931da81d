package org.sahelevents.io.acled.api;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.io.acled.AcledFormatException;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.acled.AcledRejectedRow;

/**
 * The events of one query, read from ACLED's API page by page ({@code limit}, {@code page}) until a short page, each
 * page through io-acled's API JSON reader, so that rows have the same checks, problems and policies as files; a
 * problem names the page's address and the row's JSON pointer ({@code .../read?...&page=2: /data/12/latitude: ...}).
 * A query with a date range whose total is over the client's {@code maxRowsPerCall} is split in halves by date until
 * each part is under it. Memory holds one page at most, whatever the query's size. Rows read = accepted + rejected.
 *
 * <p>Fails, rather than giving fewer rows, on an empty or truncated reply and on a page that repeats the one before;
 * and when a query gives no row at all because the account's access tier returns no data.
 *
 * <p>Not thread-safe: one thread reads one download. Close it to release the page being read.
 */
public final class AcledDownload implements java.util.Iterator<AcledRecord>, AutoCloseable {
  private static final String PATH = "/api/acled/read";

  private final AcledApi api;
  private final AcledQuery query;
  private final Consumer<AcledRejectedRow> onRejected;
  // Date ranges still to read, first first; a range is [from, to], or [null, null] for a query without dates.
  private final Deque<LocalDate[]> ranges = new ArrayDeque<>();
  private LocalDate[] range;
  private int page;
  private byte[] previousDigest;
  private AcledRecords current;
  private boolean finished;
  private long pages;
  private long splits;
  private long read;
  private long accepted;
  private long rejected;
  private long warnings;

  AcledDownload(AcledApi api, AcledQuery query, Consumer<AcledRejectedRow> onRejected) {
    this.api = api;
    this.query = query;
    this.onRejected = onRejected;
    ranges.add(new LocalDate[] {query.from().orElse(null), query.to().orElse(null)});
  }

  /** The query being read. */
  public AcledQuery query() {
    return query;
  }

  @Override
  public boolean hasNext() {
    while (!finished) {
      if (current != null) {
        if (current.hasNext()) {
          return true;
        }
        closePage();
      }
      if (!nextPage()) {
        finished = true;
      }
    }
    return false;
  }

  @Override
  public AcledRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }

  // Fetches the next page with rows and opens it; false when every range is read.
  private boolean nextPage() {
    while (true) {
      if (range == null) {
        range = ranges.poll();
        if (range == null) {
          checkAccess();
          return false;
        }
        page = 1;
        previousDigest = null;
      }
      boolean splittable = range[0] != null && range[1] != null && range[0].isBefore(range[1]);
      String url = api.pageUrl(PATH, parameters(splittable && page == 1), page);
      Page reply = Page.of(api.session().get(url), url);
      if (page == 1 && splittable && reply.total.isPresent()
          && reply.total.getAsLong() > api.settings().maxRowsPerCall()) {
        split();
        continue;
      }
      if (reply.rows == 0) {
        range = null;
        continue;
      }
      if (previousDigest != null && Arrays.equals(previousDigest, reply.digest)) {
        throw repeated(url, page);
      }
      previousDigest = reply.digest;
      current = api.reader().open(new ByteArrayInputStream(reply.body), url, onRejected);
      pages++;
      if (reply.rows < api.settings().pageSize()) {
        range = null;
      } else {
        page++;
      }
      return true;
    }
  }

  private void split() {
    long days = ChronoUnit.DAYS.between(range[0], range[1]);
    LocalDate middle = range[0].plusDays(days / 2);
    ranges.addFirst(new LocalDate[] {middle.plusDays(1), range[1]});
    ranges.addFirst(new LocalDate[] {range[0], middle});
    splits++;
    range = null;
  }

  private Map<String, String> parameters(boolean withTotal) {
    AcledQuery.Builder b = query.toBuilder();
    if (range[0] != null && range[1] != null) {
      b.between(range[0], range[1]);
    }
    Map<String, String> p = new LinkedHashMap<>();
    p.put("_format", "json");
    p.putAll(b.build().parameters());
    if (withTotal) {
      p.put("with_total", "true");
    }
    return p;
  }

  // A query that gave nothing may be a query that matches nothing, or an account that may read nothing.
  private void checkAccess() {
    if (read == 0 && !api.hasData()) {
      throw new AcledApiException(AcledApiException.Reason.NO_ACCESS, null, "ACLED accepted the account but returns "
          + "no data to it, not even one event of any country: its access tier does not include API data (so this "
          + "is not \"0 events\"); see your account's access at acleddata.com");
    }
  }

  static AcledApiException repeated(String url, int page) {
    return new AcledApiException(AcledApiException.Reason.RESPONSE, url, "page " + page + " repeats page "
        + (page - 1) + ": ACLED ignored the page number, and reading on would loop; try again later");
  }

  private void closePage() {
    read += current.rowsRead();
    accepted += current.rowsAccepted();
    rejected += current.rowsRejected();
    warnings += current.warnings();
    current.close();
    current = null;
  }

  /** Pages read so far. */
  public long pagesRead() {
    return pages;
  }

  /** How many times a date range was split in two because its total was over the client's {@code maxRowsPerCall}. */
  public long rangesSplit() {
    return splits;
  }

  /** Rows read so far, over every page. */
  public long rowsRead() {
    return read + (current == null ? 0 : current.rowsRead());
  }

  public long rowsAccepted() {
    return accepted + (current == null ? 0 : current.rowsAccepted());
  }

  /**
   * Rows rejected so far. With {@link BadRowPolicy#FAIL} (the client's default) the first one throws an
   * {@link AcledFormatException} instead.
   */
  public long rowsRejected() {
    return rejected + (current == null ? 0 : current.rowsRejected());
  }

  /** Warnings in the rows accepted so far. */
  public long warnings() {
    return warnings + (current == null ? 0 : current.warnings());
  }

  /** The remaining records as a sequential stream; closing it closes the download. */
  public Stream<AcledRecord> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
        false).onClose(this::close);
  }

  @Override
  public void close() {
    finished = true;
    if (current != null) {
      closePage();
    }
  }
}
