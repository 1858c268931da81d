package org.sahelevents.io.geoparquet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.parquet.format.ConvertedType;
import org.apache.parquet.format.DateType;
import org.apache.parquet.format.FieldRepetitionType;
import org.apache.parquet.format.LogicalType;
import org.apache.parquet.format.MilliSeconds;
import org.apache.parquet.format.SchemaElement;
import org.apache.parquet.format.StringType;
import org.apache.parquet.format.TimeUnit;
import org.apache.parquet.format.TimestampType;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.sahelevents.io.acled.AcledColumn;
import org.sahelevents.io.acled.AcledLayout;
import org.sahelevents.io.acled.DateStyle;

/**
 * The Parquet columns of an ACLED layout: one column per cell, named as {@link AcledLayout#names()} names it, typed
 * by what ACLED's column holds (an extra column as text, or as a double where the writer was told so), and the
 * conversions between a cell's text and the column's value. A cell whose text the typed value does not give back
 * exactly ({@code "15.0200"}, {@code "3.0"}, a date the layout writes otherwise) is kept as written in the row's
 * spellings, so that no cell changes. Immutable and thread-safe.
 */
final class AcledColumns {
  /** What a column holds. */
  enum Kind {
    STRING, INT, LONG, DOUBLE, DATE, TIMESTAMP;

    /** The layout of the column's values. */
    ColumnPages.Layout layout() {
      return switch (this) {
        case STRING -> ColumnPages.Layout.BINARY;
        case INT, DATE -> ColumnPages.Layout.INT32;
        case LONG, TIMESTAMP -> ColumnPages.Layout.INT64;
        case DOUBLE -> ColumnPages.Layout.DOUBLE;
      };
    }

    /** The schema's element of an optional column of this kind. */
    SchemaElement element(String name) {
      SchemaElement element = new SchemaElement(name).setType(layout().type())
          .setRepetition_type(FieldRepetitionType.OPTIONAL);
      return switch (this) {
        case STRING -> element.setConverted_type(ConvertedType.UTF8)
            .setLogicalType(LogicalType.STRING(new StringType()));
        case INT, LONG, DOUBLE -> element;
        case DATE -> element.setConverted_type(ConvertedType.DATE).setLogicalType(LogicalType.DATE(new DateType()));
        // The deprecated annotation says UTC as well: it has no other.
        case TIMESTAMP -> element.setConverted_type(ConvertedType.TIMESTAMP_MILLIS)
            .setLogicalType(LogicalType.TIMESTAMP(new TimestampType(true, TimeUnit.MILLIS(new MilliSeconds()))));
      };
    }

    /**
     * The value of a cell's text in this column: a String, Integer, Long (for {@link #TIMESTAMP} epoch milliseconds),
     * Double or LocalDate; null for an empty cell or a text the type cannot hold. A date is the record's, whose
     * cell is written in the layout's date style.
     */
    Object parse(String cell, LocalDate eventDate) {
      if (cell.isEmpty()) {
        return null;
      }
      try {
        return switch (this) {
          case STRING -> cell;
          case INT -> Integer.valueOf(cell);
          case LONG -> Long.valueOf(cell);
          case DOUBLE -> Double.valueOf(cell);
          case DATE -> eventDate;
          case TIMESTAMP -> Math.multiplyExact(Long.parseLong(cell), 1000L);
        };
      } catch (RuntimeException notOfThisType) {
        // Kept as written in the row's spellings; the typed column is null there.
        return null;
      }
    }

    /** The text of a value as {@link #parse} reads it back; {@code ""} for null. */
    String text(Object value, DateStyle dates) {
      if (value == null) {
        return "";
      }
      return switch (this) {
        case STRING, INT, LONG -> value.toString();
        case DOUBLE -> doubleText((Double) value);
        case DATE -> dates.format((LocalDate) value);
        case TIMESTAMP -> Long.toString(Math.floorDiv((Long) value, 1000L));
      };
    }
  }

