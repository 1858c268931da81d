package org.sahelevents.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.sahelevents.io.acled.AcledLayout;
import org.sahelevents.io.acled.geojson.AcledFeatures;
import org.sahelevents.io.acled.geojson.ModelProperty;
import org.sahelevents.io.geojson.GeoJson;
import org.sahelevents.io.geojson.GeoJsonWriter;

/**
 * Writes datasets of {@link AcledSchema#RECORDS} rows: GeoJSON text sequences (RFC 8142) through this library's
 * {@link AcledFeatures} and {@link GeoJsonWriter}, one {@code part-NNNNN.geojsons} file per partition, the same
 * features as {@code sahel-events convert} writes for the same records in the same layout; and Parquet with the
 * {@code geometry} column as WKB.
 *
 * <pre>{@code
 * AcledDatasets acled = AcledSpark.read(spark, "mali.csv");
 * AcledSpark.writer().layout(acled.layout()).build().writeGeoJsonSequences(acled.records(), "out/geojsons");
 * AcledSpark.writer().build().writeParquet(acled.records(), "out/parquet");
 * }</pre>
 *
 * <p>Instances are immutable, thread-safe and serializable.
 */
public final class AcledSparkWriter implements Serializable {
  private static final long serialVersionUID = 1L;

  private final List<Object> layout;
  private final List<String> numericColumns;
  private final ModelProperty model;

  private AcledSparkWriter(Builder b) {
    this.layout = AcledDatasets.parts(b.layout);
    this.numericColumns = List.copyOf(b.numericColumns);
    this.model = b.model;
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Writes each partition's records as one GeoJSON text sequence file in {@code dir}, then {@code _SUCCESS}. A row's
   * extra columns become properties when the layout names them.
   *
   * @throws IllegalArgumentException if {@code dir} exists
   * @throws UncheckedIOException if {@code dir} cannot be made
   */
  public void writeGeoJsonSequences(Dataset<Row> records, String dir) {
    SparkSession spark = records.sparkSession();
    Path out = new Path(dir);
    try {
      FileSystem fs = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (fs.exists(out)) {
        throw new IllegalArgumentException(dir + ": exists; choose a new directory");
      }
      fs.mkdirs(out);
      records.foreachPartition(new WritePart(this, dir));
      fs.create(new Path(out, "_SUCCESS")).close();
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes records as Parquet in {@code dir}, every column of {@link AcledSchema#RECORDS} included, the point as WKB
   * in {@code geometry}.
   *
   * @throws org.apache.spark.sql.AnalysisException (unchecked in Java) if {@code dir} exists
   */
  public void writeParquet(Dataset<Row> records, String dir) {
    records.write().parquet(dir);
  }

  /** Writes one partition's rows, each as the record it holds, to one sequence file. */
  private static final class WritePart implements ForeachPartitionFunction<Row> {
    private static final long serialVersionUID = 1L;
    private final AcledSparkWriter writer;
    private final String dir;

    WritePart(AcledSparkWriter writer, String dir) {
      this.writer = writer;
      this.dir = dir;
    }

    @Override
    public void call(Iterator<Row> rows) throws IOException {
      if (!rows.hasNext()) {
        return;
      }
      AcledLayout layout = AcledDatasets.fromParts(writer.layout);
      Path file = new Path(dir, String.format("part-%05d.geojsons", TaskContext.getPartitionId()));
      try (OutputStream stream = file.getFileSystem(new Configuration()).create(file, true);
           GeoJsonWriter.Output output = GeoJson.sequenceWriter().build().open(stream)) {
        AcledFeatures.Output features = AcledFeatures.builder().layout(layout).numericColumns(writer.numericColumns)
            .model(writer.model).build().on(output);
        while (rows.hasNext()) {
          features.write(RecordRows.toRecord(rows.next()));
        }
      }
    }
  }

  /** Configures an {@link AcledSparkWriter}. Not thread-safe; the writer it builds is. */
  public static final class Builder {
    private AcledLayout layout = AcledLayout.current();
    private final List<String> numericColumns = new ArrayList<>();
    private ModelProperty model = ModelProperty.OMIT;

    private Builder() {}

    /**
     * The columns of every feature, in order, with their date and actor type styles; pass
     * {@link AcledDatasets#layout()} to keep the files' columns. Default: {@link AcledLayout#current()}.
     */
    public Builder layout(AcledLayout layout) {
      this.layout = Objects.requireNonNull(layout, "layout");
      return this;
    }

    /** Extra columns of the layout whose cells are numbers, written as JSON numbers. Default: none. */
    public Builder numericColumns(Collection<String> headers) {
      headers.forEach(h -> numericColumns.add(Objects.requireNonNull(h, "header")));
      return this;
    }

    /** Whether features carry the event's model in {@code sahel:event}. Default: {@link ModelProperty#OMIT}. */
    public Builder model(ModelProperty model) {
      this.model = Objects.requireNonNull(model, "model");
      return this;
    }

    public AcledSparkWriter build() {
      return new AcledSparkWriter(this);
    }
  }
}
