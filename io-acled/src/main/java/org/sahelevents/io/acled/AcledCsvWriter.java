package org.sahelevents.io.acled;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes ACLED records as RFC 4180 CSV in UTF-8. The layout is the one the records were read in (their columns in
 * their order, extra columns and an HDX HXL row included), unless the caller sets one; cells are made by
 * {@link AcledCells} and quoted by {@link CsvLines}.
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
  private final SpellingPolicy spellings;

  private AcledCsvWriter(Builder b) {
    this.layout = b.layout;
    this.actorTypes = b.actorTypes;
    this.dates = b.dates;
    this.bom = b.bom;
    this.safety = b.safety;
    this.lineEnding = b.lineEnding;
    this.spellings = b.spellings;
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * The cells this writer writes for records of {@code recordLayout} (the layout they were read in, or empty): those
   * of the configured layout, else of the records' own, else of {@link AcledLayout#current()}, with the configured
   * date and actor type styles.
   */
  public AcledCells cellsFor(Optional<AcledLayout> recordLayout) {
    AcledLayout base = layout != null ? layout : recordLayout.orElseGet(AcledLayout::current);
    return AcledCells.forLayout(base.withDateStyle(dates != null ? dates : base.dateStyle())
        .withActorTypeStyle(actorTypes != null ? actorTypes : base.actorTypeStyle()), spellings);
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
    BufferedOutputStream bytes = new BufferedOutputStream(out, 1 << 16);
    return new Output(new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 1 << 16), bytes);
  }

  /** Opens a character stream; closing the output closes it. A byte order mark, if asked for, is written to it. */
  public Output open(Writer out) {
    return new Output(new BufferedWriter(out, 1 << 16), null);
  }

  /**
   * An output that keeps its rows in memory until they are {@link Output#append appended} to an output of this
   * writer, so that several threads can each format rows for one output, which one thread writes in order. Its rows
   * are exactly those the output would have written for the same records. Without a configured
   * {@link Builder#layout layout}, a batch takes its columns from its first record, as an output does.
   */
  public Output batch() {
    return new Output(null, null);
  }

  /**
   * Writes records to one destination, or keeps their rows as a {@link AcledCsvWriter#batch() batch}. Not
   * thread-safe.
   */
  public final class Output implements AutoCloseable {
    private final Writer out;
    // The bytes under `out` when the output is a byte stream, where batches' rows go as they are.
    private final OutputStream bytesOut;
    private AcledCells cells;
    private long written;
    private final StringBuilder row = new StringBuilder(1024);
    // A batch's rows, encoded as UTF-8 by the thread that formats them; null for an output to a destination.
    private final ByteArrayOutputStream batchRows;

    private Output(Writer out, OutputStream bytesOut) {
      this.out = out;
      this.bytesOut = bytesOut;
      this.batchRows = out == null ? new ByteArrayOutputStream(1 << 16) : null;
    }

    /** Writes one record; the first one fixes the layout when none was configured. */
    public Output write(AcledRecord record) {
      try {
        if (cells == null) {
          start(record.layout());
        }
        row.setLength(0);
        int width = cells.headers().size();
        for (int i = 0; i < width; i++) {
          if (i > 0) {
            row.append(',');
          }
          CsvLines.appendCell(row, cells.cell(i, record), safety);
        }
        row.append(lineEnding.chars());
        if (batchRows != null) {
          batchRows.writeBytes(row.toString().getBytes(StandardCharsets.UTF_8));
        } else {
          out.append(row);
        }
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

    /**
     * Writes the rows of a {@link AcledCsvWriter#batch() batch} of this writer, in their order, after the rows written
     * so far; the batch is left as it was.
     *
     * @throws IllegalArgumentException if {@code batch} is not a batch of this writer, or has other columns
     */
    public Output append(Output batch) {
      if (batch.batchRows == null || batch.writer() != writer()) {
        throw new IllegalArgumentException("not a batch of this writer");
      }
      if (batch.written == 0) {
        return this;
      }
      try {
        if (cells == null) {
          start(batch.cells);
        } else if (!cells.headers().equals(batch.cells.headers())) {
          throw new IllegalArgumentException("the batch has columns " + batch.cells.headers() + ", not "
              + cells.headers());
        }
        if (bytesOut != null) {
          out.flush();
          batch.batchRows.writeTo(bytesOut);
        } else {
          out.write(batch.batchRows.toString(StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      written += batch.written;
      return this;
    }

    /**
     * Empties a batch, so that it can take other records: a batch used again once appended keeps the memory it grew.
     *
     * @throws IllegalStateException if this is not a batch
     */
    public Output clear() {
      if (batchRows == null) {
        throw new IllegalStateException("only a batch can be cleared");
      }
      batchRows.reset();
      written = 0;
      return this;
    }

    private AcledCsvWriter writer() {
      return AcledCsvWriter.this;
    }

    /** Rows written so far, the header and HXL row not counted. */
    public long rowsWritten() {
      return written;
    }

    private void start(Optional<AcledLayout> recordLayout) throws IOException {
      start(cellsFor(recordLayout));
    }

    private void start(AcledCells columns) throws IOException {
      cells = columns;
      if (batchRows != null) {
        return;
      }
      if (bom == ByteOrderMark.WRITE) {
        out.write('\uFEFF');
      }
      writeRow(cells.headers());
      if (cells.layout().hxlTags().isPresent()) {
        writeRow(cells.layout().hxlTags().get());
      }
    }

    private void writeRow(List<String> values) throws IOException {
      row.setLength(0);
      CsvLines.appendLine(row, values, safety, lineEnding);
      out.append(row);
    }

    @Override
    public void close() {
      if (batchRows != null) {
        return;
      }
      try {
        if (cells == null) {
          start(Optional.empty());
        }
        out.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
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
    private SpellingPolicy spellings = SpellingPolicy.AS_READ;

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

    /**
     * Whether records written in the layout they were read in keep every cell as the file wrote it. Default:
     * {@link SpellingPolicy#AS_READ}, so reading and writing a file changes no cell.
     */
    public Builder spellings(SpellingPolicy policy) {
      this.spellings = Objects.requireNonNull(policy, "policy");
      return this;
    }

    public AcledCsvWriter build() {
      return new AcledCsvWriter(this);
    }
  }
}
