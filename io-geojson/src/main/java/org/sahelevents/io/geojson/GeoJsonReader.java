package org.sahelevents.io.geojson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.core.DataProblem;

/**
 * Reads GeoJSON strictly (RFC 7946): every object must be what it claims, with each violation reported by JSON
 * pointer and reason, and duplicate member names rejected. It accepts all that RFC 7946 allows: bare geometries and
 * features as well as collections, null geometries and properties, 3-D positions, empty coordinates, foreign members
 * (kept), ids as strings or numbers (kept as written). Wrong winding is accepted with a warning; positions with more
 * than three numbers lose the extra ones with a warning; out-of-range coordinates and a {@code crs} member follow the
 * {@link CoordinatePolicy} and {@link CrsPolicy}. Input is UTF-8, with or without BOM.
 *
 * <p>Limits against hostile input, each with its default: nesting depth ({@value #DEFAULT_MAX_NESTING_DEPTH}), string
 * length ({@value #DEFAULT_MAX_STRING_LENGTH} characters), positions per feature
 * ({@value #DEFAULT_MAX_COORDINATES}), and the length of what is held in memory at once
 * ({@value #DEFAULT_MAX_RECORD_CHARS} characters): a sequence record, or one feature (or other top-level member) of a
 * document. A FeatureCollection has no size limit: it is streamed, one feature at a time. Bytes that are not UTF-8
 * make the record that holds them (or the document) an error located by their byte offset.
 *
 * <p>Instances are immutable and thread-safe: configure one with {@link GeoJson#reader()} or
 * {@link GeoJson#sequenceReader()} and share it; each {@code open} reads one input.
 */
public final class GeoJsonReader {
  /** How deeply JSON may nest by default; GeoJSON itself needs 7 levels (a MultiPolygon in a feature). */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
  /** The longest string by default, in characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 10_000_000;
  /** The most positions in one feature by default. */
  public static final int DEFAULT_MAX_COORDINATES = 1_000_000;
  /** The longest sequence record, feature or top-level member by default, in characters (16 Mi). */
  public static final int DEFAULT_MAX_RECORD_CHARS = 16 * 1024 * 1024;

  private final boolean sequence;
  private final CoordinatePolicy coordinates;
  private final CrsPolicy crs;
  private final BadRowPolicy badRecords;
  private final int maxCoordinates;
  private final int maxRecordChars;
  private final ObjectMapper mapper;

  private GeoJsonReader(Builder b) {
    this.sequence = b.sequence;
    this.coordinates = b.coordinates;
    this.crs = b.crs;
    this.badRecords = b.badRecords != null ? b.badRecords : b.sequence ? BadRowPolicy.COLLECT : BadRowPolicy.FAIL;
    this.maxCoordinates = b.maxCoordinates;
    this.maxRecordChars = b.maxRecordChars;
    JsonFactory factory = JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(b.maxNestingDepth)
            .maxStringLength(b.maxStringLength)
            .build())
        .build();
    this.mapper = JsonMapper.builder(factory)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
        .build();
  }

  static Builder builder(boolean sequence) {
    return new Builder(sequence);
  }

  /** Opens a file. */
  public GeoJsonFeatures open(Path file, Consumer<DataProblem> onProblem) {
    try {
      return open(Files.newInputStream(file), file.toString(), onProblem);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens UTF-8 bytes; {@code name} is how problems name the input. Bytes that are not UTF-8 make the record (or the
   * document) that holds them an error located by its byte offset. Closing the features closes the stream.
   */
  public GeoJsonFeatures open(InputStream in, String name, Consumer<DataProblem> onProblem) {
    return open(new Utf8Reader(in), name, onProblem);
  }

  /** Opens characters; a leading byte order mark is skipped. Closing the features closes the reader. */
  public GeoJsonFeatures open(Reader in, String name, Consumer<DataProblem> onProblem) {
    Objects.requireNonNull(name, "name");
    Utf8Reader utf8 = in instanceof Utf8Reader decoding ? decoding : null;
    try {
      PushbackReader reader = new PushbackReader(new BufferedReader(in, 1 << 16), 1);
      int first = reader.read();
      if (first >= 0 && first != '\uFEFF') {
        reader.unread(first);
      }
      TreeReader trees = new TreeReader(name, coordinates, crs, maxCoordinates);
      FeatureSource source = sequence ? new SequenceSource(reader, utf8, mapper, trees, maxRecordChars)
          : new DocumentSource(reader, utf8, mapper, trees, maxRecordChars);
      return new GeoJsonFeatures(source, badRecords, onProblem);
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": " + e.getMessage(), e);
    }
  }

  /** Configures a {@link GeoJsonReader}. Not thread-safe; the reader it builds is. */
  public static final class Builder {
    private final boolean sequence;
    private CoordinatePolicy coordinates = CoordinatePolicy.REJECT;
    private CrsPolicy crs = CrsPolicy.REJECT_NON_WGS84;
    private BadRowPolicy badRecords;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxCoordinates = DEFAULT_MAX_COORDINATES;
    private int maxRecordChars = DEFAULT_MAX_RECORD_CHARS;

    private Builder(boolean sequence) {
      this.sequence = sequence;
    }

    /** Default: {@link CoordinatePolicy#REJECT}. */
    public Builder coordinates(CoordinatePolicy policy) {
      this.coordinates = Objects.requireNonNull(policy);
      return this;
    }

    /** Default: {@link CrsPolicy#REJECT_NON_WGS84}. */
    public Builder crs(CrsPolicy policy) {
      this.crs = Objects.requireNonNull(policy);
      return this;
    }

    /**
     * What to do with a feature (or a sequence record) that breaks the rules: {@link BadRowPolicy#FAIL} throws a
     * {@link GeoJsonException} at the first one; {@link BadRowPolicy#COLLECT} reports its problems and goes on.
     * Default: {@link BadRowPolicy#FAIL} for documents, {@link BadRowPolicy#COLLECT} for text sequences, as RFC 7464
     * asks of sequence parsers.
     */
    public Builder badRecords(BadRowPolicy policy) {
      this.badRecords = Objects.requireNonNull(policy);
      return this;
    }

    /** Default: {@value GeoJsonReader#DEFAULT_MAX_NESTING_DEPTH}. */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = positive(depth, "maxNestingDepth");
      return this;
    }

    /** Default: {@value GeoJsonReader#DEFAULT_MAX_STRING_LENGTH}. */
    public Builder maxStringLength(int chars) {
      this.maxStringLength = positive(chars, "maxStringLength");
      return this;
    }

    /** Default: {@value GeoJsonReader#DEFAULT_MAX_COORDINATES}. */
    public Builder maxCoordinatesPerFeature(int positions) {
      this.maxCoordinates = positive(positions, "maxCoordinatesPerFeature");
      return this;
    }

    /**
     * The longest sequence record, or feature or other top-level member of a document, in characters: a longer
     * sequence record is rejected and skipped in constant memory; a longer value in a document ends it with an
     * error. Default: {@value GeoJsonReader#DEFAULT_MAX_RECORD_CHARS}.
     */
    public Builder maxRecordChars(int chars) {
      this.maxRecordChars = positive(chars, "maxRecordChars");
      return this;
    }

    private static int positive(int value, String what) {
      if (value <= 0) {
        throw new IllegalArgumentException(what + " must be positive, was " + value);
      }
      return value;
    }

    public GeoJsonReader build() {
      return new GeoJsonReader(this);
    }
  }
}
