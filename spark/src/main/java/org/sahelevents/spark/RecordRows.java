package org.sahelevents.spark;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;
import org.sahelevents.core.DataLocation;
import org.sahelevents.core.DataProblem;
import org.sahelevents.io.acled.AcledCells;
import org.sahelevents.io.acled.AcledColumn;
import org.sahelevents.io.acled.AcledLayout;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.AcledRejectedRow;
import org.sahelevents.io.acled.ActorTypeStyle;
import org.sahelevents.io.acled.CsvLines;
import org.sahelevents.io.acled.DateStyle;
import org.sahelevents.io.acled.LineEnding;
import org.sahelevents.io.acled.SpellingPolicy;
import org.sahelevents.io.acled.SpreadsheetSafety;

/**
 * ACLED records and problems as rows of {@link AcledSchema}, and rows back as the cells {@code AcledReader} reads:
 * the one place where a record's values become typed Spark values. Stateless and thread-safe.
 */
final class RecordRows {
  /** Every column ACLED has published, so that one schema holds the records of every layout. */
  static final AcledLayout ALL_COLUMNS = AcledLayout.of(
      Arrays.stream(AcledColumn.values()).map(AcledColumn::header).toList(), null, DateStyle.ISO, ActorTypeStyle.TEXT);

  private static final AcledColumn[] COLUMNS = AcledColumn.values();
  private static final AcledCells CELLS = AcledCells.forLayout(ALL_COLUMNS, SpellingPolicy.NORMALIZE);
  private static final GeometryFactory GEOMETRIES = new GeometryFactory();
  private static final int EXTRA = COLUMNS.length;

  private RecordRows() {}

  /** A record as a row of {@link AcledSchema#RECORDS}. */
  static Row record(AcledRecord record, String file) {
    List<String> cells = CELLS.cells(record);
    Object[] values = new Object[AcledSchema.RECORDS.size()];
    for (int i = 0; i < COLUMNS.length; i++) {
      values[i] = value(COLUMNS[i], cells.get(i), record);
    }
    double lon = record.longitude().doubleValue();
    double lat = record.latitude().doubleValue();
    values[EXTRA] = scalaMap(record.extraColumns());
    values[EXTRA + 1] = lon;
    values[EXTRA + 2] = lat;
    values[EXTRA + 3] = wkb(lon, lat);
    values[EXTRA + 4] = file;
    DataLocation origin = record.origin().orElse(null);
    values[EXTRA + 5] = origin == null || !origin.isLine() ? null : origin.line().getAsLong();
    values[EXTRA + 6] = origin == null ? null : origin.pointer().orElse(null);
    return RowFactory.create(values);
  }

  private static Object value(AcledColumn column, String cell, AcledRecord record) {
    if (column == AcledColumn.EVENT_DATE) {
      return Date.valueOf(record.eventDate());
    }
    if (cell.isEmpty()) {
      return null;
    }
    var type = AcledSchema.typeOf(column);
    if (type.equals(DataTypes.IntegerType)) {
      return Integer.valueOf(cell);
    }
    return type.equals(DataTypes.LongType) ? (Object) Long.valueOf(cell) : cell;
  }

  /** A point as little-endian 2D WKB. */
  static byte[] wkb(double lon, double lat) {
    return new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(GEOMETRIES.createPoint(new Coordinate(lon, lat)));
  }

  /** A rejected row's problems as rows of {@link AcledSchema#PROBLEMS}. */
  static List<Row> rejected(AcledRejectedRow row) {
    String raw = row.raw().orElseGet(() -> row.cells().isEmpty() ? null
        : CsvLines.line(row.cells(), SpreadsheetSafety.OFF, LineEnding.LF).stripTrailing());
    List<Row> rows = new ArrayList<>();
    row.problems().forEach(p -> rows.add(problem(p, true, raw)));
    return rows;
  }

  /** A problem as a row of {@link AcledSchema#PROBLEMS}. */
  static Row problem(DataProblem p, boolean rowRejected, String rawRow) {
    DataLocation at = p.location();
    return RowFactory.create(p.source(), at.isLine() ? at.line().getAsLong() : null, at.pointer().orElse(null),
        p.column().orElse(null), p.rawValue().orElse(null), p.reason(), p.severity().name(), p.toString(),
        rowRejected, rawRow);
  }

  /**
   * A row of {@link AcledSchema#RECORDS} as cells under the headers of every ACLED column, then the given extra
   * headers (blank where the row has none), in that order: what {@code AcledReader} reads back as the record.
   */
  static Map<String, String> cells(Row row, List<String> extraNames) {
    Map<String, String> cells = new LinkedHashMap<>();
    for (int i = 0; i < COLUMNS.length; i++) {
      Object v = row.get(i);
      cells.put(COLUMNS[i].header(), v == null ? "" : v instanceof Date d ? d.toLocalDate().toString()
          : v instanceof LocalDate ld ? ld.toString() : v.toString());
    }
    Map<String, String> extras = row.getJavaMap(EXTRA);
    for (String h : extraNames) {
      cells.put(h, extras.getOrDefault(h, ""));
    }
    return cells;
  }

  // Spark's row encoder takes Scala maps; JavaConverters exists in Scala 2.12 and 2.13 alike.
  @SuppressWarnings("deprecation")
  private static scala.collection.Map<String, String> scalaMap(Map<String, String> map) {
    return scala.collection.JavaConverters.mapAsScalaMap(map);
  }
}
