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

  /**
   * The cells this writer would write for a record, by header, in layout order: the record's own layout unless one is
   * configured. Useful to carry an ACLED row's columns into another format, such as GeoJSON properties.
   */
  public Map<String, String> columns(AcledRecord record) {
    Columns columns = lastColumns;
    if (columns == null || columns.source != record.layout().orElse(null)) {
      columns = new Columns(record.layout());
      lastColumns = columns;
    }
    Map<String, String> cells = new java.util.LinkedHashMap<>(columns.known.length * 2);
    for (int i = 0; i < columns.known.length; i++) {
      cells.put(columns.headers.get(i), columns.known[i] != null ? columns.formatter.cell(record, columns.known[i])
          : record.extraColumns().getOrDefault(columns.extraKeys[i], ""));
    }
    return cells;
  }

  // The column plan of the last layout seen: records of one file share one layout, so it is built once per file.
  // Immutable once built, so sharing it between threads through a volatile field is safe.
  private volatile Columns lastColumns;

  private final class Columns {
    private final AcledLayout source;
    private final List<String> headers;
    private final AcledColumn[] known;
    private final String[] extraKeys;
    private final Output formatter;

    Columns(Optional<AcledLayout> layout) {
      this.source = layout.orElse(null);
      this.formatter = new Output(Writer.nullWriter());
      formatter.target(layout);
      this.headers = formatter.target.headers();
      this.known = formatter.known;
      this.extraKeys = formatter.extraKeys;
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
    // Per position: the known column written there, or null and the key of the extra column.
    private AcledColumn[] known;
    private String[] extraKeys;
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
        for (int i = 0; i < known.length; i++) {
          if (i > 0) {
            row.append(',');
          }
          appendCell(known[i] != null ? cell(record, known[i]) : record.extraColumns().getOrDefault(extraKeys[i], ""));
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
      known = new AcledColumn[width];
      extraKeys = new String[width];
      Map<AcledColumn, Integer> positions = target.positions();
      for (int i = 0; i < width; i++) {
        AcledColumn column = target.columns().get(i);
        if (column != null && positions.get(column) == i) {
          known[i] = column;
        } else {
          extraKeys[i] = target.extraKey(i);
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

    private String cell(AcledRecord r, AcledColumn column) {
      return switch (column) {
        case EVENT_ID_CNTY -> r.eventIdCnty();
        case EVENT_DATE -> target.dateStyle().format(r.eventDate());
        case YEAR -> Integer.toString(r.year().orElse(r.eventDate().getYear()));
        case TIME_PRECISION -> r.timePrecision().isPresent() ? Integer.toString(r.timePrecision().getAsInt()) : "";
        case DISORDER_TYPE -> DisorderType.format(r.disorderTypes().isEmpty()
            ? r.subEventType().map(SubEventType::disorderTypes).orElse(Set.of()) : r.disorderTypes());
        case EVENT_TYPE -> r.legacyEventType().filter(l -> !target.has(AcledColumn.SUB_EVENT_TYPE))
            .orElse(r.eventType().label());
        case SUB_EVENT_TYPE -> r.subEventType().map(SubEventType::label).orElse("");
        case ACTOR1 -> r.actor1();
        case ASSOC_ACTOR_1 -> String.join("; ", r.assocActor1());
        case INTER1 -> actorType(r.inter1());
        case ACTOR2 -> r.actor2().orElse("");
        case ASSOC_ACTOR_2 -> String.join("; ", r.assocActor2());
        case INTER2 -> actorType(r.inter2());
        case INTERACTION -> interaction(r);
        case CIVILIAN_TARGETING -> r.civilianTargeting() ? "Civilian targeting" : "";
        case ISO -> r.iso().isPresent() ? Integer.toString(r.iso().getAsInt()) : "";
        case REGION -> r.region().orElse("");
        case COUNTRY -> r.country();
        case ADMIN1 -> r.admin1().orElse("");
        case ADMIN2 -> r.admin2().orElse("");
        case ADMIN3 -> r.admin3().orElse("");
        case LOCATION -> r.location();
        case LATITUDE -> r.latitude().toPlainString();
        case LONGITUDE -> r.longitude().toPlainString();
        case GEO_PRECISION -> r.geoPrecision().isPresent() ? Integer.toString(r.geoPrecision().getAsInt()) : "";
        case SOURCE -> String.join("; ", r.sources());
        case SOURCE_SCALE -> r.sourceScale().orElse("");
        case NOTES -> r.notes().orElse("");
        case FATALITIES -> Integer.toString(r.fatalities());
        case TAGS -> String.join("; ", r.tags());
        case TIMESTAMP -> r.timestamp().isPresent() ? Long.toString(r.timestamp().getAsLong()) : "";
        case DATA_ID -> r.dataId().isPresent() ? Long.toString(r.dataId().getAsLong()) : "";
        case EVENT_ID_NO_CNTY -> r.eventIdNoCnty().isPresent() ? Long.toString(r.eventIdNoCnty().getAsLong()) : "";
        case ISO3 -> r.iso3().orElse("");
        case GWNO -> r.gwno().isPresent() ? Integer.toString(r.gwno().getAsInt()) : "";
      };
    }

    private String actorType(Optional<ActorType> type) {
      if (target.actorTypeStyle() == ActorTypeStyle.NUMERIC) {
        return Integer.toString(type.map(ActorType::code).orElse(0));
      }
      return type.map(ActorType::label).orElse("");
    }

    private String interaction(AcledRecord r) {
      Optional<Interaction> interaction = r.interaction().or(() -> r.inter1().map(t -> Interaction.of(t, r.inter2())));
      return interaction.map(i -> target.actorTypeStyle() == ActorTypeStyle.NUMERIC
          ? Integer.toString(i.code()) : i.label()).orElse("");
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
