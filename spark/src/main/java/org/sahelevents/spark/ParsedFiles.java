package org.sahelevents.spark;

import static org.apache.spark.sql.functions.col;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * What one pass of the reader over ACLED files gives, as rows of one schema: each file's layout, its records and its
 * problems, told apart by a {@code kind} column, so that a file is parsed once for all three. The records' and the
 * problems' datasets are selections of these rows, in {@link AcledSchema#RECORDS} and {@link AcledSchema#PROBLEMS}.
 *
 * <p>Spark cannot make a nullable column non-null again, so each column keeps the nullability its dataset's schema
 * gives it, and a row of another kind fills the non-null columns that are not its own with placeholders that no
 * selection shows. Stateless and thread-safe.
 */
final class ParsedFiles {
  static final byte LAYOUT = 0;
  static final byte RECORD = 1;
  static final byte PROBLEM = 2;

  private static final String KIND = "kind";
  // The problems' columns but source_file, which every kind has, are prefixed: records have columns of those names.
  private static final String PROBLEM_PREFIX = "problem_";
  private static final int RECORDS_AT = 1;
  private static final int RECORDS_WIDTH = AcledSchema.RECORDS.size();
  private static final int SOURCE_FILE_AT = RECORDS_AT + AcledSchema.RECORDS.fieldIndex(AcledSchema.SOURCE_FILE);
  private static final int PROBLEMS_AT = RECORDS_AT + RECORDS_WIDTH;
  private static final int PROBLEMS_WIDTH = AcledSchema.PROBLEMS.size() - 1;
  private static final int LAYOUT_AT = PROBLEMS_AT + PROBLEMS_WIDTH;

  /** The kind, the records' columns, the problems' columns but {@code source_file}, then a layout's parts. */
  static final StructType SCHEMA = schema();

  // The placeholders of the non-null columns in rows of other kinds.
  private static final Object[] NOT_A_RECORD = new Object[SCHEMA.size()];
  private static final Object[] NOT_A_PROBLEM = new Object[SCHEMA.size()];
  private static final Object[] NEITHER = new Object[SCHEMA.size()];

  static {
    placeholders(NOT_A_RECORD, RECORDS_AT, AcledSchema.RECORDS);
    placeholders(NOT_A_PROBLEM, PROBLEMS_AT - 1, AcledSchema.PROBLEMS);
    placeholders(NEITHER, RECORDS_AT, AcledSchema.RECORDS);
    placeholders(NEITHER, PROBLEMS_AT - 1, AcledSchema.PROBLEMS);
  }

  private ParsedFiles() {}

