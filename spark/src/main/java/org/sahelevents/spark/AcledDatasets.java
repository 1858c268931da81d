package org.sahelevents.spark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.sahelevents.io.acled.AcledColumn;
import org.sahelevents.io.acled.AcledLayout;
import org.sahelevents.io.acled.ActorTypeStyle;
import org.sahelevents.io.acled.DateStyle;

/**
 * What {@link AcledSparkReader} read from a set of ACLED files: the accepted records, every problem, and the layout
 * to write the records back in.
 *
 * <p>Nothing is lost: every row read is a record of {@link #records()} or a rejected row of {@link #rejectedRows()},
 * and a rejected row's problems in {@link #problems()} keep its text.
 *
 * <p>The files are parsed once, by one pass that gives their layouts, records and problems together, kept by Spark
 * (in memory, spilling to disk) for every dataset and action that uses them; {@link #unpersist()} frees them.
 *
 * <p>Instances are immutable and thread-safe (Spark's datasets are).
 */
public final class AcledDatasets {
  private final Dataset<Row> parsed;
  private final Dataset<Row> records;
  private final Dataset<Row> problems;

  AcledDatasets(Dataset<Row> parsed) {
    this.parsed = parsed;
    this.records = ParsedFiles.records(parsed);
    this.problems = ParsedFiles.problems(parsed);
  }

  /** The accepted records, one row each, in {@link AcledSchema#RECORDS}. */
  public Dataset<Row> records() {
    return records;
  }

  /** Every problem (errors of rejected rows, warnings of kept and rejected rows), in {@link AcledSchema#PROBLEMS}. */
  public Dataset<Row> problems() {
    return problems;
  }

  /** The rejected rows, one each: {@code source_file}, {@code line}, {@code pointer} and {@code raw_row}. */
  public Dataset<Row> rejectedRows() {
    return problems.filter(functions.col("row_rejected"))
        .select(AcledSchema.SOURCE_FILE, "line", "pointer", "raw_row").distinct();
  }

  /**
   * The layout the files were written in, as their headers give it: the files' layout when they share one, else the first file's columns followed by the other files' columns it lacks, in the first file's date and
   * actor type styles. Writers use it so that features carry the columns a file had, as the tool writes them.
   */
  public AcledLayout layout() {
    List<List<Object>> all = ParsedFiles.layouts(parsed);
    if (all.isEmpty()) {
      return AcledLayout.current();
    }
    AcledLayout first = fromParts(all.get(0));
    List<String> headers = new ArrayList<>();
    Set<Object> seen = new HashSet<>();
    for (List<Object> parts : all) {
      AcledLayout layout = fromParts(parts);
      for (int i = 0; i < layout.headers().size(); i++) {
        AcledColumn column = layout.columns().get(i);
        if (seen.add(column != null ? column : layout.names().get(i))) {
          headers.add(layout.headers().get(i));
        }
      }
    }
    if (headers.size() == first.headers().size()) {
      return first;
    }
    return AcledLayout.of(headers, null, first.dateStyle(), first.actorTypeStyle());
  }

  /**
   * Frees what Spark keeps of the parsed files; the datasets stay usable, and an action then parses the files again.
   */
  public void unpersist() {
    parsed.unpersist();
  }

  /** A layout as serializable parts: headers, HXL tags or null, date style, actor type style. */
  static List<Object> parts(AcledLayout layout) {
    List<Object> parts = new ArrayList<>();
    parts.add(new ArrayList<>(layout.headers()));
    parts.add(layout.hxlTags().map(ArrayList::new).orElse(null));
    parts.add(layout.dateStyle().name());
    parts.add(layout.actorTypeStyle().name());
    return parts;
  }

  @SuppressWarnings("unchecked")
  static AcledLayout fromParts(List<Object> parts) {
    return AcledLayout.of((List<String>) parts.get(0), (List<String>) parts.get(1),
        DateStyle.valueOf((String) parts.get(2)), ActorTypeStyle.valueOf((String) parts.get(3)));
  }
}
