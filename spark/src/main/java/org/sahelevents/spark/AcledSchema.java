package org.sahelevents.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.sahelevents.io.acled.AcledColumn;

/**
 * The schemas of the datasets {@link AcledSparkReader} returns: one for accepted ACLED records, one for problems.
 *
 * <p>{@link #RECORDS} has one column per column ACLED has ever published ({@link AcledColumn}), under its current
 * name and in {@link AcledColumn}'s order, null where a file did not have it:
 * <ul>
 *   <li>{@code event_date}: {@code date};</li>
 *   <li>{@code year}, {@code time_precision}, {@code iso}, {@code geo_precision}, {@code fatalities}, {@code gwno}:
 *     {@code int};</li>
 *   <li>{@code timestamp}, {@code data_id}, {@code event_id_no_cnty}: {@code bigint};</li>
 *   <li>{@code latitude}, {@code longitude}: {@code string}, the digits as the file wrote them (a double would lose
 *     {@code 14.5000}'s precision);</li>
 *   <li>every other column: {@code string}, as this library writes it (text actor types and interactions, lists
 *     joined by {@code "; "}, {@code disorder_type} and {@code interaction} filled in when the file had no such
 *     column);</li>
 * </ul>
 * then {@code extra_columns} ({@code map<string,string>}: columns ACLED never had, by header), {@code lon} and
 * {@code lat} ({@code double}, WGS84 degrees), {@code geometry} (the point as little-endian 2D WKB, for Apache Sedona
 * and GeoParquet readers), {@code source_file} (the file's path, without {@code file:} for local files),
 * {@code source_line} (the line the row starts on, for CSV) and {@code source_pointer} (the row's JSON pointer, for
 * the API's JSON).
 *
 * <p>{@link #PROBLEMS} has one row per problem (a {@code DataProblem}): {@code source_file}, {@code line},
 * {@code pointer}, {@code column}, {@code raw_value}, {@code reason}, {@code severity} ({@code ERROR} or
 * {@code WARNING}), {@code message} (the located message the tool prints, such as
 * {@code mali.csv:12: column latitude: "95.2" must be between -90 and 90}), {@code row_rejected} (whether the row
 * was rejected; false for a warning on a kept row) and {@code raw_row} (a rejected row's text: its cells as one CSV
 * line, or the original text when it could not be split into cells).
 *
 * <p>Immutable and thread-safe: constants only.
 */
public final class AcledSchema {
  /** Columns ACLED writes as whole numbers that can exceed an {@code int}. */
  private static final Set<AcledColumn> LONGS = Set.of(AcledColumn.TIMESTAMP, AcledColumn.DATA_ID,
      AcledColumn.EVENT_ID_NO_CNTY);
  /** Numeric columns kept as text, so that no digit is lost. */
  private static final Set<AcledColumn> DIGITS = Set.of(AcledColumn.LATITUDE, AcledColumn.LONGITUDE);

  /** Extra columns by header. */
  public static final String EXTRA_COLUMNS = "extra_columns";
  /** Longitude in degrees, as a double. */
  public static final String LON = "lon";
  /** Latitude in degrees, as a double. */
  public static final String LAT = "lat";
  /** The point as WKB. */
  public static final String GEOMETRY = "geometry";
  /** The file a row or problem comes from. */
  public static final String SOURCE_FILE = "source_file";
  /** The line a CSV row starts on. */
  public static final String SOURCE_LINE = "source_line";
  /** The JSON pointer of an API row. */
  public static final String SOURCE_POINTER = "source_pointer";

  /** Accepted ACLED records. */
  public static final StructType RECORDS = records();

  /** Problems: errors of rejected rows and warnings of kept ones. */
  public static final StructType PROBLEMS = new StructType(new StructField[] {
      DataTypes.createStructField(SOURCE_FILE, DataTypes.StringType, false),
      DataTypes.createStructField("line", DataTypes.LongType, true),
      DataTypes.createStructField("pointer", DataTypes.StringType, true),
      DataTypes.createStructField("column", DataTypes.StringType, true),
      DataTypes.createStructField("raw_value", DataTypes.StringType, true),
      DataTypes.createStructField("reason", DataTypes.StringType, false),
      DataTypes.createStructField("severity", DataTypes.StringType, false),
      DataTypes.createStructField("message", DataTypes.StringType, false),
      DataTypes.createStructField("row_rejected", DataTypes.BooleanType, false),
      DataTypes.createStructField("raw_row", DataTypes.StringType, true)});

  private AcledSchema() {}

  /** The Spark type of an ACLED column in {@link #RECORDS}. */
  public static DataType typeOf(AcledColumn column) {
    if (column == AcledColumn.EVENT_DATE) {
      return DataTypes.DateType;
    }
    if (!column.isNumeric() || DIGITS.contains(column)) {
      return DataTypes.StringType;
    }
    return LONGS.contains(column) ? DataTypes.LongType : DataTypes.IntegerType;
  }

  private static StructType records() {
    List<StructField> fields = new ArrayList<>();
    for (AcledColumn column : AcledColumn.values()) {
      boolean required = column == AcledColumn.EVENT_ID_CNTY || column == AcledColumn.EVENT_DATE;
      fields.add(DataTypes.createStructField(column.header(), typeOf(column), !required));
    }
    fields.add(DataTypes.createStructField(EXTRA_COLUMNS,
        DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false), false));
    fields.add(DataTypes.createStructField(LON, DataTypes.DoubleType, false));
    fields.add(DataTypes.createStructField(LAT, DataTypes.DoubleType, false));
    fields.add(DataTypes.createStructField(GEOMETRY, DataTypes.BinaryType, false));
    fields.add(DataTypes.createStructField(SOURCE_FILE, DataTypes.StringType, false));
    fields.add(DataTypes.createStructField(SOURCE_LINE, DataTypes.LongType, true));
    fields.add(DataTypes.createStructField(SOURCE_POINTER, DataTypes.StringType, true));
    return new StructType(fields.toArray(StructField[]::new));
  }
}
