package org.sahelevents.io.geoparquet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/**
 * Writes rows of ACLED cells, a point, its model and its spellings as Parquet records, and the {@code geo} metadata of
 * what it wrote when the file ends. Not thread-safe.
 */
final class RowWriteSupport extends WriteSupport<RowWriteSupport.Row> {
  static final String GEOMETRY = "geometry";
  static final String BBOX = "bbox";
  static final String SPELLINGS = "acled_spellings";
  static final String EVENT = "sahel_event";
  static final List<String> OWN_COLUMNS = List.of(GEOMETRY, BBOX, SPELLINGS, EVENT);

  /** One row: typed cell values (null where empty), the point or NaN, spellings and model JSON or null. */
  static final class Row {
    final Object[] values;
    double x = Double.NaN;
    double y = Double.NaN;
    String spellings;
    String event;

    Row(int width) {
      values = new Object[width];
    }
  }

  private final AcledColumns columns;
  private final MessageType schema;
  private final int geometryIndex;
  private RecordConsumer out;
  private final byte[] wkb = new byte[21];
  private double xmin = Double.POSITIVE_INFINITY;
  private double ymin = Double.POSITIVE_INFINITY;
  private double xmax = Double.NEGATIVE_INFINITY;
  private double ymax = Double.NEGATIVE_INFINITY;

  RowWriteSupport(AcledColumns columns) {
    this.columns = columns;
    for (String own : OWN_COLUMNS) {
      if (columns.names().contains(own)) {
        throw new IllegalArgumentException("the layout has a column \"" + own + "\", which GeoParquet output "
            + "uses for itself; rename it");
      }
    }
    List<Type> fields = new ArrayList<>(columns.fields());
    geometryIndex = fields.size();
    fields.add(Types.optional(PrimitiveTypeName.BINARY).named(GEOMETRY));
    fields.add(Types.optionalGroup()
        .required(PrimitiveTypeName.DOUBLE).named("xmin").required(PrimitiveTypeName.DOUBLE).named("ymin")
        .required(PrimitiveTypeName.DOUBLE).named("xmax").required(PrimitiveTypeName.DOUBLE).named("ymax")
        .named(BBOX));
    fields.add(Types.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(SPELLINGS));
    fields.add(Types.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(EVENT));
    schema = new MessageType("acled", fields);
    // Point WKB: little-endian, type 1; only the coordinates change from row to row.
    wkb[0] = 1;
    wkb[1] = 1;
  }

  @Override
  public WriteContext init(Configuration configuration) {
    return new WriteContext(schema, Map.of());
  }

  @Override
  public WriteContext init(ParquetConfiguration configuration) {
    return new WriteContext(schema, Map.of());
  }

  @Override
  public void prepareForWrite(RecordConsumer recordConsumer) {
    out = recordConsumer;
  }

  @Override
  public void write(Row row) {
    out.startMessage();
    for (int i = 0; i < row.values.length; i++) {
      Object value = row.values[i];
      if (value == null) {
        continue;
      }
      String name = columns.names().get(i);
      out.startField(name, i);
      switch (columns.kind(i)) {
        case STRING -> out.addBinary(Binary.fromString((String) value));
        case INT -> out.addInteger((Integer) value);
        case LONG, TIMESTAMP -> out.addLong((Long) value);
        case DOUBLE -> out.addDouble((Double) value);
        case DATE -> out.addInteger((int) ((LocalDate) value).toEpochDay());
      }
      out.endField(name, i);
    }
    if (!Double.isNaN(row.x)) {
      writePoint(row.x, row.y);
    }
    text(SPELLINGS, geometryIndex + 2, row.spellings);
    text(EVENT, geometryIndex + 3, row.event);
    out.endMessage();
  }

  private void writePoint(double x, double y) {
    putDouble(5, x);
    putDouble(13, y);
    out.startField(GEOMETRY, geometryIndex);
    out.addBinary(Binary.fromConstantByteArray(wkb.clone()));
    out.endField(GEOMETRY, geometryIndex);
    out.startField(BBOX, geometryIndex + 1);
    out.startGroup();
    int field = 0;
    for (String name : new String[] {"xmin", "ymin", "xmax", "ymax"}) {
      out.startField(name, field);
      out.addDouble(field % 2 == 0 ? x : y);
      out.endField(name, field++);
    }
    out.endGroup();
    out.endField(BBOX, geometryIndex + 1);
    xmin = Math.min(xmin, x);
    ymin = Math.min(ymin, y);
    xmax = Math.max(xmax, x);
    ymax = Math.max(ymax, y);
  }

  private void putDouble(int at, double value) {
    long bits = Double.doubleToRawLongBits(value);
    for (int i = 0; i < 8; i++) {
      wkb[at + i] = (byte) (bits >>> (8 * i));
    }
  }

  private void text(String name, int index, String value) {
    if (value != null) {
      out.startField(name, index);
      out.addBinary(Binary.fromString(value));
      out.endField(name, index);
    }
  }

  @Override
  public FinalizedWriteContext finalizeWrite() {
    boolean any = xmin <= xmax;
    Map<String, String> metadata = new HashMap<>();
    metadata.put(GeoMetadata.GEO, GeoMetadata.geo(GEOMETRY, any ? List.of("Point") : List.of(),
        any ? new double[] {xmin, ymin, xmax, ymax} : null, BBOX));
    metadata.put(GeoMetadata.LAYOUT, GeoMetadata.layout(columns.layout()));
    return new FinalizedWriteContext(metadata);
  }
}
