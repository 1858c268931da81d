package org.sahelevents.io.acled;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.core.WarningPolicy;
import org.sahelevents.io.tabular.DecodingReader;
import org.sahelevents.io.tabular.Utf8Encoding;

/**
 * Reads ACLED data: CSV files ({@link AcledCsv#reader()}) and the API's JSON ({@link AcledJson#reader()}), to
 * {@link AcledRecords} in constant memory, with every bad row reported by line (CSV) or JSON pointer (JSON), column,
 * raw value and reason.
 *
 * <p>CSV files of every generation are read: the 2016 files (upper-case headers, {@code GWNO}, old event types,
 * {@code dd/MM/yyyy} dates), the 2017-2019 and 2019-2023 exports, the current layout, monadic exports, HDX copies
 * (their HXL row is recognised and kept), spreadsheet re-saves ({@code ;} delimiter, {@code d-MMM-yy} dates, BOM).
 * Columns are found by header, ignoring case and order; columns ACLED never had are kept.
 *
 * <p>Bytes are decoded as UTF-8, with or without a byte order mark; input that is not valid UTF-8 is read as
 * Windows-1252 from the first byte that is not, and {@link AcledRecords#encodingNote()} says so.
 *
 * <p>JSON is the API's response envelope ({@code {"status": ..., "data": [...]}}) or a bare array of rows; values
 * may be strings, as the API sends them, or numbers. Rows are located by their index in {@code data}.
 *
 * <p>Instances are immutable and thread-safe: configure one and share it; each {@code open} returns records for one
 * input.
 */
public final class AcledReader {
  /** The longest record read by default, in characters; longer ones are rejected rows, not memory exhaustion. */
  public static final int DEFAULT_MAX_RECORD_CHARS = 1 << 20;
  /** The most columns of a CSV header, or fields of an API row, by default. ACLED's widest layout has 31. */
  public static final int DEFAULT_MAX_COLUMNS = 500;
  /** How deeply API JSON may nest, counting the envelope: rows are flat, so deeper input is hostile or broken. */
  public static final int MAX_JSON_NESTING_DEPTH = 64;

  private final boolean json;
  private final BadRowPolicy badRows;
  private final WarningPolicy warnings;
  private final AcledValidation validation;
  private final int maxRecordChars;
  private final int maxColumns;
  private final int threads;
  private final int partBytes;

  private AcledReader(Builder b) {
    this.json = b.json;
    this.badRows = b.badRows;
    this.warnings = b.warnings;
    this.validation = b.validation;
    this.maxRecordChars = b.maxRecordChars;
    this.maxColumns = b.maxColumns;
    this.threads = b.threads;
    this.partBytes = b.partBytes;
  }

  static Builder builder(boolean json) {
    return new Builder(json);
  }

  /**
   * Opens a file.
   *
   * @throws AcledFormatException if it is empty or not ACLED data (a CSV header that names no ACLED column or lacks
   *     a required one; JSON without a {@code data} array)
   * @throws UncheckedIOException if it cannot be read
   */
  public AcledRecords open(Path file) {
    return open(file, null);
  }

  /** As {@link #open(Path)}, passing every rejected row to {@code onRejected} as it is found. */
  public AcledRecords open(Path file, Consumer<AcledRejectedRow> onRejected) {
    return open(file, file.toString(), onRejected);
  }

