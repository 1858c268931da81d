package org.sahelevents.io.geojson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
  private final ObjectMapper mapper = JsonMapper.builder()
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

  /** Opens a byte stream, written as UTF-8; closing the output closes it. */
  public Output open(OutputStream out) {
    return open(new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  /** Opens a character stream; closing the output closes it. */
  public Output open(Writer out) {
    try {
      return new Output(new BufferedWriter(out, 1 << 16));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes features to one destination. Not thread-safe. */
  public final class Output implements AutoCloseable {
    private final Writer out;
    private final JsonGenerator g;
    private final GeometryWriter geometries = new GeometryWriter(precision);
    private final double[] collectionBounds = new double[6];
    private boolean collectionHasBounds;
    private boolean collectionHasZ;
    private boolean started;
    private long written;

    private Output(Writer out) throws IOException {
      this.out = out;
      this.g = mapper.getFactory().createGenerator(out);
      g.setCodec(mapper);
      g.setRootValueSeparator(null);
    }

    /**
     * Writes one feature.
     *
     * @throws GeoJsonException if its geometry cannot be written as valid GeoJSON at this precision (a ring that
     *     rounding collapses, a coordinate that is not finite)
     */
    public Output write(GeoJsonFeature feature) {
      try {
        start();
        if (sequence && separator == RecordSeparator.RS) {
          g.writeRaw('\u001E');
        }
        geometries.resetBounds();
        if (sequence && feature.isBareGeometry() && feature.geometryRef() != null) {
          geometries.write(g, feature.geometryRef());
        } else {
          writeFeature(feature);
        }
        if (sequence) {
          g.flush();
          g.writeRaw('\n');
        }
        trackCollectionBounds();
        written++;
        return this;
      } catch (IllegalArgumentException e) {
        throw new GeoJsonException(java.util.List.of(new GeoJsonProblem("output", 0, "/features/" + written
            + "/geometry", e.getMessage(), GeoJsonProblem.Severity.ERROR)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void writeFeature(GeoJsonFeature feature) throws IOException {
      g.writeStartObject();
      g.writeStringField("type", "Feature");
      Object id = feature.id().orElse(null);
      if (id instanceof String s) {
        g.writeStringField("id", s);
      } else if (id instanceof BigDecimal n) {
        g.writeFieldName("id");
        g.writeNumber(n);
      }
      g.writeFieldName("geometry");
      Geometry geometry = feature.geometryRef();
      if (geometry != null) {
        geometries.write(g, geometry);
      } else {
        g.writeNull();
      }
      g.writeFieldName("properties");
      JsonNode properties = feature.propertiesRef();
      if (properties == null) {
        g.writeNull();
      } else {
        g.writeTree(properties);
      }
      if (bbox == BboxStyle.EVERY_FEATURE && geometries.hasBounds
          && !(geometry.getDimension() == 0 && geometry.getNumPoints() == 1)) {
        geometries.writeBbox(g, geometries.bounds, geometries.hasZ);
      }
      for (Map.Entry<String, JsonNode> member : feature.foreignMembers().entrySet()) {
        g.writeFieldName(member.getKey());
        g.writeTree(member.getValue());
      }
      g.writeEndObject();
    }

    private void trackCollectionBounds() {
      if (!geometries.hasBounds) {
        return;
      }
      double[] b = geometries.bounds;
      if (!collectionHasBounds) {
        System.arraycopy(b, 0, collectionBounds, 0, 6);
        collectionHasBounds = true;
        collectionHasZ = geometries.hasZ;
        return;
      }
      for (int i = 0; i < 3; i++) {
        collectionBounds[i] = Math.min(collectionBounds[i], b[i]);
        collectionBounds[i + 3] = Math.max(collectionBounds[i + 3], b[i + 3]);
      }
      collectionHasZ &= geometries.hasZ;
    }

    private void start() throws IOException {
      if (started) {
        return;
      }
      started = true;
      if (!sequence) {
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
        if (!sequence) {
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
