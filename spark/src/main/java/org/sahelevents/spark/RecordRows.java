package org.sahelevents.spark;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;
import org.sahelevents.core.DataLocation;
import org.sahelevents.core.DataProblem;
import org.sahelevents.core.taxonomy.ActorType;
import org.sahelevents.core.taxonomy.DisorderType;
import org.sahelevents.core.taxonomy.EventType;
import org.sahelevents.core.taxonomy.Interaction;
import org.sahelevents.core.taxonomy.SubEventType;
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
 * ACLED records and problems as rows of {@link AcledSchema}, and rows back as records: the one place where a
 * record's values become typed Spark values and back. Stateless and thread-safe.
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
   * A row of {@link AcledSchema#RECORDS} as the record it was made from, for writers: the values of every ACLED column,
   * the extra columns and the layout-free text of the cells, typed again without reading them as a file would.
   * A row made by {@link #record} gives a record equal to the original, with the disorder type its sub-event type
   * implies filled in as the row has it.
   *
   * @throws org.sahelevents.core.taxonomy.UnknownTermException if a row changed after it was read holds a term (an
   *     event type, an actor type, ...) that ACLED does not have
   */
  static AcledRecord toRecord(Row row) {
    AcledRecord.Builder b = AcledRecord.builder();
    b.eventIdCnty(row.getString(AcledColumn.EVENT_ID_CNTY.ordinal()));
    Object date = row.get(AcledColumn.EVENT_DATE.ordinal());
    b.eventDate(date instanceof Date d ? d.toLocalDate() : (LocalDate) date);
    b.year(integer(row, AcledColumn.YEAR));
    b.timePrecision(integer(row, AcledColumn.TIME_PRECISION));
    String disorder = text(row, AcledColumn.DISORDER_TYPE);
    if (disorder != null) {
      b.disorderTypes(DisorderType.parseSet(disorder));
    }
    b.eventType(EventType.parse(row.getString(AcledColumn.EVENT_TYPE.ordinal())));
    String sub = text(row, AcledColumn.SUB_EVENT_TYPE);
    if (sub != null) {
      b.subEventType(SubEventType.parse(sub));
    }
    b.actor1(row.getString(AcledColumn.ACTOR1.ordinal()));
    b.assocActor1(list(row, AcledColumn.ASSOC_ACTOR_1));
    b.inter1(ActorType.parse(text(row, AcledColumn.INTER1)));
    b.actor2(Optional.ofNullable(text(row, AcledColumn.ACTOR2)));
    b.assocActor2(list(row, AcledColumn.ASSOC_ACTOR_2));
    b.inter2(ActorType.parse(text(row, AcledColumn.INTER2)));
    String interaction = text(row, AcledColumn.INTERACTION);
    if (interaction != null) {
      b.interaction(Interaction.parse(interaction));
    }
    b.civilianTargeting(text(row, AcledColumn.CIVILIAN_TARGETING) != null);
    b.iso(integer(row, AcledColumn.ISO));
    b.region(Optional.ofNullable(text(row, AcledColumn.REGION)));
    b.country(row.getString(AcledColumn.COUNTRY.ordinal()));
    b.admin1(Optional.ofNullable(text(row, AcledColumn.ADMIN1)));
    b.admin2(Optional.ofNullable(text(row, AcledColumn.ADMIN2)));
    b.admin3(Optional.ofNullable(text(row, AcledColumn.ADMIN3)));
    b.location(row.getString(AcledColumn.LOCATION.ordinal()));
    b.latitude(new BigDecimal(row.getString(AcledColumn.LATITUDE.ordinal())));
    b.longitude(new BigDecimal(row.getString(AcledColumn.LONGITUDE.ordinal())));
    b.geoPrecision(integer(row, AcledColumn.GEO_PRECISION));
    b.sources(list(row, AcledColumn.SOURCE));
    b.sourceScale(Optional.ofNullable(text(row, AcledColumn.SOURCE_SCALE)));
    b.notes(Optional.ofNullable(text(row, AcledColumn.NOTES)));
    b.fatalities(row.getInt(AcledColumn.FATALITIES.ordinal()));
    b.tags(list(row, AcledColumn.TAGS));
    b.timestamp(longValue(row, AcledColumn.TIMESTAMP));
    b.dataId(longValue(row, AcledColumn.DATA_ID));
    b.eventIdNoCnty(longValue(row, AcledColumn.EVENT_ID_NO_CNTY));
    b.iso3(Optional.ofNullable(text(row, AcledColumn.ISO3)));
    b.gwno(integer(row, AcledColumn.GWNO));
    b.putAllExtraColumns(row.<String, String>getJavaMap(EXTRA));
    return b.build();
  }

  // A cell of text, null when the record has no value there.
  private static String text(Row row, AcledColumn column) {
    String text = row.getString(column.ordinal());
    return text == null || text.isEmpty() ? null : text;
  }

  private static OptionalInt integer(Row row, AcledColumn column) {
    int i = column.ordinal();
    return row.isNullAt(i) ? OptionalInt.empty() : OptionalInt.of(row.getInt(i));
  }

  private static OptionalLong longValue(Row row, AcledColumn column) {
    int i = column.ordinal();
    return row.isNullAt(i) ? OptionalLong.empty() : OptionalLong.of(row.getLong(i));
  }

  // Lists are joined by "; " in the row, and no item holds a ';' (the reader splits cells on it).
  private static List<String> list(Row row, AcledColumn column) {
    String cell = text(row, column);
    if (cell == null) {
      return List.of();
    }
    return cell.indexOf(';') < 0 ? List.of(cell) : List.of(cell.split("; ", -1));
  }

  // Spark's row encoder takes Scala maps; JavaConverters exists in Scala 2.12 and 2.13 alike.
  @SuppressWarnings("deprecation")
  static scala.collection.Map<String, String> scalaMap(Map<String, String> map) {
    return scala.collection.JavaConverters.mapAsScalaMap(map);
  }
}