  /**
   * A double's text in plain notation: {@code BigDecimal.valueOf(d).toPlainString()}, which is Double's own text where
   * that has no exponent (from 0.001 to 10 million), at a third of the cost.
   */
  static String doubleText(double d) {
    double magnitude = Math.abs(d);
    return magnitude >= 1e-3 && magnitude < 1e7 ? Double.toString(d) : BigDecimal.valueOf(d).toPlainString();
  }

  private static final Set<AcledColumn> INTS = Set.of(AcledColumn.YEAR, AcledColumn.TIME_PRECISION, AcledColumn.ISO,
      AcledColumn.GEO_PRECISION, AcledColumn.FATALITIES, AcledColumn.GWNO);
  private static final Set<AcledColumn> LONGS = Set.of(AcledColumn.DATA_ID, AcledColumn.EVENT_ID_NO_CNTY);

  private final AcledLayout layout;
  private final List<String> names;
  private final Kind[] kinds;
  // Per position, ACLED's column there, or null for an extra column.
  private final AcledColumn[] known;

  AcledColumns(AcledLayout layout) {
    this(layout, Set.of());
  }

  /**
   * The columns of {@code layout}, the extra columns named in {@code doubles} holding doubles; ACLED's own columns
   * keep their types whatever {@code doubles} says.
   */
  AcledColumns(AcledLayout layout, Set<String> doubles) {
    this.layout = layout;
    this.names = layout.names();
    this.kinds = new Kind[names.size()];
    this.known = new AcledColumn[names.size()];
    List<AcledColumn> columns = layout.columns();
    for (int i = 0; i < kinds.length; i++) {
      AcledColumn column = columns.get(i);
      // A repeated known column is an extra column.
      boolean extra = column == null || columns.indexOf(column) != i;
      known[i] = extra ? null : column;
      kinds[i] = !extra ? kind(column) : doubles.contains(names.get(i)) ? Kind.DOUBLE : Kind.STRING;
    }
  }

  /** The columns of a file written in {@code layout}: its extra columns typed as the file's schema types them. */
  static AcledColumns of(AcledLayout layout, MessageType schema) {
    Set<String> doubles = new HashSet<>();
    for (String name : layout.names()) {
      if (schema.containsField(name) && schema.getType(name).isPrimitive()
          && schema.getType(name).asPrimitiveType().getPrimitiveTypeName() == PrimitiveTypeName.DOUBLE) {
        doubles.add(name);
      }
    }
    return new AcledColumns(layout, doubles);
  }

  private static Kind kind(AcledColumn column) {
    if (column == AcledColumn.EVENT_DATE) {
      return Kind.DATE;
    }
    if (column == AcledColumn.TIMESTAMP) {
      return Kind.TIMESTAMP;
    }
    if (column == AcledColumn.LATITUDE || column == AcledColumn.LONGITUDE) {
      return Kind.DOUBLE;
    }
    return INTS.contains(column) ? Kind.INT : LONGS.contains(column) ? Kind.LONG : Kind.STRING;
  }

  AcledLayout layout() {
    return layout;
  }

  List<String> names() {
    return names;
  }

  int size() {
    return kinds.length;
  }

  Kind kind(int position) {
    return kinds[position];
  }

  /**
   * ACLED's column at a position, or null for an extra column. Every {@link Kind#INT}, {@link Kind#LONG},
   * {@link Kind#TIMESTAMP} and {@link Kind#DATE} column is one of ACLED's.
   */
  AcledColumn column(int position) {
    return known[position];
  }

  /** The schema's elements of the cells, in order. */
  List<SchemaElement> elements() {
    List<SchemaElement> elements = new ArrayList<>(kinds.length);
    for (int i = 0; i < kinds.length; i++) {
      elements.add(kinds[i].element(names.get(i)));
    }
    return elements;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AcledColumns that && layout.equals(that.layout) && Arrays.equals(kinds, that.kinds);
  }

  @Override
  public int hashCode() {
    return layout.hashCode() * 31 + Arrays.hashCode(kinds);
  }
}
