package org.sahelevents.io.geoparquet;

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
 * Writes the rows of {@link PreparedBatch prepared batches} as Parquet records, handing their values to Parquet as they
 * are, and the {@code geo} metadata of what it wrote when the file ends. Not thread-safe.
 */
final class RowWriteSupport extends WriteSupport<RowWriteSupport.Cursor> {
  static final String GEOMETRY = "geometry";
  static final String BBOX = "bbox";
  static final String SPELLINGS = "acled_spellings";
  static final String EVENT = "sahel_event";
  static final List<String> OWN_COLUMNS = List.of(GEOMETRY, BBOX, SPELLINGS, EVENT);
  private static final String[] BBOX_FIELDS = {"xmin", "ymin", "xmax", "ymax"};

  /** The row to write next: a batch prepared for these columns and a row of it. */
  static final class Cursor {
    PreparedBatch batch;
    int row;
  }

  private final AcledColumns columns;
  private final AcledColumns.Kind[] kinds;
  private final String[] names;
  private final MessageType schema;
  private final int geometryIndex;
  private RecordConsumer out;
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
    kinds = new AcledColumns.Kind[columns.size()];
    for (int i = 0; i < kinds.length; i++) {
      kinds[i] = columns.kind(i);
    }
    names = columns.names().toArray(String[]::new);
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

  /** Counts a batch's points into the file's bounding box. */
  void include(PreparedBatch batch) {
    if (batch.bbox[0] <= batch.bbox[2]) {
      xmin = Math.min(xmin, batch.bbox[0]);
      ymin = Math.min(ymin, batch.bbox[1]);
      xmax = Math.max(xmax, batch.bbox[2]);
      ymax = Math.max(ymax, batch.bbox[3]);
    }
  }

  @Override
  public void write(Cursor cursor) {
    PreparedBatch batch = cursor.batch;
    int r = cursor.row;
    out.startMessage();
    for (int i = 0; i < kinds.length; i++) {
      Object column = batch.values[i];
      if (kinds[i] == AcledColumns.Kind.STRING) {
        binary(names[i], i, ((Binary[]) column)[r]);
      } else if (batch.present[i][r]) {
        out.startField(names[i], i);
        switch (kinds[i]) {
          case INT, DATE -> out.addInteger(((int[]) column)[r]);
          case LONG, TIMESTAMP -> out.addLong(((long[]) column)[r]);
          case DOUBLE -> out.addDouble(((double[]) column)[r]);
          default -> throw new AssertionError(kinds[i]);
        }
        out.endField(names[i], i);
      }
    }
    if (batch.geometry[r] != null) {
      binary(GEOMETRY, geometryIndex, batch.geometry[r]);
      double x = batch.x[r];
      double y = batch.y[r];
      out.startField(BBOX, geometryIndex + 1);
      out.startGroup();
      for (int field = 0; field < BBOX_FIELDS.length; field++) {
        out.startField(BBOX_FIELDS[field], field);
        out.addDouble(field % 2 == 0 ? x : y);
        out.endField(BBOX_FIELDS[field], field);
      }
      out.endGroup();
      out.endField(BBOX, geometryIndex + 1);
    }
    binary(SPELLINGS, geometryIndex + 2, batch.spellings[r]);
    binary(EVENT, geometryIndex + 3, batch.events[r]);
    out.endMessage();
  }

  private void binary(String name, int index, Binary value) {
    if (value != null) {
      out.startField(name, index);
      out.addBinary(value);
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
