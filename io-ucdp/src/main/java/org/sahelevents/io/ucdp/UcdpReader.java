package org.sahelevents.io.ucdp;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.core.WarningPolicy;
import org.sahelevents.io.tabular.DecodingReader;
import org.sahelevents.io.tabular.Utf8Encoding;

/**
 * Reads UCDP GED: CSV files ({@link UcdpGed#reader()}) and pages of the UCDP API's JSON ({@link UcdpGed#apiReader()}),
 * to {@link UcdpRecords} in constant memory, with every bad row reported by line (CSV) or JSON pointer
 * ({@code /Result/12}), column, raw value and reason.
 *
 * <p>Read: the official release CSV (annual {@code YY.1} and monthly Candidate {@code YY.0.M}), HDX copies (their
 * HXL row is recognised and skipped; their extra {@code iso3} column is kept), pandas re-saves (an unnamed index
 * column, whole numbers written {@code 15.0}), and the data browser's export ({@code best_est}/{@code high_est}/
 * {@code low_est}, {@code MM/DD/YYYY 00:00:00} dates, a comma at the end of every row). Columns are found by header,
 * ignoring case and order. Bytes are decoded as UTF-8 (a byte order mark is skipped), falling back to
 * Windows-1252 from the first sequence that is not UTF-8. A record whose stray quote swallows the rows after it is
 * rejected on its own lines, and reading goes on at the first of them that starts a row.
 *
 * <p>API JSON is one page, {@code {"TotalCount": ..., "TotalPages": ..., "PreviousPageUrl": ..., "NextPageUrl": ...,
 * "Result": [...]}}, or a bare array of rows; values may be strings, numbers, booleans or null (an empty cell). The
 * reader does not fetch pages: that is the API client's job.
 *
 * <p>Instances are immutable and thread-safe: configure one and share it; each {@code open} returns records for one
 * input.
 */
public final class UcdpReader {
  /** The longest record read by default, in characters; longer ones are rejected rows, not memory exhaustion. */
  public static final int DEFAULT_MAX_RECORD_CHARS = 1 << 20;
  /** The most columns of a header by default. GED has 49; copies add a few. */
  public static final int DEFAULT_MAX_COLUMNS = 500;

  private final boolean json;
  private final BadRowPolicy badRows;
  private final WarningPolicy warnings;
  private final int maxRecordChars;
  private final int maxColumns;

  private UcdpReader(Builder b) {
    this.json = b.json;
    this.badRows = b.badRows;
    this.warnings = b.warnings;
    this.maxRecordChars = b.maxRecordChars;
    this.maxColumns = b.maxColumns;
  }

  static Builder builder(boolean json) {
    return new Builder(json);
  }

  /**
   * Opens a file.
   *
   * @throws UcdpFormatException if it is empty or not GED (a header that lacks a required column)
   * @throws UncheckedIOException if it cannot be read
   */
  public UcdpRecords open(Path file) {
    return open(file, null);
  }

  /** As {@link #open(Path)}, passing every rejected row to {@code onRejected} as it is found. */
  public UcdpRecords open(Path file, Consumer<UcdpRejectedRow> onRejected) {
    try {
      return open(Files.newInputStream(file), file.toString(), onRejected);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens bytes; {@code name} is how problems name the input. UTF-8 is read (a byte order mark is dropped); from the
   * first byte sequence that is not UTF-8 on, the input is read as Windows-1252, as spreadsheet re-saves need, and
   * {@link UcdpRecords#encodingNote()} says so. Closing the records closes the stream.
   */
  public UcdpRecords open(InputStream in, String name, Consumer<UcdpRejectedRow> onRejected) {
    Objects.requireNonNull(name, "name");
    try {
      Rows rows = json ? new JsonRows(new BufferedReader(new DecodingReader(in), 1 << 16), name, maxRecordChars)
          : new CsvRows(in, name, maxRecordChars, maxColumns);
      return new UcdpRecords(rows, name, warnings, badRows, onRejected);
    } catch (IOException | RuntimeException e) {
      throw opening(e, name, in);
    }
  }

  /**
   * Opens characters that are already decoded; an unpaired surrogate (which no file can hold) is read as U+FFFD.
   * Closing the records closes the reader.
   */
  public UcdpRecords open(Reader in, String name, Consumer<UcdpRejectedRow> onRejected) {
    Objects.requireNonNull(name, "name");
    try {
      Rows rows = json ? new JsonRows(new BufferedReader(in, 1 << 16), name, maxRecordChars)
          : new CsvRows(new Utf8Encoding(in), name, maxRecordChars, maxColumns);
      return new UcdpRecords(rows, name, warnings, badRows, onRejected);
    } catch (IOException | RuntimeException e) {
      throw opening(e, name, in);
    }
  }

  // The input is closed and the failure to open it reported as an unchecked exception.
  private static RuntimeException opening(Exception e, String name, Closeable in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // The original failure is the one to report.
    }
    if (e instanceof IOException io) {
      return new UncheckedIOException(name + ": " + io.getMessage(), io);
    }
    return (RuntimeException) e;
  }

  /** Configures a {@link UcdpReader}. Not thread-safe; the reader it builds is. */
  public static final class Builder {
    private BadRowPolicy badRows = BadRowPolicy.FAIL;
    private WarningPolicy warnings = WarningPolicy.KEEP;
    private int maxRecordChars = DEFAULT_MAX_RECORD_CHARS;
    private int maxColumns = DEFAULT_MAX_COLUMNS;

    private final boolean json;

    private Builder(boolean json) {
      this.json = json;
    }

    /**
     * What to do with bad rows: {@link BadRowPolicy#FAIL} throws a {@link UcdpFormatException} at the first one;
     * {@link BadRowPolicy#COLLECT} reports each as a {@link UcdpRejectedRow} and goes on. Default:
     * {@link BadRowPolicy#FAIL}.
     */
    public Builder badRows(BadRowPolicy policy) {
      this.badRows = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * What to do with a row whose problems are all warnings: keep it, with its warnings in
     * {@link UcdpRecord#warnings()}, or reject it (strict mode). Default: {@link WarningPolicy#KEEP}.
     */
    public Builder warnings(WarningPolicy policy) {
      this.warnings = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * The longest record accepted, in characters; a longer one is a rejected row, skipped in constant memory.
     * Default: {@value UcdpReader#DEFAULT_MAX_RECORD_CHARS}.
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
     * The most columns of a CSV header; a wider one is an error. Default: {@value UcdpReader#DEFAULT_MAX_COLUMNS}.
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

    public UcdpReader build() {
      return new UcdpReader(this);
    }
  }
}
