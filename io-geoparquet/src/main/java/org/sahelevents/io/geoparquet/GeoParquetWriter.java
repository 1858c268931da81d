package org.sahelevents.io.geoparquet;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.Incident;
import org.sahelevents.io.acled.AcledLayout;
import org.sahelevents.io.acled.AcledModelMapping;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.geojson.ModelProperty;
import org.sahelevents.io.geojson.IncidentFeatures;

/**
 * Writes ACLED records and model incidents as a GeoParquet 1.1 file: one typed column per ACLED column of the layout
 * (text as strings; years, codes, precisions and fatalities as 32-bit integers; row ids as 64-bit integers;
 * coordinates as doubles; {@code event_date} as DATE; {@code timestamp} as TIMESTAMP in UTC), {@code geometry} as WKB
 * points in OGC:CRS84 (longitude, latitude), the {@code bbox} covering struct column, {@code acled_spellings} with the
 * cells a typed value does not give back as written (so that the file reads back cell for cell), and
 * {@code sahel_event} with the event's model JSON. Rows stream to the file: memory holds one row group's pages, never
 * the whole file.
 *
 * <p>Most of the cost of writing a record is making its row: its cells, their typed values and their bytes.
 * {@link #prepare} does that for a batch of records on any thread, and {@link Output#write(PreparedBatch)} then only
 * copies the batch's columns into pages and compresses the full ones, so that reading and preparing can run on
 * several threads and writing on one:
 *
 * <pre>{@code
 * GeoParquetWriter writer = GeoParquet.writer().build();
 * PreparedBatch batch = writer.prepare(records);   // any thread
 * out.write(batch);                                // the output's thread, batches in the file's order
 * }</pre>
 *
 * <pre>{@code
 * try (AcledRecords records = AcledCsv.reader().build().open(Path.of("mali.csv"));
 *      GeoParquetWriter.Output out = GeoParquet.writer().build().open(Path.of("mali.parquet"))) {
 *   records.forEachRemaining(out::write);
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; an {@link Output} is for one thread.
 */
public final class GeoParquetWriter {
  /** Rows per row group unless {@link Builder#rowGroupRows} says otherwise. */
  public static final int DEFAULT_ROW_GROUP_ROWS = 100_000;

  // Values that rarely repeat: a page's minimum and maximum of them tell readers nothing worth their cost.
  private static final List<String> UNIQUE = List.of("event_id_cnty", "notes", PreparedBatchWriter.GEOMETRY,
      PreparedBatchWriter.SPELLINGS, PreparedBatchWriter.EVENT);

  private final Compression compression;
  private final ModelProperty model;
  private final AcledLayout layout;
  private final Set<String> doubleColumns;
  private final int rowGroupRows;
  // The preparer of the layout last asked for: records of one file share it. Immutable, so a race only makes two.
  private volatile RowPreparer lastPreparer;

