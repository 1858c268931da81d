package org.sahelevents.spark;

import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.core.WarningPolicy;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledJson;
import org.sahelevents.io.acled.AcledReader;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.acled.AcledRejectedRow;
import org.sahelevents.io.acled.AcledValidation;
import scala.Tuple2;

/**
 * Reads ACLED files into Spark datasets with this library's {@link AcledReader}: every layout it knows, its leniency,
 * its severities and its problems, exactly. Files ending in {@code .json} are read as the API's JSON, others as CSV.
 *
 * <p>Each file is read whole by one task, inside {@code mapPartitions}: a quoted note may hold a line break, so a byte
 * offset inside a CSV file does not say where a record starts, and splitting a file could cut a record in two.
 * Parallelism comes from the number of files (ACLED's exports are split by country and year; split a large file at
 * record boundaries with this library first).
 *
 * <pre>{@code
 * AcledDatasets acled = AcledSpark.reader().warnings(WarningPolicy.REJECT).build()
 *     .read(spark, "hdfs:///acled/mali-2024.csv", "hdfs:///acled/burkina-2024.csv");
 * }</pre>
 *
 * <p>Instances are immutable, thread-safe and serializable.
 */
public final class AcledSparkReader implements Serializable {
  private static final long serialVersionUID = 1L;

  private final AcledValidation validation;
  private final WarningPolicy warnings;

  private AcledSparkReader(Builder b) {
    this.validation = b.validation;
    this.warnings = b.warnings;
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * The records and problems of these files, directories or Hadoop globs (any file system Spark reads:
   * {@code file:}, {@code hdfs:}, {@code s3a:}, ...). Nothing is read until a dataset or the layout is used; then one
   * pass over each file gives its layout, records and problems, which Spark keeps for the others.
   *
   * @throws IllegalArgumentException if no path is given or a path holds a comma (Hadoop's path list separator)
   */
  public AcledDatasets read(SparkSession spark, String... paths) {
    Objects.requireNonNull(spark, "spark");
    if (paths.length == 0) {
      throw new IllegalArgumentException("no ACLED file given");
    }
    for (String p : paths) {
      if (p.contains(",")) {
        throw new IllegalArgumentException(p + ": a path with a comma cannot be read by Spark's file list");
      }
    }
    JavaPairRDD<String, PortableDataStream> files = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .binaryFiles(String.join(",", paths));
    JavaRDD<Row> parsed = files.rdd().toJavaRDD().mapPartitions(new Parse(this));
    return new AcledDatasets(spark.createDataFrame(parsed, ParsedFiles.SCHEMA)
        .persist(StorageLevel.MEMORY_AND_DISK()));
  }

  /** The name problems give a file: its path, without the {@code file:} scheme for a local file. */
  static String displayName(String uri) {
    URI u = new Path(uri).toUri();
    return "file".equals(u.getScheme()) ? u.getPath() : uri;
  }

  private AcledRecords open(String uri, InputStream in, Consumer<AcledRejectedRow> onRejected) {
    AcledReader reader = (uri.toLowerCase(Locale.ROOT).endsWith(".json") ? AcledJson.reader() : AcledCsv.reader())
        .badRows(BadRowPolicy.COLLECT).validation(validation).warnings(warnings).build();
    return reader.open(in, displayName(uri), onRejected);
  }

  /**
   * Reads whole files, one after the other, to rows of {@link ParsedFiles#SCHEMA}: each file's layout, then its
   * records and its problems as the reader meets them. Serializable; one per task.
   */
  private static final class Parse implements FlatMapFunction<Iterator<Tuple2<String, PortableDataStream>>, Row> {
    private static final long serialVersionUID = 1L;
    private final AcledSparkReader reader;

    Parse(AcledSparkReader reader) {
      this.reader = reader;
    }

    @Override
    public Iterator<Row> call(Iterator<Tuple2<String, PortableDataStream>> files) {
      return new Iterator<>() {
        private final ArrayDeque<Row> pending = new ArrayDeque<>();
        private AcledRecords current;
        private String file;

        @Override
        public boolean hasNext() {
          while (pending.isEmpty()) {
            if (current != null && current.hasNext()) {
              AcledRecord r = current.next();
              r.warnings().forEach(w -> pending.add(ParsedFiles.problem(RecordRows.problem(w, false, null))));
              pending.add(ParsedFiles.record(RecordRows.record(r, file)));
            } else if (current != null) {
              current.close();
              current = null;
            } else if (files.hasNext()) {
              Tuple2<String, PortableDataStream> next = files.next();
              file = displayName(next._1());
              current = reader.open(next._1(), next._2().open(),
                  rejected -> RecordRows.rejected(rejected).forEach(p -> pending.add(ParsedFiles.problem(p))));
              pending.add(ParsedFiles.layout(file, AcledDatasets.parts(current.layout())));
            } else {
              return false;
            }
          }
          return true;
        }

        @Override
        public Row next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          return pending.poll();
        }
      };
    }
  }

  /** Configures an {@link AcledSparkReader}. Not thread-safe; the reader it builds is. */
  public static final class Builder {
    private AcledValidation validation = AcledValidation.CONSISTENCY;
    private WarningPolicy warnings = WarningPolicy.KEEP;

    private Builder() {}

    /** How much each row is checked, as {@code AcledReader} checks it. Default: {@link AcledValidation#CONSISTENCY}. */
    public Builder validation(AcledValidation level) {
      this.validation = Objects.requireNonNull(level, "level");
      return this;
    }

    /** Whether rows with warnings are kept or rejected. Default: {@link WarningPolicy#KEEP}. */
    public Builder warnings(WarningPolicy policy) {
      this.warnings = Objects.requireNonNull(policy, "policy");
      return this;
    }

    public AcledSparkReader build() {
      return new AcledSparkReader(this);
    }
  }
}
