package org.sahelevents.io.acled;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sahelevents.core.taxonomy.ActorType;
import org.sahelevents.core.taxonomy.DisorderType;
import org.sahelevents.core.taxonomy.Interaction;
import org.sahelevents.core.taxonomy.SubEventType;

/**
 * Writes ACLED records as RFC 4180 CSV in UTF-8. The layout is the one the records were read in (their columns in
 * their order, extra columns and an HDX HXL row included), unless the caller sets one; cells missing from a record but
 * implied by others ({@code year}, {@code disorder_type}, {@code interaction}) are filled in.
 *
 * <p>Instances are immutable and thread-safe: configure one with {@link AcledCsv#writer()} and share it; each
 * {@code open} returns an {@link Output} for one destination.
 */
public final class AcledCsvWriter {
  private final AcledLayout layout;
  private final ActorTypeStyle actorTypes;
  private final DateStyle dates;
  private final ByteOrderMark bom;
  private final SpreadsheetSafety safety;
  private final LineEnding lineEnding;

  private AcledCsvWriter(Builder b) {
    this.layout = b.layout;
    this.actorTypes = b.actorTypes;
    this.dates = b.dates;
    this.bom = b.bom;
    this.safety = b.safety;
    this.lineEnding = b.lineEnding;
  }

  static Builder builder() {
    return new Builder();
  }

  /** The headers this writer would write for a record: those of its own layout unless one is configured. */
  public List<String> headers(AcledRecord record) {
    return plan(record).headers;
  }

