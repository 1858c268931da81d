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
    Output formatter = plan(record).formatter;
    String[] cells = new String[formatter.formats.length];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = formatter.cell(i, record);
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
    private final Output formatter;

    Columns(Optional<AcledLayout> layout) {
      this.source = layout.orElse(null);
      this.formatter = new Output(Writer.nullWriter());
      formatter.target(layout);
      this.headers = formatter.target.headers();
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
    // Per position, the format of the column written there, or null for an extra column, whose key is then in
    // extraKeys.
    private CellFormat[] formats;
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
        for (int i = 0; i < formats.length; i++) {
          if (i > 0) {
            row.append(',');
          }
          appendCell(cell(i, record));
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
      formats = new CellFormat[width];
      extraKeys = new String[width];
      for (int i = 0; i < width; i++) {
        AcledColumn column = target.columns().get(i);
        if (column != null && positions.get(column) == i) {
          formats[i] = CellFormat.valueOf(column.name());
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

    private String cell(int position, AcledRecord record) {
      CellFormat format = formats[position];
      return format != null ? format.of(this, record)
          : record.extraColumns().getOrDefault(extraKeys[position], "");
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

    // Written without mapping the Optionals, which would allocate on every cell.
    private String actorType(Optional<ActorType> type) {
      if (target.actorTypeStyle() == ActorTypeStyle.NUMERIC) {
        return number(type.isPresent() ? type.get().code() : 0);
      }
      return type.isPresent() ? type.get().label() : "";
    }

    private String interaction(AcledRecord r) {
      Interaction interaction = r.interaction().orElse(null);
      if (interaction == null) {
        if (r.inter1().isEmpty()) {
          return "";
        }
        interaction = Interaction.of(r.inter1().get(), r.inter2());
      }
      return target.actorTypeStyle() == ActorTypeStyle.NUMERIC ? number(interaction.code()) : interaction.label();
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

  /**
   * Formats one column of a record as its cell, one constant per {@link AcledColumn} of the same name. One small method
   * per column rather than one for all: each is compiled on its own as soon as it is hot, where one large method was
   * compiled late and slowly, which held back the first seconds of a conversion. Constants rather than lambdas: their
   * classes are loaded, not generated at run time, and called through a class's method table rather than an
   * interface's, which is cheaper for a call that goes to a different method for every cell.
   */
  private enum CellFormat {
    EVENT_ID_CNTY {
      @Override
      String of(Output o, AcledRecord r) {
        return r.eventIdCnty();
      }
    },
    EVENT_DATE {
      @Override
      String of(Output o, AcledRecord r) {
        return o.target.dateStyle().format(r.eventDate());
      }
    },
    YEAR {
      @Override
      String of(Output o, AcledRecord r) {
        return o.number(r.year().orElse(r.eventDate().getYear()));
      }
    },
    TIME_PRECISION {
      @Override
      String of(Output o, AcledRecord r) {
        return r.timePrecision().isPresent() ? o.number(r.timePrecision().getAsInt()) : "";
      }
    },
    DISORDER_TYPE {
      @Override
      String of(Output o, AcledRecord r) {
        return DisorderType.format(r.disorderTypes().isEmpty()
            ? r.subEventType().map(SubEventType::disorderTypes).orElse(Set.of()) : r.disorderTypes());
      }
    },
    EVENT_TYPE {
      @Override
      String of(Output o, AcledRecord r) {
        return r.legacyEventType().filter(l -> !o.target.has(AcledColumn.SUB_EVENT_TYPE))
            .orElse(r.eventType().label());
      }
    },
    SUB_EVENT_TYPE {
      @Override
      String of(Output o, AcledRecord r) {
        return r.subEventType().map(SubEventType::label).orElse("");
      }
    },
    ACTOR1 {
      @Override
      String of(Output o, AcledRecord r) {
        return r.actor1();
      }
    },
    ASSOC_ACTOR_1 {
      @Override
      String of(Output o, AcledRecord r) {
        return joined(r.assocActor1());
      }
    },
    INTER1 {
      @Override
      String of(Output o, AcledRecord r) {
        return o.actorType(r.inter1());
      }
    },
    ACTOR2 {
      @Override
      String of(Output o, AcledRecord r) {
        return r.actor2().orElse("");
      }
    },
    ASSOC_ACTOR_2 {
      @Override
      String of(Output o, AcledRecord r) {
        return joined(r.assocActor2());
      }
    },
    INTER2 {
      @Override
      String of(Output o, AcledRecord r) {
        return o.actorType(r.inter2());
      }
    },
    INTERACTION {
      @Override
      String of(Output o, AcledRecord r) {
        return o.interaction(r);
      }
    },
    CIVILIAN_TARGETING {
      @Override
      String of(Output o, AcledRecord r) {
        return r.civilianTargeting() ? "Civilian targeting" : "";
      }
    },
    ISO {
      @Override
      String of(Output o, AcledRecord r) {
        return r.iso().isPresent() ? o.number(r.iso().getAsInt()) : "";
      }
    },
    REGION {
      @Override
      String of(Output o, AcledRecord r) {
        return r.region().orElse("");
      }
    },
    COUNTRY {
      @Override
      String of(Output o, AcledRecord r) {
        return r.country();
      }
    },
    ADMIN1 {
      @Override
      String of(Output o, AcledRecord r) {
        return r.admin1().orElse("");
      }
    },
    ADMIN2 {
      @Override
      String of(Output o, AcledRecord r) {
        return r.admin2().orElse("");
      }
    },
    ADMIN3 {
      @Override
      String of(Output o, AcledRecord r) {
        return r.admin3().orElse("");
      }
    },
    LOCATION {
      @Override
      String of(Output o, AcledRecord r) {
        return r.location();
      }
    },
    LATITUDE {
      @Override
      String of(Output o, AcledRecord r) {
        return r.latitude().toPlainString();
      }
    },
    LONGITUDE {
      @Override
      String of(Output o, AcledRecord r) {
        return r.longitude().toPlainString();
      }
    },
    GEO_PRECISION {
      @Override
      String of(Output o, AcledRecord r) {
        return r.geoPrecision().isPresent() ? o.number(r.geoPrecision().getAsInt()) : "";
      }
    },
    SOURCE {
      @Override
      String of(Output o, AcledRecord r) {
        return joined(r.sources());
      }
    },
    SOURCE_SCALE {
      @Override
      String of(Output o, AcledRecord r) {
        return r.sourceScale().orElse("");
      }
    },
    NOTES {
      @Override
      String of(Output o, AcledRecord r) {
        return r.notes().orElse("");
      }
    },
    FATALITIES {
      @Override
      String of(Output o, AcledRecord r) {
        return o.number(r.fatalities());
      }
    },
    TAGS {
      @Override
      String of(Output o, AcledRecord r) {
        return joined(r.tags());
      }
    },
    TIMESTAMP {
      @Override
      String of(Output o, AcledRecord r) {
        return r.timestamp().isPresent() ? Long.toString(r.timestamp().getAsLong()) : "";
      }
    },
    DATA_ID {
      @Override
      String of(Output o, AcledRecord r) {
        return r.dataId().isPresent() ? Long.toString(r.dataId().getAsLong()) : "";
      }
    },
    EVENT_ID_NO_CNTY {
      @Override
      String of(Output o, AcledRecord r) {
        return r.eventIdNoCnty().isPresent() ? Long.toString(r.eventIdNoCnty().getAsLong()) : "";
      }
    },
    ISO3 {
      @Override
      String of(Output o, AcledRecord r) {
        return r.iso3().orElse("");
      }
    },
    GWNO {
      @Override
      String of(Output o, AcledRecord r) {
        return r.gwno().isPresent() ? o.number(r.gwno().getAsInt()) : "";
      }
    };

    abstract String of(Output o, AcledRecord r);

    // Most lists hold none or one item: those need no joining.
    private static String joined(List<String> items) {
      return items.isEmpty() ? "" : items.size() == 1 ? items.get(0) : String.join("; ", items);
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