  private GeoParquetWriter(Builder b) {
    this.compression = b.compression;
    this.model = b.model;
    this.layout = b.layout;
    this.doubleColumns = Set.copyOf(b.doubleColumns);
    this.rowGroupRows = b.rowGroupRows;
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Makes the rows of records, ready for {@link Output#write(PreparedBatch)}: in the writer's layout, or the first
   * record's (records read from one file share it), or {@link AcledLayout#current()}. Has no side effects: any number
   * of threads may prepare batches at once.
   */
  public PreparedBatch prepare(List<AcledRecord> records) {
    AcledLayout batchLayout = layout != null ? layout
        : records.isEmpty() ? AcledLayout.current() : records.get(0).layout().orElse(AcledLayout.current());
    // Without a layout of its own, the writer may meet a file in another layout, where the records are prepared
    // again; with one, every batch is in its layout and the records need not wait with the batch.
    return preparer(batchLayout).records(records, layout == null);
  }

  private RowPreparer preparer(AcledLayout batchLayout) {
    RowPreparer preparer = lastPreparer;
    if (preparer == null || !preparer.columns().layout().equals(batchLayout)) {
      preparer = new RowPreparer(new AcledColumns(batchLayout, doubleColumns), model);
      lastPreparer = preparer;
    }
    return preparer;
  }

  /**
   * Opens a file for writing. The rows go to a hidden file beside it, which {@link Output#close()} moves into place in
   * one step, replacing {@code file}; if writing fails the hidden file is removed and {@code file} is left as it was.
   *
   * @throws UncheckedIOException if the hidden file cannot be created, with the file's name
   */
  public Output open(Path file) {
    Path target = file.toAbsolutePath();
    Path partial = target.resolveSibling("." + target.getFileName() + "." + Long.toHexString(System.nanoTime())
        + ".partial");
    try {
      return new Output(new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16), file.toString(), partial,
          target);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot be written: " + e.getMessage(), e);
    }
  }

  /**
   * Opens a byte stream for writing: Parquet writes front to back, so any stream will do, standard output included.
   * The output buffers what it writes (page headers and the footer are written a few bytes at a time); closing it
   * closes the stream.
   *
   * @param name how failures name the output
   */
  public Output open(OutputStream out, String name) {
    return new Output(new BufferedOutputStream(Objects.requireNonNull(out, "out"), 1 << 16),
        Objects.requireNonNull(name, "name"), null, null);
  }

  /** Writes records and incidents to one GeoParquet file. Not thread-safe. */
  public final class Output implements AutoCloseable {
    private final OutputStream stream;
    private final String name;
    private final Path partial;
    private final Path target;
    private RowPreparer preparer;
    private PreparedBatchWriter file;
    private long rows;
    private boolean failed;
    private boolean closed;

    private Output(OutputStream stream, String name, Path partial, Path target) {
      this.stream = stream;
      this.name = name;
      this.partial = partial;
      this.target = target;
    }

    /** Writes one record: its cells in the file's layout (the first record's, unless the builder gave one). */
    public Output write(AcledRecord record) {
      start(record.layout().orElse(null));
      return put(preparer.records(List.of(record), false));
    }

    /**
     * Writes the rows of a batch, in order. The file takes the layout of its first batch, unless the builder gave
     * one; a batch prepared in another layout by a writer built without one is prepared again in the file's.
     *
     * @param batch made by {@link GeoParquetWriter#prepare}, on any thread
     * @throws IllegalArgumentException if the batch is in another layout and its writer was built with that layout
     */
    public Output write(PreparedBatch batch) {
      if (batch.size == 0) {
        return this;
      }
      start(batch.columns.layout());
      if (batch.columns.equals(preparer.columns())) {
        return put(batch);
      }
      if (batch.records == null) {
        throw fail(new IllegalArgumentException(name + ": the batch was prepared in another layout by a writer "
            + "built with that layout, which keeps no records to prepare again; prepare it with this output's writer"));
      }
      return put(preparer.records(batch.records, false));
    }

    /**
     * Writes one incident: the cells of {@link AcledModelMapping#toRecord its ACLED record} and its model in
     * {@code sahel_event}, whatever {@link ModelProperty} says, since the record does not hold all of it. An incident
     * that cannot be an ACLED row (no point, country or main actor) has its model and its point only.
     *
     * @param context the catalog holding the incident's actors, assertions and claims
     */
    public Output write(Incident incident, Catalog context) {
      start(null);
      AcledRecord record;
      try {
        record = AcledModelMapping.toRecord(incident, context);
      } catch (IllegalArgumentException notAnAcledRow) {
        record = null;
      }
      return put(preparer.incident(record, incident.getLocation().getPoint().orElse(null),
          IncidentFeatures.eventJson(incident, context).toString()));
    }

    private void start(AcledLayout recordLayout) {
      if (closed) {
        throw new IllegalStateException(name + ": the output is closed");
      }
      if (file != null) {
        return;
      }
      AcledLayout fileLayout = layout != null ? layout : recordLayout != null ? recordLayout : AcledLayout.current();
      preparer = preparer(fileLayout);
      try {
        file = new PreparedBatchWriter(stream, preparer.columns(), compression, rowGroupRows, UNIQUE);
      } catch (IOException | RuntimeException e) {
        throw fail(e);
      }
    }

    private Output put(PreparedBatch batch) {
      try {
        file.write(batch);
      } catch (IOException | RuntimeException e) {
        throw fail(e);
      }
      rows += batch.size;
      return this;
    }

    private RuntimeException fail(Exception e) {
      failed = true;
      if (e instanceof IllegalArgumentException bad) {
        return bad;
      }
      return new UncheckedIOException(name + ": cannot be written: " + e.getMessage(),
          e instanceof IOException io ? io : new IOException(e));
    }

    /** Rows written so far. */
    public long rowsWritten() {
      return rows;
    }

    /**
     * Ends the file: writes its footer with the {@code geo} metadata and, for a file, moves it into place; after a
     * failed write, removes the hidden file instead.
     *
     * @throws UncheckedIOException if the file cannot be completed, with its name
     */
    @Override
    public void close() {
      if (closed) {
        return;
      }
      try {
        if (!failed) {
          start(null);
        }
        closed = true;
        if (failed) {
          if (file != null) {
            file.abort();
          }
          stream.close();
        } else {
          file.close();
        }
        if (partial != null && !failed) {
          Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
      } catch (IOException | RuntimeException e) {
        failed = true;
        throw e instanceof RuntimeException r ? r : new UncheckedIOException(name + ": cannot be written: "
            + e.getMessage(), (IOException) e);
      } finally {
        closed = true;
        if (partial != null && failed) {
          try {
            stream.close();
            Files.deleteIfExists(partial);
          } catch (IOException ignored) {
            // The failure being reported is the one that matters; the hidden file is named as such.
          }
        }
      }
    }
  }

  /** Configures a {@link GeoParquetWriter}. Not thread-safe; what it builds is. */
  public static final class Builder {
    private Compression compression = Compression.ZSTD;
    private ModelProperty model = ModelProperty.OMIT;
    private AcledLayout layout;
    private final Set<String> doubleColumns = new LinkedHashSet<>();
    private int rowGroupRows = DEFAULT_ROW_GROUP_ROWS;

    private Builder() {}

    /** How pages are compressed. Default: {@link Compression#ZSTD}. */
    public Builder compression(Compression compression) {
      this.compression = Objects.requireNonNull(compression, "compression");
      return this;
    }

    /**
     * Whether a record's row carries its event's model in {@code sahel_event}; an incident's always does. Default:
     * {@link ModelProperty#OMIT}.
     */
    public Builder model(ModelProperty model) {
      this.model = Objects.requireNonNull(model, "model");
      return this;
    }

    /**
     * The columns of the file, in order, with their date and actor type styles. Default: the first record's layout,
     * or {@link AcledLayout#current()} for incidents and records not read from a file.
     */
    public Builder layout(AcledLayout layout) {
      this.layout = Objects.requireNonNull(layout, "layout");
      return this;
    }

    /**
     * Extra columns (ones ACLED never had, such as a computed {@code corridor_distance_m}) whose cells are numbers,
     * written as DOUBLE columns rather than text; a cell that is not a number, or whose number does not give back its
     * text, is kept as written, as ACLED's own numbers are. ACLED's columns keep their types whatever this says.
     * Default: none.
     */
    public Builder doubleColumns(Collection<String> names) {
      names.forEach(n -> doubleColumns.add(Objects.requireNonNull(n, "name")));
      return this;
    }

    /**
     * Rows per row group. A row group carries the minimum and maximum {@code event_date} of its rows, so that readers
     * (DuckDB, pyarrow, Spark) filtering by date skip the groups outside the dates asked for; ACLED exports come
     * sorted by date, so a group holds a few weeks to a few months. Default: {@value #DEFAULT_ROW_GROUP_ROWS}.
     *
     * @throws IllegalArgumentException if {@code rows} is less than 1
     */
    public Builder rowGroupRows(int rows) {
      if (rows < 1) {
        throw new IllegalArgumentException("rows per row group must be at least 1, not " + rows);
      }
      this.rowGroupRows = rows;
      return this;
    }

    public GeoParquetWriter build() {
      return new GeoParquetWriter(this);
    }
  }
}