  /**
   * The cells this writer would write for a record, in the order of {@link #headers(AcledRecord)}: the fast way to
   * carry many rows into another format, such as GeoJSON properties.
   */
  public List<String> cells(AcledRecord record) {
    Columns columns = plan(record);
    String[] cells = new String[columns.formats.length];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = columns.formats[i].of(record);
    }
    return Collections.unmodifiableList(Arrays.asList(cells));
  }

  private Columns plan(AcledRecord record) {
    Columns columns = lastColumns;
    if (columns == null || columns.source != record.layout().orElse(null)) {
      columns = new Columns(record.layout());
      lastColumns = columns;
    }
    return columns;
  }

  // The column plan of the last layout seen: records of one file share one layout, so it is built once per file.
  // Immutable once built, so sharing it between threads through a volatile field is safe.
  private volatile Columns lastColumns;

  private final class Columns {
    private final AcledLayout source;
    private final List<String> headers;
    private final Output.Cell[] formats;

    Columns(Optional<AcledLayout> layout) {
      this.source = layout.orElse(null);
      Output formatter = new Output(Writer.nullWriter());
      formatter.target(layout);
      this.headers = formatter.target.headers();
      this.formats = formatter.formats;
    }
  }

  /** Opens a file for writing, replacing it. */
  public Output open(Path file) {
    try {
      return open(Files.newOutputStream(file));
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  /** Opens a byte stream; closing the output closes it. */
  public Output open(OutputStream out) {
    return open(new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  /** Opens a character stream; closing the output closes it. A byte order mark, if asked for, is written to it. */
  public Output open(Writer out) {
    return new Output(new BufferedWriter(out, 1 << 16));
  }

  /** Writes records to one destination. Not thread-safe. */
  public final class Output implements AutoCloseable {
    private final Writer out;
    private AcledLayout target;
    // Per position, the formatter of the column written there.
    private Cell[] formats;
    private long written;
    private final StringBuilder row = new StringBuilder(1024);

    private Output(Writer out) {
      this.out = out;
    }

    /** Writes one record; the first one fixes the layout when none was configured. */
    public Output write(AcledRecord record) {
      try {
        if (target == null) {
          start(record.layout());
        }
        row.setLength(0);
        for (int i = 0; i < formats.length; i++) {
          if (i > 0) {
            row.append(',');
          }
          appendCell(formats[i].of(record));
        }
        row.append(lineEnding.chars());
        out.append(row);
        written++;
        return this;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Writes every record of the stream, in order. */
    public Output writeAll(Iterable<AcledRecord> records) {
      records.forEach(this::write);
      return this;
    }

    /** Rows written so far, the header and HXL row not counted. */
    public long rowsWritten() {
      return written;
    }

    private void start(Optional<AcledLayout> recordLayout) throws IOException {
      target(recordLayout);
      if (bom == ByteOrderMark.WRITE) {
        out.write('\uFEFF');
      }
      writeRow(target.headers());
      if (target.hxlTags().isPresent()) {
        writeRow(target.hxlTags().get());
      }
    }

    private void target(Optional<AcledLayout> recordLayout) {
      AcledLayout base = layout != null ? layout : recordLayout.orElseGet(AcledLayout::current);
      target = base.withDateStyle(dates != null ? dates : base.dateStyle())
          .withActorTypeStyle(actorTypes != null ? actorTypes : base.actorTypeStyle());
      int width = target.headers().size();
      Map<AcledColumn, Integer> positions = target.positions();
      formats = new Cell[width];
      for (int i = 0; i < width; i++) {
        AcledColumn column = target.columns().get(i);
        if (column != null && positions.get(column) == i) {
          formats[i] = format(column);
        } else {
          String key = target.extraKey(i);
          formats[i] = r -> r.extraColumns().getOrDefault(key, "");
        }
      }
    }

    private void writeRow(List<String> cells) throws IOException {
      row.setLength(0);
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          row.append(',');
        }
        appendCell(cells.get(i));
      }
      row.append(lineEnding.chars());
      out.append(row);
    }

    /** Formats one column of a record as its cell. */
    private interface Cell {
      String of(AcledRecord r);
    }

    // One small formatter per column rather than one method for all: each is compiled on its own as soon as it is
    // hot, where one large method was compiled late and slowly, which held back the first seconds of a conversion.
    private Cell format(AcledColumn column) {
      return switch (column) {
        case EVENT_ID_CNTY -> r -> r.eventIdCnty();
        case EVENT_DATE -> r -> target.dateStyle().format(r.eventDate());
        case YEAR -> r -> number(r.year().orElse(r.eventDate().getYear()));
        case TIME_PRECISION -> r -> r.timePrecision().isPresent() ? number(r.timePrecision().getAsInt()) : "";
        case DISORDER_TYPE -> r -> DisorderType.format(r.disorderTypes().isEmpty()
            ? r.subEventType().map(SubEventType::disorderTypes).orElse(Set.of()) : r.disorderTypes());
        case EVENT_TYPE -> r -> r.legacyEventType().filter(l -> !target.has(AcledColumn.SUB_EVENT_TYPE))
            .orElse(r.eventType().label());
        case SUB_EVENT_TYPE -> r -> r.subEventType().map(SubEventType::label).orElse("");
        case ACTOR1 -> r -> r.actor1();
        case ASSOC_ACTOR_1 -> r -> joined(r.assocActor1());
        case INTER1 -> r -> actorType(r.inter1());
        case ACTOR2 -> r -> r.actor2().orElse("");
        case ASSOC_ACTOR_2 -> r -> joined(r.assocActor2());
        case INTER2 -> r -> actorType(r.inter2());
        case INTERACTION -> r -> interaction(r);
        case CIVILIAN_TARGETING -> r -> r.civilianTargeting() ? "Civilian targeting" : "";
        case ISO -> r -> r.iso().isPresent() ? number(r.iso().getAsInt()) : "";
        case REGION -> r -> r.region().orElse("");
        case COUNTRY -> r -> r.country();
        case ADMIN1 -> r -> r.admin1().orElse("");
        case ADMIN2 -> r -> r.admin2().orElse("");
        case ADMIN3 -> r -> r.admin3().orElse("");
        case LOCATION -> r -> r.location();
        case LATITUDE -> r -> r.latitude().toPlainString();
        case LONGITUDE -> r -> r.longitude().toPlainString();
        case GEO_PRECISION -> r -> r.geoPrecision().isPresent() ? number(r.geoPrecision().getAsInt()) : "";
        case SOURCE -> r -> joined(r.sources());
        case SOURCE_SCALE -> r -> r.sourceScale().orElse("");
        case NOTES -> r -> r.notes().orElse("");
        case FATALITIES -> r -> number(r.fatalities());
        case TAGS -> r -> joined(r.tags());
        case TIMESTAMP -> r -> r.timestamp().isPresent() ? Long.toString(r.timestamp().getAsLong()) : "";
        case DATA_ID -> r -> r.dataId().isPresent() ? Long.toString(r.dataId().getAsLong()) : "";
        case EVENT_ID_NO_CNTY -> r -> r.eventIdNoCnty().isPresent() ? Long.toString(r.eventIdNoCnty().getAsLong()) : "";
        case ISO3 -> r -> r.iso3().orElse("");
        case GWNO -> r -> r.gwno().isPresent() ? number(r.gwno().getAsInt()) : "";
      };
    }

    // Most lists hold none or one item: those need no joining.
    private String joined(List<String> items) {
      return items.isEmpty() ? "" : items.size() == 1 ? items.get(0) : String.join("; ", items);
    }

    // Years, counts, codes and precisions are small numbers that repeat from row to row: their text is made once.
    // Filled lazily; a race only makes the same immutable string twice, so sharing the writer between threads is safe.
    private final String[] numbers = new String[10_000];

    private String number(int n) {
      if (n < 0 || n >= numbers.length) {
        return Integer.toString(n);
      }
      String text = numbers[n];
      if (text == null) {
        text = Integer.toString(n);
        numbers[n] = text;
      }
      return text;
    }

    private String actorType(Optional<ActorType> type) {
      if (target.actorTypeStyle() == ActorTypeStyle.NUMERIC) {
        return number(type.map(ActorType::code).orElse(0));
      }
      return type.map(ActorType::label).orElse("");
    }

    private String interaction(AcledRecord r) {
      Optional<Interaction> interaction = r.interaction().or(() -> r.inter1().map(t -> Interaction.of(t, r.inter2())));
      return interaction.map(i -> target.actorTypeStyle() == ActorTypeStyle.NUMERIC
          ? number(i.code()) : i.label()).orElse("");
    }

    private void appendCell(String value) {
      String v = safety == SpreadsheetSafety.NEUTRALIZE_FORMULAS ? neutralize(value) : value;
      boolean quote = false;
      for (int i = 0; i < v.length(); i++) {
        char c = v.charAt(i);
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
          quote = true;
          break;
        }
      }
      if (!quote && (v.isEmpty() || v.charAt(0) != ' ' && v.charAt(v.length() - 1) != ' ')) {
        row.append(v);
        return;
      }
      row.append('"');
      for (int i = 0; i < v.length(); i++) {
        char c = v.charAt(i);
        if (c == '"') {
          row.append('"');
        }
        row.append(c);
      }
      row.append('"');
    }

    @Override
    public void close() {
      try {
        if (target == null) {
          start(Optional.empty());
        }
        out.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static String neutralize(String value) {
    if (value.isEmpty()) {
      return value;
    }
    char c = value.charAt(0);
    boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    if (!risky) {
      return value;
    }
    try {
      new BigDecimal(value);
      return value;
    } catch (NumberFormatException e) {
      return "'" + value;
    }
  }

  /** Configures an {@link AcledCsvWriter}. Not thread-safe; the writer it builds is. */
  public static final class Builder {
    private AcledLayout layout;
    private ActorTypeStyle actorTypes;
    private DateStyle dates;
    private ByteOrderMark bom = ByteOrderMark.OMIT;
    private SpreadsheetSafety safety = SpreadsheetSafety.OFF;
    private LineEnding lineEnding = LineEnding.CRLF;

    private Builder() {}

    /**
     * The columns to write. Default: the layout of the first record written, or {@link AcledLayout#current()} for
     * records not read from a file.
     */
    public Builder layout(AcledLayout layout) {
      this.layout = Objects.requireNonNull(layout, "layout");
      return this;
    }

    /** Actor types and interactions as text or codes. Default: as the layout writes them. */
    public Builder actorTypes(ActorTypeStyle style) {
      this.actorTypes = Objects.requireNonNull(style, "style");
      return this;
    }

    /** The date format. Default: as the layout writes them ({@link DateStyle#ISO} for the current layout). */
    public Builder dates(DateStyle style) {
      this.dates = Objects.requireNonNull(style, "style");
      return this;
    }

    /** Default: {@link ByteOrderMark#OMIT}. */
    public Builder byteOrderMark(ByteOrderMark bom) {
      this.bom = Objects.requireNonNull(bom, "bom");
      return this;
    }

    /** Default: {@link SpreadsheetSafety#OFF}. */
    public Builder spreadsheetSafety(SpreadsheetSafety safety) {
      this.safety = Objects.requireNonNull(safety, "safety");
      return this;
    }

    /** Default: {@link LineEnding#CRLF}. */
    public Builder lineEnding(LineEnding lineEnding) {
      this.lineEnding = Objects.requireNonNull(lineEnding, "lineEnding");
      return this;
    }

    public AcledCsvWriter build() {
      return new AcledCsvWriter(this);
    }
  }
}