  private static StructType schema() {
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField(KIND, DataTypes.ByteType, false));
    fields.addAll(Arrays.asList(AcledSchema.RECORDS.fields()));
    for (StructField f : AcledSchema.PROBLEMS.fields()) {
      if (!f.name().equals(AcledSchema.SOURCE_FILE)) {
        fields.add(DataTypes.createStructField(PROBLEM_PREFIX + f.name(), f.dataType(), f.nullable()));
      }
    }
    var strings = DataTypes.createArrayType(DataTypes.StringType, false);
    fields.add(DataTypes.createStructField("layout_headers", strings, true));
    fields.add(DataTypes.createStructField("layout_hxl_tags", strings, true));
    fields.add(DataTypes.createStructField("layout_date_style", DataTypes.StringType, true));
    fields.add(DataTypes.createStructField("layout_actor_type_style", DataTypes.StringType, true));
    return new StructType(fields.toArray(StructField[]::new));
  }

  // Fills the non-null columns of one dataset's schema, placed from `at` on in SCHEMA, but source_file.
  private static void placeholders(Object[] values, int at, StructType schema) {
    for (int i = 0; i < schema.size(); i++) {
      StructField f = schema.fields()[i];
      int to = at + i;
      if (f.nullable() || f.name().equals(AcledSchema.SOURCE_FILE)) {
        continue;
      }
      if (f.dataType().equals(DataTypes.StringType)) {
        values[to] = "";
      } else if (f.dataType().equals(DataTypes.DateType)) {
        values[to] = new Date(0);
      } else if (f.dataType().equals(DataTypes.DoubleType)) {
        values[to] = 0.0;
      } else if (f.dataType().equals(DataTypes.BooleanType)) {
        values[to] = false;
      } else if (f.dataType().equals(DataTypes.BinaryType)) {
        values[to] = new byte[0];
      } else if (f.dataType() instanceof MapType) {
        values[to] = RecordRows.scalaMap(Map.of());
      } else {
        throw new IllegalStateException("no placeholder for " + f);
      }
    }
  }

  /** A row of {@link AcledSchema#RECORDS} as a row of {@link #SCHEMA}. */
  static Row record(Row record) {
    Object[] values = NOT_A_PROBLEM.clone();
    values[0] = RECORD;
    for (int i = 0; i < RECORDS_WIDTH; i++) {
      values[RECORDS_AT + i] = record.get(i);
    }
    return RowFactory.create(values);
  }

  /** A row of {@link AcledSchema#PROBLEMS} as a row of {@link #SCHEMA}. */
  static Row problem(Row problem) {
    Object[] values = NOT_A_RECORD.clone();
    values[0] = PROBLEM;
    values[SOURCE_FILE_AT] = problem.get(0);
    for (int i = 1; i < problem.size(); i++) {
      values[PROBLEMS_AT + i - 1] = problem.get(i);
    }
    return RowFactory.create(values);
  }

  /** A file's layout, as {@link AcledDatasets#parts} gives it, as a row of {@link #SCHEMA}. */
  static Row layout(String file, List<Object> parts) {
    Object[] values = NEITHER.clone();
    values[0] = LAYOUT;
    values[SOURCE_FILE_AT] = file;
    values[LAYOUT_AT] = array(parts.get(0));
    values[LAYOUT_AT + 1] = parts.get(1) == null ? null : array(parts.get(1));
    values[LAYOUT_AT + 2] = parts.get(2);
    values[LAYOUT_AT + 3] = parts.get(3);
    return RowFactory.create(values);
  }

  // Spark's row encoder takes arrays or Scala sequences for an array column.
  @SuppressWarnings("unchecked")
  private static String[] array(Object list) {
    return ((List<String>) list).toArray(String[]::new);
  }

  /** The records among the rows, in {@link AcledSchema#RECORDS}. */
  static Dataset<Row> records(Dataset<Row> parsed) {
    Column[] columns = Arrays.stream(AcledSchema.RECORDS.fieldNames()).map(n -> col(n)).toArray(Column[]::new);
    return parsed.filter(col(KIND).equalTo(RECORD)).select(columns);
  }

  /** The problems among the rows, in {@link AcledSchema#PROBLEMS}. */
  static Dataset<Row> problems(Dataset<Row> parsed) {
    Column[] columns = Arrays.stream(AcledSchema.PROBLEMS.fieldNames())
        .map(n -> n.equals(AcledSchema.SOURCE_FILE) ? col(n) : col(PROBLEM_PREFIX + n).as(n)).toArray(Column[]::new);
    return parsed.filter(col(KIND).equalTo(PROBLEM)).select(columns);
  }

  /** The files' layouts, as {@link AcledDatasets#parts} gives them, in the order of the files. */
  static List<List<Object>> layouts(Dataset<Row> parsed) {
    List<List<Object>> layouts = new ArrayList<>();
    for (Row r : parsed.filter(col(KIND).equalTo(LAYOUT))
        .select("layout_headers", "layout_hxl_tags", "layout_date_style", "layout_actor_type_style")
        .collectAsList()) {
      List<Object> parts = new ArrayList<>();
      parts.add(new ArrayList<>(r.<String>getList(0)));
      parts.add(r.isNullAt(1) ? null : new ArrayList<>(r.<String>getList(1)));
      parts.add(r.getString(2));
      parts.add(r.getString(3));
      layouts.add(parts);
    }
    return layouts;
  }
}
