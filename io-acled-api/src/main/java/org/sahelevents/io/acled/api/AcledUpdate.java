package org.sahelevents.io.acled.api;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.io.acled.AcledCells;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledCsvWriter;
import org.sahelevents.io.acled.AcledLayout;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.acled.SpellingPolicy;
import org.sahelevents.io.acled.geojson.AcledFeatures;
import org.sahelevents.io.acled.geojson.ModelProperty;
import org.sahelevents.io.geojson.GeoJson;
import org.sahelevents.io.geojson.GeoJsonFeature;
import org.sahelevents.io.geojson.GeoJsonFeatures;
import org.sahelevents.io.geojson.GeoJsonWriter;
import org.sahelevents.io.geojson.IncidentFeatures;
import org.sahelevents.io.geojson.RecordSeparator;

/**
 * Brings a local ACLED file up to date from ACLED's API, as acledR's {@code acled_update} does: reads the file's
 * largest {@code timestamp}, fetches the events of its countries and date window (or a window the caller gives) that
 * ACLED added or changed at or after it, drops the events ACLED deleted since ({@code deleted/read}), replaces changed
 * events by {@code event_id_cnty} where they stood, appends new ones, and writes the result atomically: the file is
 * replaced only when the new one is complete, so a failure or a crash leaves the old file as it was.
 *
 * <p>The file is ACLED CSV or a GeoJSON text sequence of ACLED rows (RS-separated or one feature per line, with or
 * without the model in {@code sahel:event}), such as {@code sahel-events fetch} writes; it keeps its columns, their
 * order, its date and actor type styles. The API is asked for the file's own columns; a file whose columns ACLED
 * does not return (an older layout, a column added by hand) is refused with the difference, as acledR refuses it.
 *
 * <pre>{@code
 * AcledUpdate.Result r = AcledUpdate.builder(AcledApi.client().build()).build().update(Path.of("mali.csv"));
 * System.out.println(r.added() + " added, " + r.changed() + " changed, " + r.deleted() + " deleted");
 * }</pre>
 *
 * <p>Memory holds the changed and new events, not the file, which is read twice. Instances are immutable and
 * thread-safe; do not update one file from two threads at once.
 */
public final class AcledUpdate {
  private final AcledApi api;
  private final LocalDate from;
  private final LocalDate to;

  /**
   * What an update did, counted in events ({@code event_id_cnty}): a monadic event's rows count once. Immutable and
   * thread-safe.
   *
   * @param added events ACLED has that the file had not
   * @param changed events whose rows ACLED changed
   * @param deleted events ACLED deleted
   * @param unchanged events of the file kept as they were
   * @param changedSince the file's largest {@code timestamp}: events changed at or after it were fetched
   * @param from the first event date of the window asked for
   * @param to the last event date of the window asked for
   */
  public record Result(long added, long changed, long deleted, long unchanged, Instant changedSince, LocalDate from,
      LocalDate to) {}

  private AcledUpdate(Builder b) {
    this.api = b.api;
    this.from = b.from;
    this.to = b.to;
  }

  /** A builder of updates that use {@code api}, in each file's own date window. */
  public static Builder builder(AcledApi api) {
    return new Builder(Objects.requireNonNull(api, "api"));
  }

