package org.sahelevents.io.geojson;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * Writes features as RFC 7946 GeoJSON, streaming, in constant memory: a FeatureCollection ({@link GeoJson#writer()})
 * or a text sequence ({@link GeoJson#sequenceWriter()}). Output follows every writer rule of RFC 7946: UTF-8 without
 * BOM; longitude first; no {@code crs}; exterior rings counter-clockwise and holes clockwise; {@code id} at feature
 * level as a string or number; {@code geometry} and {@code properties} always present (null when absent);
 * coordinates rounded to {@value #DEFAULT_PRECISION} decimals (about 10 cm) by default, in plain notation, with
 * positions that rounding made equal written once; {@code bbox} computed from the written coordinates.
 *
 * <p>Instances are immutable and thread-safe; each {@code open} writes one output.
 */
public final class GeoJsonWriter {
  /** Decimals of coordinates by default: 6, about 10 cm, as RFC 7946 section 11.2 suggests. */
  public static final int DEFAULT_PRECISION = 6;

  private final boolean sequence;
  private final int precision;
  private final BboxStyle bbox;
  private final RecordSeparator separator;
  // Streaming only: Jackson's data binding is loaded when a JSON tree is first written (see Trees), which keeps a
  // table conversion's start-up short.
  private final JsonFactory factory = JsonFactory.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  private GeoJsonWriter(Builder b) {
    this.sequence = b.sequence;
    this.precision = b.precision;
    this.bbox = b.bbox;
    this.separator = b.separator;
  }

  static Builder builder(boolean sequence) {
    return new Builder(sequence);
  }

  /** Opens a file for writing, replacing it. */
  public Output open(Path file) {
    try {
      return open(Files.newOutputStream(file));
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  /** Opens a byte stream, written as UTF-8; closing the output closes it. */
  public Output open(OutputStream out) {
    try {
      // Jackson's byte generator encodes UTF-8 itself, which is cheaper than a Writer over an encoder.
      OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
      return new Output(factory.createGenerator(buffered, JsonEncoding.UTF8), buffered, buffered);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * An output that keeps its features in memory until they are {@link Output#append appended} to an output of this
   * writer, so that several threads can each format features for one output, which one thread writes in order. It
   * writes exactly what the output would have written for the same features. A feature the batch cannot write is
   * reported with its index in the batch ({@code /features/0} is the batch's first), and the batch stays usable.
   */
  public Output batch() {
    try {
      FeatureBytes bytes = new FeatureBytes();
      return new Output(factory.createGenerator(bytes, JsonEncoding.UTF8), bytes, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // The bytes of a batch, told apart from a destination by their class.
  private static final class FeatureBytes extends ByteArrayOutputStream {
    FeatureBytes() {
      super(1 << 16);
    }
  }

  /** Opens a character stream; closing the output closes it. */
  public Output open(Writer out) {
    try {
      Writer buffered = new BufferedWriter(out, 1 << 16);
      return new Output(factory.createGenerator(buffered), buffered, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // Holds the mapper that writes JSON trees, created on first use.
  private static final class Trees {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    static void write(JsonGenerator g, JsonNode tree) throws IOException {
      MAPPER.writeTree(g, tree);
    }
  }

  private static final char[] NO_CHARS = {};

  private record TableRow(PropertyColumns columns, List<String> cells) {}

  /** Writes features to one destination, or keeps them as a {@link GeoJsonWriter#batch() batch}. Not thread-safe. */
  public final class Output implements AutoCloseable {
    private final Closeable out;
    private final JsonGenerator g;
    // The generator's own byte stream, where assembled rows go; null when it writes characters.
    private final OutputStream bytesOut;
    private final RowJson rowJson = new RowJson();
    private final GeometryWriter geometries = new GeometryWriter(precision);
    private final double[] collectionBounds = new double[6];
    private boolean collectionHasBounds;
    private boolean collectionHasZ;
    private boolean started;
    private long written;
    // Where a batch keeps its features; null for an output to a destination.
    private final FeatureBytes batchBytes;

    private Output(JsonGenerator g, Closeable out, OutputStream bytesOut) {
      this.out = out;
      this.g = g;
      this.bytesOut = bytesOut;
      this.batchBytes = out instanceof FeatureBytes bytes ? bytes : null;
      // Flushing is left to close: a flush per sequence record would be a system call per record.
      g.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
      g.setRootValueSeparator(null);
    }

    /**
     * Writes one feature.
     *
     * @throws GeoJsonException if its geometry cannot be written as valid GeoJSON at this precision (a ring that
     *     rounding collapses, a coordinate that is not finite)
     */
    public Output write(GeoJsonFeature feature) {
      if (sequence && feature.isBareGeometry() && feature.geometryRef() != null) {
        return record(feature.geometryRef(), () -> geometries.write(g, feature.geometryRef()));
      }
      return record(feature.geometryRef(), () -> writeFeature(feature.id().orElse(null), feature.geometryRef(),
          feature.propertiesRef(), feature.foreignMembers()));
    }

    /**
     * Writes one table row as a feature: the fastest way to write many rows, since the property names are encoded
     * once in {@code columns}. A {@code null} cell leaves its property out; see {@link PropertyColumns} for how
     * cells are typed.
     *
     * @param id the feature's id, or {@code null} for none
     * @param geometry the geometry, or {@code null}
     * @param cells one per column, in the columns' order
     * @throws IllegalArgumentException if the cells do not match the columns
     * @throws GeoJsonException if the geometry cannot be written as valid GeoJSON at this precision
     */
    public Output writeRow(String id, Geometry geometry, PropertyColumns columns, List<String> cells) {
      return row(id, geometry, columns, cells);
    }

    /** As {@link #writeRow(String, Geometry, PropertyColumns, List)}, with a numeric id. */
    public Output writeRow(BigDecimal id, Geometry geometry, PropertyColumns columns, List<String> cells) {
      return row(id, geometry, columns, cells);
    }

    private Output row(Object id, Geometry geometry, PropertyColumns columns, List<String> cells) {
      if (cells.size() != columns.quotedNames.length) {
        throw new IllegalArgumentException(cells.size() + " cells for " + columns.quotedNames.length + " columns");
      }
      return record(geometry, () -> writeRow(id, geometry, columns, cells));
    }

    // A row with a point, or no geometry, is assembled whole; other geometries are written token by token.
    private void writeRow(Object id, Geometry geometry, PropertyColumns columns, List<String> cells)
        throws IOException {
      if (geometry == null) {
        rowJson.feature(id, null, 0, columns, cells);
      } else if (geometries.hasPreparedPoint()) {
        rowJson.feature(id, geometries.pointJson(), geometries.pointJsonLength(), columns, cells);
        geometries.takePoint();
      } else {
        writeFeature(id, geometry, new TableRow(columns, cells), Map.of());
        return;
      }
      writeAssembled();
    }

    private interface Body {
      void write() throws IOException;
    }

    // A point is checked before anything of its record is written, separators included: an unwritable one leaves the
    // output as it was.
    private Output record(Geometry geometry, Body body) {
      try {
        geometries.prepare(geometry);
        start();
        if (batchBytes != null && !sequence && written > 0) {
          // A batch is a run of a collection's features: the output it goes to separates it from what comes before.
          g.writeRaw(',');
        }
        if (sequence && separator == RecordSeparator.RS) {
          g.writeRaw('\u001E');
        }
        geometries.resetBounds();
        body.write();
        if (sequence) {
          g.writeRaw('\n');
        }
        trackCollectionBounds();
        written++;
        return this;
      } catch (GeometryWriter.Unwritable e) {
        throw new GeoJsonException(java.util.List.of(org.sahelevents.core.DataProblem.error("output",
            org.sahelevents.core.DataLocation.atPointer("/features/" + written + "/geometry"), e.getMessage())));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void writeFeature(Object id, Geometry geometry, Object properties, Map<String, JsonNode> foreign)
        throws IOException {
      g.writeStartObject();
      g.writeStringField("type", "Feature");
      if (id instanceof String s) {
        g.writeStringField("id", s);
      } else if (id instanceof BigDecimal n) {
        g.writeFieldName("id");
        g.writeNumber(n);
      }
      g.writeFieldName("geometry");
      if (geometry != null) {
        geometries.write(g, geometry);
      } else {
        g.writeNull();
      }
      g.writeFieldName("properties");
      if (properties instanceof JsonNode tree) {
        Trees.write(g, tree);
      } else if (properties instanceof TableRow row) {
        rowJson.properties(row.columns(), row.cells());
        writeAssembled();
      } else {
        g.writeNull();
      }
      if (bbox == BboxStyle.EVERY_FEATURE && geometries.hasBounds
          && !(geometry.getDimension() == 0 && geometry.getNumPoints() == 1)) {
        geometries.writeBbox(g, geometries.bounds, geometries.hasZ);
      }
      for (Map.Entry<String, JsonNode> member : foreign.entrySet()) {
        g.writeFieldName(member.getKey());
        Trees.write(g, member.getValue());
      }
      g.writeEndObject();
    }

    // Hands what rowJson assembled to the generator as one value. An empty raw value has Jackson write the separator
    // before a value and count the value as written; the assembled bytes follow it.
    private void writeAssembled() throws IOException {
      g.writeRawValue(NO_CHARS, 0, 0);
      if (bytesOut != null) {
        g.flush();
        bytesOut.write(rowJson.bytes(), 0, rowJson.length());
      } else {
        g.writeRaw(new String(rowJson.bytes(), 0, rowJson.length(), StandardCharsets.UTF_8));
      }
    }

    private void trackCollectionBounds() {
      if (geometries.hasBounds) {
        trackCollectionBounds(geometries.bounds, geometries.hasZ);
      }
    }

    private void trackCollectionBounds(double[] b, boolean hasZ) {
      if (!collectionHasBounds) {
        System.arraycopy(b, 0, collectionBounds, 0, 6);
        collectionHasBounds = true;
        collectionHasZ = hasZ;
        return;
      }
      for (int i = 0; i < 3; i++) {
        collectionBounds[i] = Math.min(collectionBounds[i], b[i]);
        collectionBounds[i + 3] = Math.max(collectionBounds[i + 3], b[i + 3]);
      }
      collectionHasZ &= hasZ;
    }

    /**
     * Writes the features of a {@link GeoJsonWriter#batch() batch} of this writer, in their order, after the features
     * written so far; the batch is left as it was.
     *
     * @throws IllegalArgumentException if {@code batch} is not a batch, or is one of another writer
     */
    public Output append(Output batch) {
      if (batch.batchBytes == null || batch.writer() != writer()) {
        throw new IllegalArgumentException("not a batch of this writer");
      }
      if (batch.written == 0) {
        return this;
      }
      try {
        batch.g.flush();
        start();
        if (!sequence) {
          // Has the generator write the separator before the batch's first feature, as writeAssembled does.
          g.writeRawValue(NO_CHARS, 0, 0);
        }
        if (bytesOut != null) {
          g.flush();
          batch.batchBytes.writeTo(bytesOut);
        } else {
          g.writeRaw(batch.batchBytes.toString(StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (batch.collectionHasBounds) {
        trackCollectionBounds(batch.collectionBounds, batch.collectionHasZ);
      }
      written += batch.written;
      return this;
    }

    /**
     * Empties a batch, so that it can take other features: a batch used again once appended keeps the memory it
     * grew.
     *
     * @throws IllegalStateException if this is not a batch
     */
    public Output clear() {
      if (batchBytes == null) {
        throw new IllegalStateException("only a batch can be cleared");
      }
      try {
        g.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      batchBytes.reset();
      written = 0;
      collectionHasBounds = false;
      return this;
    }

    private GeoJsonWriter writer() {
      return GeoJsonWriter.this;
    }

    private void start() throws IOException {
      if (started) {
        return;
      }
      started = true;
      if (!sequence && batchBytes == null) {
        g.writeStartObject();
        g.writeStringField("type", "FeatureCollection");
        g.writeArrayFieldStart("features");
      }
    }

    /** Features written so far. */
    public long featuresWritten() {
      return written;
    }

    /** Ends the collection (with its bbox) and closes the destination. */
    @Override
    public void close() {
      try {
        start();
        if (!sequence && batchBytes == null) {
          g.writeEndArray();
          if (bbox != BboxStyle.NONE && collectionHasBounds) {
            geometries.writeBbox(g, collectionBounds, collectionHasZ);
          }
          g.writeEndObject();
          g.flush();
          g.writeRaw('\n');
        }
        g.close();
        out.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Configures a {@link GeoJsonWriter}. Not thread-safe; the writer it builds is. */
  public static final class Builder {
    private final boolean sequence;
    private int precision = DEFAULT_PRECISION;
    private BboxStyle bbox = BboxStyle.COLLECTION;
    private RecordSeparator separator = RecordSeparator.RS;

    private Builder(boolean sequence) {
      this.sequence = sequence;
    }

    /**
     * Decimals of written coordinates, 0 to 9. Default: {@value GeoJsonWriter#DEFAULT_PRECISION}.
     *
     * @throws IllegalArgumentException if outside 0 to 9
     */
    public Builder precision(int decimals) {
      if (decimals < 0 || decimals > 9) {
        throw new IllegalArgumentException("precision must be 0 to 9 decimals, was " + decimals);
      }
      this.precision = decimals;
      return this;
    }

    /** Default: {@link BboxStyle#COLLECTION} (sequences have no collection, so only feature bboxes apply). */
    public Builder bbox(BboxStyle style) {
      this.bbox = Objects.requireNonNull(style);
      return this;
    }

    /** For sequences. Default: {@link RecordSeparator#RS}. */
    public Builder separator(RecordSeparator separator) {
      this.separator = Objects.requireNonNull(separator);
      return this;
    }

    public GeoJsonWriter build() {
      return new GeoJsonWriter(this);
    }
  }
}