  /**
   * As {@link #open(Path, Consumer)}; {@code name} is how problems name the file. A CSV file is read by the
   * reader's {@link Builder#threads threads}.
   */
  public AcledRecords open(Path file, String name, Consumer<AcledRejectedRow> onRejected) {
    Objects.requireNonNull(name, "name");
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": " + e.getMessage(), e);
    }
    if (json || threads == 1 || !Files.isRegularFile(file)) {
      return open(in, name, onRejected);
    }
    try {
      CsvRowSource head = (CsvRowSource) csvRows(in, name);
      if (Files.size(file) - head.dataStart().offset() < 2L * partBytes) {
        // Too little for threads to gain anything: the opening thread reads on.
        return new AcledRecords(ParsedRows.of(head, name, validation, warnings), name, badRows, onRejected);
      }
      FileChannel channel = FileChannel.open(file);
      try {
        ParsedRows rows = new ParallelCsvRows(channel, head.layout(), head.dataStart(), name, validation, warnings,
            maxRecordChars, threads, partBytes);
        head.close();
        return new AcledRecords(rows, name, badRows, onRejected);
      } catch (RuntimeException | IOException e) {
        channel.close();
        throw e;
      }
    } catch (RuntimeException | IOException e) {
      throw opening(e, name, in);
    }
  }

  /** Opens bytes; {@code name} is how problems name the input. Closing the records closes the stream. */
  public AcledRecords open(InputStream in, String name, Consumer<AcledRejectedRow> onRejected) {
    Objects.requireNonNull(name, "name");
    try {
      RowSource source = json ? jsonRows(new DecodingReader(in), name) : csvRows(in, name);
      return new AcledRecords(ParsedRows.of(source, name, validation, warnings), name, badRows, onRejected);
    } catch (RuntimeException | IOException e) {
      throw opening(e, name, in);
    }
  }

  /**
   * Opens characters that are already decoded. CSV text is read through its UTF-8 encoding, like a file, so an
   * unpaired surrogate (which no file can hold) is read as U+FFFD. Closing the records closes the reader.
   */
  public AcledRecords open(Reader in, String name, Consumer<AcledRejectedRow> onRejected) {
    Objects.requireNonNull(name, "name");
    try {
      RowSource source = json ? jsonRows(in, name) : csvRows(new Utf8Encoding(in), name);
      return new AcledRecords(ParsedRows.of(source, name, validation, warnings), name, badRows, onRejected);
    } catch (RuntimeException | IOException e) {
      throw opening(e, name, in);
    }
  }

  private RowSource jsonRows(Reader in, String name) throws IOException {
    return new MapRowSource(new JsonRows(in, name, maxRecordChars, maxColumns, MAX_JSON_NESTING_DEPTH),
        JsonRows::pointer);
  }

  private RowSource csvRows(InputStream in, String name) throws IOException {
    return new CsvRowSource(in, name, maxRecordChars, maxColumns);
  }

  // The input is closed and the failure to open it reported as an unchecked exception.
  private static RuntimeException opening(Exception e, String name, Closeable in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // The original failure is the one to report.
    }
    if (e instanceof RowSource.RowSyntaxException syntax) {
      return AcledFormatException.at(name, syntax.location, "malformed header: " + syntax.getMessage());
    }
    if (e instanceof IOException io) {
      return new UncheckedIOException(name + ": " + io.getMessage(), io);
    }
    return (RuntimeException) e;
  }

  /**
   * Reads rows given as maps from column name to cell (such as GeoJSON feature properties, or a Spark partition's
   * rows); the first row's keys are the layout. Rows, and their problems, are located by the RFC 6901 JSON pointer
   * {@code rowPointer} gives for a row's 0-based index, such as {@code /features/12/properties}; a cell's problem by
   * that pointer and the column's name.
   */
  public AcledRecords open(Iterator<? extends Map<String, String>> rows, String name,
      LongFunction<String> rowPointer, Consumer<AcledRejectedRow> onRejected) {
    Objects.requireNonNull(name, "name");
    return new AcledRecords(ParsedRows.of(new MapRowSource(rows, rowPointer), name, validation, warnings), name,
        badRows, onRejected);
  }

  /**
   * As {@link #open(Iterator, String, LongFunction, Consumer)}, for rows keyed by the {@link AcledLayout#names() names}
   * of a layout known beforehand, such as the one a file in another format recorded: the records then have that
   * layout, its header cells, HXL tags and styles, so that writing them in it changes no cell.
   */
  public AcledRecords open(Iterator<? extends Map<String, String>> rows, AcledLayout layout, String name,
      LongFunction<String> rowPointer, Consumer<AcledRejectedRow> onRejected) {
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(name, "name");
    return new AcledRecords(ParsedRows.of(new MapRowSource(rows, rowPointer, layout), name, validation, warnings),
        name, badRows, onRejected);
  }

  /** Configures an {@link AcledReader}. Not thread-safe; the reader it builds is. */
  public static final class Builder {
    private final boolean json;
    private BadRowPolicy badRows = BadRowPolicy.FAIL;
    private WarningPolicy warnings = WarningPolicy.KEEP;
    private AcledValidation validation = AcledValidation.CONSISTENCY;
    private int maxRecordChars = DEFAULT_MAX_RECORD_CHARS;
    private int maxColumns = DEFAULT_MAX_COLUMNS;
    private int threads = 1;
    private int partBytes = ParallelCsvRows.DEFAULT_PART_BYTES;

    private Builder(boolean json) {
      this.json = json;
    }

    /**
     * What to do with bad rows: {@link BadRowPolicy#FAIL} throws an {@link AcledFormatException} at the first one;
     * {@link BadRowPolicy#COLLECT} reports each as an {@link AcledRejectedRow} and goes on. Default:
     * {@link BadRowPolicy#FAIL}.
     */
    public Builder badRows(BadRowPolicy policy) {
      this.badRows = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * What to do with a row whose problems are all warnings (see the README's severities table): keep it, with its
     * warnings in {@link AcledRecord#warnings()}, or reject it as the strict mode does. Default:
     * {@link WarningPolicy#KEEP}.
     */
    public Builder warnings(WarningPolicy policy) {
      this.warnings = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** How much to check. Default: {@link AcledValidation#CONSISTENCY}. */
    public Builder validation(AcledValidation level) {
      this.validation = Objects.requireNonNull(level, "level");
      return this;
    }

    /**
     * The longest record accepted, in characters: a CSV record (so also the longest field), or the field names and
     * values of an API row together. A longer record is a rejected row, skipped in constant memory (in API JSON, a
     * single value over the limit ends the input, since JSON cannot be resumed after it). Default:
     * {@value AcledReader#DEFAULT_MAX_RECORD_CHARS}.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxRecordChars(int chars) {
      if (chars <= 0) {
        throw new IllegalArgumentException("maxRecordChars must be positive, was " + chars);
      }
      this.maxRecordChars = chars;
      return this;
    }

    /**
     * The most columns of a CSV header (a wider header is an error) or fields of an API row (a wider row is
     * rejected). Default: {@value AcledReader#DEFAULT_MAX_COLUMNS}.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxColumns(int columns) {
      if (columns <= 0) {
        throw new IllegalArgumentException("maxColumns must be positive, was " + columns);
      }
      this.maxColumns = columns;
      return this;
    }

    /**
     * How many threads read a CSV file opened by path ({@link AcledReader#open(Path)}): with more than one, they read
     * and parse parts of the file at once, and the records come in file order with the same lines, problems, counts
     * and decoding as with one. Files under half a megabyte, streams, readers and API JSON are read by the calling
     * thread. Default: 1; the tool uses one per processor.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder threads(int threads) {
      if (threads <= 0) {
        throw new IllegalArgumentException("threads must be positive, was " + threads);
      }
      this.threads = threads;
      return this;
    }

    // The size of the parts threads read: small in tests, so that small files are cut into many parts.
    Builder partBytes(int bytes) {
      this.partBytes = bytes;
      return this;
    }

    public AcledReader build() {
      return new AcledReader(this);
    }
  }
}