  /**
   * Updates {@code file} in place, atomically: the new content goes to a hidden file beside it (with the file's
   * permissions), moved over it once complete; on any failure the hidden file is removed and the file is unchanged.
   *
   * @throws AcledApiException if the API fails
   * @throws IllegalArgumentException if the file is not one this can update (no {@code timestamp}, no rows, columns
   *     ACLED does not return), with the reason
   * @throws org.sahelevents.io.acled.AcledFormatException if a row of the file is bad
   * @throws UncheckedIOException if the file cannot be read or written
   */
  public Result update(Path file) {
    Path target = file.toAbsolutePath();
    Path temp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
        + System.nanoTime() + ".partial");
    try {
      Result result;
      try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
        result = update(file, out);
      }
      copyPermissions(target, temp);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot be written: " + e.getMessage(), e);
    } finally {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // The failure being reported matters more; the hidden file is left.
      }
    }
  }

  private static void copyPermissions(Path from, Path to) throws IOException {
    PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
    PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
    if (source != null && target != null) {
      Set<PosixFilePermission> permissions = source.readAttributes().permissions();
      target.setPermissions(permissions);
    }
  }

  /**
   * Writes the updated content of {@code file} to {@code out} (which the caller places, and closes), leaving the file
   * as it is.
   *
   * @throws AcledApiException if the API fails
   * @throws IllegalArgumentException if the file is not one this can update, with the reason
   */
  public Result update(Path file, OutputStream out) {
    Kind kind = Kind.of(file);
    Scan scan = scan(file, kind);
    LocalDate first = from != null ? from : scan.first;
    LocalDate last = to != null ? to : scan.last;
    if (last.isBefore(first)) {
      throw new IllegalArgumentException(file + ": the window to update ends (" + last + ") before it starts ("
          + first + ")");
    }
    AcledQuery.Builder query = AcledQuery.builder().between(first, last).changedSince(scan.since)
        .exportType(scan.layout.isMonadic() ? ExportType.MONADIC : ExportType.DYADIC)
        .actorTypes(scan.layout.actorTypeStyle()).fields(scan.layout.headers());
    scan.countries.forEach(query::countryAsWritten);
    Map<String, List<AcledRecord>> fetched = new LinkedHashMap<>();
    try (AcledDownload download = api.read(query.build())) {
      while (download.hasNext()) {
        AcledRecord r = download.next();
        if (fetched.isEmpty()) {
          checkColumns(file, scan.layout, r.layout().orElseThrow());
        }
        fetched.computeIfAbsent(r.eventIdCnty(), id -> new ArrayList<>()).add(r);
      }
    }
    Set<String> deleted = new HashSet<>();
    api.deletedSince(scan.since).forEach(d -> deleted.add(d.eventIdCnty()));
    return merge(file, kind, scan, fetched, deleted, out).result(scan.since, first, last);
  }

  private static void checkColumns(Path file, AcledLayout local, AcledLayout remote) {
    Set<String> mine = lower(local.headers());
    Set<String> theirs = lower(remote.headers());
    if (!mine.equals(theirs)) {
      Set<String> missing = new TreeSet<>(mine);
      missing.removeAll(theirs);
      Set<String> extra = new TreeSet<>(theirs);
      extra.removeAll(mine);
      throw new IllegalArgumentException(file + ": its columns differ from those ACLED returns for it"
          + (missing.isEmpty() ? "" : "; ACLED does not return " + missing)
          + (extra.isEmpty() ? "" : "; ACLED adds " + extra)
          + "; it cannot be updated row by row: fetch it again");
    }
  }

  private static Set<String> lower(List<String> names) {
    Set<String> set = new LinkedHashSet<>();
    names.forEach(n -> set.add(n.strip().toLowerCase(Locale.ROOT)));
    return set;
  }

  /** The kind of file: ACLED CSV or a GeoJSON text sequence, told from its first byte. */
  private enum Kind {
    CSV, SEQUENCE_RS, SEQUENCE_LF;

    static Kind of(Path file) {
      byte[] start;
      try (InputStream in = Files.newInputStream(file)) {
        start = in.readNBytes(4096);
      } catch (IOException e) {
        throw new UncheckedIOException(file + ": cannot be read: " + e.getMessage(), e);
      }
      // Not stripLeading(): Java counts the record separator 0x1E as white space.
      String text = new String(start, java.nio.charset.StandardCharsets.UTF_8).replaceFirst("^[ \t\r\n]+", "");
      if (text.startsWith("{") && text.lines().findFirst().orElse("").contains("\"FeatureCollection\"")) {
        throw new IllegalArgumentException(file + ": is a GeoJSON FeatureCollection, which cannot be updated row by "
            + "row; update a GeoJSON sequence (.geojsons) or ACLED CSV, and convert it afterwards");
      }
      return text.startsWith("\u001e") ? SEQUENCE_RS : text.startsWith("{") ? SEQUENCE_LF : CSV;
    }
  }

  /** What the first reading of the file found. */
  private record Scan(AcledLayout layout, Instant since, LocalDate first, LocalDate last, Set<String> countries,
      boolean model) {}

  private static Scan scan(Path file, Kind kind) {
    long largest = Long.MIN_VALUE;
    LocalDate first = null;
    LocalDate last = null;
    Set<String> countries = new LinkedHashSet<>();
    AcledLayout layout;
    boolean model;
    try (Source source = open(file, kind)) {
      AcledRecords records = source.records;
      layout = records.layout();
      model = source.model;
      if (!layout.headers().stream().anyMatch(h -> h.strip().equalsIgnoreCase("timestamp"))) {
        throw new IllegalArgumentException(file + ": has no timestamp column, so what ACLED changed since it was "
            + "written cannot be asked for; fetch it again with its timestamps");
      }
      while (records.hasNext()) {
        AcledRecord r = records.next();
        if (r.timestamp().isEmpty()) {
          throw new IllegalArgumentException(file + ": " + r.origin().map(Object::toString).orElse("a row")
              + ": event " + r.eventIdCnty() + " has no timestamp, so the file cannot be updated; fetch it again");
        }
        largest = Math.max(largest, r.timestamp().getAsLong());
        first = first == null || r.eventDate().isBefore(first) ? r.eventDate() : first;
        last = last == null || r.eventDate().isAfter(last) ? r.eventDate() : last;
        countries.add(r.country());
      }
    }
    if (first == null) {
      throw new IllegalArgumentException(file + ": has no events, so neither its countries nor its dates are known; "
          + "fetch it again");
    }
    return new Scan(layout, Instant.ofEpochSecond(largest), first, last, countries, model);
  }

  /** The records of the file, and what reads them; strict, so that no bad row is silently dropped on rewriting. */
  private static final class Source implements AutoCloseable {
    final AcledRecords records;
    final boolean model;
    private final GeoJsonFeatures features;

    private Source(AcledRecords records, GeoJsonFeatures features, boolean model) {
      this.records = records;
      this.features = features;
      this.model = model;
    }

    @Override
    public void close() {
      records.close();
      if (features != null) {
        features.close();
      }
    }
  }

  private static Source open(Path file, Kind kind) {
    if (kind == Kind.CSV) {
      return new Source(AcledCsv.reader().build().open(file), null, false);
    }
    GeoJsonFeatures features = GeoJson.sequenceReader().badRecords(BadRowPolicy.FAIL).build().open(file, null);
    Peeked peeked = new Peeked(features);
    return new Source(AcledFeatures.toRecords(peeked, file.toString(), AcledCsv.reader().build(), null), features,
        peeked.first != null && IncidentFeatures.hasEvent(peeked.first));
  }

  /** Features with the first one looked at before they are read. Not thread-safe. */
  private static final class Peeked implements java.util.Iterator<GeoJsonFeature> {
    private final GeoJsonFeatures features;
    final GeoJsonFeature first;
    private boolean firstTaken;

    Peeked(GeoJsonFeatures features) {
      this.features = features;
      this.first = features.hasNext() ? features.next() : null;
    }

    @Override
    public boolean hasNext() {
      return !firstTaken && first != null || features.hasNext();
    }

    @Override
    public GeoJsonFeature next() {
      if (!firstTaken && first != null) {
        firstTaken = true;
        return first;
      }
      return features.next();
    }
  }

  /** The counts of the second reading. */
  private static final class Counts {
    long added;
    long changed;
    long deleted;
    long unchanged;

    Result result(Instant since, LocalDate first, LocalDate last) {
      return new Result(added, changed, deleted, unchanged, since, first, last);
    }
  }

  // Writes the file's rows with changed events replaced where they stood, deleted ones dropped, new ones at the end.
  private static Counts merge(Path file, Kind kind, Scan scan, Map<String, List<AcledRecord>> fetched,
      Set<String> deleted, OutputStream out) {
    Counts counts = new Counts();
    AcledCells compare = AcledCells.forLayout(scan.layout, SpellingPolicy.NORMALIZE);
    Map<String, List<List<String>>> localRows = new HashMap<>();
    Set<String> seen = new HashSet<>();
    try (Source source = open(file, kind); Sink sink = Sink.of(kind, scan, out)) {
      while (source.records.hasNext()) {
        AcledRecord r = source.records.next();
        String id = r.eventIdCnty();
        boolean firstRow = seen.add(id);
        if (deleted.contains(id)) {
          counts.deleted += firstRow ? 1 : 0;
        } else if (fetched.containsKey(id)) {
          localRows.computeIfAbsent(id, k -> new ArrayList<>()).add(compare.cells(r));
          if (firstRow) {
            fetched.get(id).forEach(sink::write);
          }
        } else {
          counts.unchanged += firstRow ? 1 : 0;
          sink.write(r);
        }
      }
      for (Map.Entry<String, List<AcledRecord>> e : fetched.entrySet()) {
        List<List<String>> before = localRows.get(e.getKey());
        if (before == null) {
          if (!deleted.contains(e.getKey())) {
            counts.added++;
            e.getValue().forEach(sink::write);
          }
        } else if (sameRows(before, e.getValue().stream().map(compare::cells).toList())) {
          counts.unchanged++;
        } else {
          counts.changed++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot be written: " + e.getMessage(), e);
    }
    return counts;
  }

  private static boolean sameRows(List<List<String>> a, List<List<String>> b) {
    if (a.size() != b.size()) {
      return false;
    }
    Map<List<String>, Integer> count = new HashMap<>();
    a.forEach(row -> count.merge(row, 1, Integer::sum));
    b.forEach(row -> count.merge(row, -1, Integer::sum));
    return count.values().stream().allMatch(c -> c == 0);
  }

  /** Where the updated rows go: the file's own format, columns and styles. Not thread-safe. */
  private interface Sink extends AutoCloseable {
    void write(AcledRecord record);

    @Override
    void close() throws IOException;

    static Sink of(Kind kind, Scan scan, OutputStream out) {
      OutputStream buffered = new BufferedOutputStream(out);
      if (kind == Kind.CSV) {
        AcledCsvWriter.Output csv = AcledCsv.writer().layout(scan.layout).build().open(buffered);
        return new Sink() {
          @Override
          public void write(AcledRecord record) {
            csv.write(record);
          }

          @Override
          public void close() {
            csv.close();
          }
        };
      }
      GeoJsonWriter.Output geo = GeoJson.sequenceWriter()
          .separator(kind == Kind.SEQUENCE_RS ? RecordSeparator.RS : RecordSeparator.LF).build().open(buffered);
      AcledFeatures.Output features = AcledFeatures.builder().layout(scan.layout)
          .model(scan.model ? ModelProperty.INCLUDE : ModelProperty.OMIT).build().on(geo);
      return new Sink() {
        @Override
        public void write(AcledRecord record) {
          features.write(record);
        }

        @Override
        public void close() {
          geo.close();
        }
      };
    }
  }

  /** Configures an {@link AcledUpdate}. Not thread-safe; what it builds is. */
  public static final class Builder {
    private final AcledApi api;
    private LocalDate from;
    private LocalDate to;

    private Builder(AcledApi api) {
      this.api = api;
    }

    /**
     * The event dates to bring up to date, both included, instead of the file's own window (its first and last
     * event dates): a later {@code to} adds the events since. Rows of the file outside the window are kept as they
     * are. Default: the file's window.
     */
    public Builder window(LocalDate from, LocalDate to) {
      this.from = Objects.requireNonNull(from, "from");
      this.to = Objects.requireNonNull(to, "to");
      return this;
    }

    /** Extends or narrows the end of the window, keeping its start. Default: the file's last event date. */
    public Builder until(LocalDate to) {
      this.to = Objects.requireNonNull(to, "to");
      return this;
    }

    /** Moves the start of the window, keeping its end. Default: the file's first event date. */
    public Builder since(LocalDate from) {
      this.from = Objects.requireNonNull(from, "from");
      return this;
    }

    public AcledUpdate build() {
      return new AcledUpdate(this);
    }
  }
}
