package org.sahelevents.io.geoparquet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.sahelevents.core.DataLocation;
import org.sahelevents.core.DataProblem;
import org.sahelevents.io.acled.AcledCells;
import org.sahelevents.io.acled.AcledLayout;
import org.sahelevents.io.geojson.GeoJsonFeature;
import org.sahelevents.io.geojson.IncidentFeatures;
import org.sahelevents.io.geojson.PropertyColumns;

/**
 * The rows of a GeoParquet 1.0 or 1.1 file as features, one row group in memory at a time: the primary geometry column
 * (WKB, or the native encodings of 1.1) decoded to a geometry in longitude/latitude, the other columns as properties
 * (text; integers and floating-point and decimal numbers as numbers; DATE as {@code 2020-07-31}; TIMESTAMP as an
 * ISO instant, or in a column named {@code timestamp} as ACLED's seconds since 1970; a column of a nested type as
 * JSON), the model in {@code sahel_event} as {@value IncidentFeatures#EVENT}, and the covering {@code bbox} left out.
 * A file this library wrote gives each row's ACLED cells exactly as they were written, ACLED's numeric columns as
 * numbers.
 *
 * <p>Not thread-safe. Close it to release the file.
 */
public final class GeoParquetFeatures implements Iterator<GeoJsonFeature>, AutoCloseable {
  private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final Set<String> NATIVE = Set.of("point", "linestring", "polygon", "multipoint",
      "multilinestring", "multipolygon");

  private final String name;
  private final ParquetFileReader reader;
  private final MessageType schema;
  private final MessageColumnIO columnIo;
  private final String version;
  private final String geometryColumn;
  private final String encoding;
  private final List<String> geometryTypes;
  private final Set<String> skipped = new HashSet<>();
  private final long[] groupStarts;
  private final AcledLayout layout;
  private final AcledColumns acledColumns;
  private final PropertyColumns propertyColumns;
  private final WKBReader wkb = new WKBReader(WGS84);
  private RecordReader<Group> rows;
  private long rowsLeftInGroup;
  private int group = -1;
  private long rowInGroup = -1;
  private long rowsRead;

  GeoParquetFeatures(Path file) {
    this.name = file.toString();
    try {
      reader = ParquetFileReader.open(new LocalInputFile(file),
          ParquetReadOptions.builder(new PlainParquetConfiguration()).build());
    } catch (IOException | RuntimeException e) {
      throw fileProblem("", "is not a Parquet file, or is damaged: " + reason(e), e);
    }
    try {
      schema = reader.getFooter().getFileMetaData().getSchema();
      columnIo = new ColumnIOFactory().getColumnIO(schema);
      Map<String, String> metadata = reader.getFooter().getFileMetaData().getKeyValueMetaData();
      String geo = metadata.get(GeoMetadata.GEO);
      if (geo == null) {
        throw fileProblem("/geo", "is not GeoParquet: the file has no \"geo\" metadata", null);
      }
      JsonNode geoJson = json(geo, "/geo");
      version = geoJson.path("version").asText("");
      if (!version.startsWith("1.0") && !version.startsWith("1.1")) {
        throw fileProblem("/geo/version", "\"" + version + "\" is not a GeoParquet version this library reads "
            + "(1.0 and 1.1)", null);
      }
      geometryColumn = geoJson.path("primary_column").asText("");
      JsonNode column = geoJson.path("columns").path(geometryColumn);
      if (!column.isObject() || schema.getFields().stream().noneMatch(f -> f.getName().equals(geometryColumn))) {
        throw fileProblem("/geo/primary_column", "\"" + geometryColumn + "\" is not a column of the file", null);
      }
      encoding = column.path("encoding").asText("");
      if (!encoding.equals("WKB") && !NATIVE.contains(encoding)) {
        throw fileProblem("/geo/columns/" + geometryColumn + "/encoding", "\"" + encoding + "\" is not an "
            + "encoding of GeoParquet 1.0 or 1.1", null);
      }
      checkCrs(column.get("crs"));
      List<String> types = new ArrayList<>();
      column.path("geometry_types").forEach(t -> types.add(t.asText()));
      geometryTypes = List.copyOf(types);
      // The covering columns only repeat the geometry; other geometry columns are kept as properties, as WKT.
      column.path("covering").path("bbox").forEach(path -> skipped.add(path.path(0).asText()));
      skipped.add(geometryColumn);
      String acled = metadata.get(GeoMetadata.LAYOUT);
      layout = acled == null ? null : GeoMetadata.layout(acled);
      acledColumns = layout == null ? null : AcledColumns.of(layout, schema);
      propertyColumns = layout == null ? null : PropertyColumns.of(layout.names(), numericNames(acledColumns));
      List<BlockMetaData> groups = reader.getRowGroups();
      groupStarts = new long[groups.size()];
      long start = 0;
      for (int i = 0; i < groups.size(); i++) {
        groupStarts[i] = start;
        start += groups.get(i).getRowCount();
      }
    } catch (JsonProcessingException | RuntimeException e) {
      closeQuietly();
      if (e instanceof GeoParquetException g) {
        throw g;
      }
      throw fileProblem("/" + GeoMetadata.LAYOUT, "cannot be read: " + reason(e), e);
    }
  }

  // ACLED's numbers, and the extra columns the writer was told hold doubles, are numbers as in GeoJSON.
  private static Set<String> numericNames(AcledColumns columns) {
    Set<String> numeric = new LinkedHashSet<>(AcledCells.forLayout(columns.layout()).numericNames());
    for (int i = 0; i < columns.size(); i++) {
      if (columns.kind(i) == AcledColumns.Kind.DOUBLE) {
        numeric.add(columns.names().get(i));
      }
    }
    return numeric;
  }

  private JsonNode json(String text, String pointer) {
    try {
      return GeoMetadata.Reading.JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw fileProblem(pointer, "is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  // Coordinates are longitude/latitude whatever a geographic CRS's axis order; other CRSs would need reprojection.
  private void checkCrs(JsonNode crs) {
    if (crs == null) {
      return;
    }
    JsonNode id = crs.path("id");
    String authority = id.path("authority").asText("");
    String code = id.path("code").asText("");
    boolean lonLat = authority.equals("OGC") && code.equals("CRS84") || authority.equals("EPSG") && code.equals("4326");
    if (!lonLat) {
      throw fileProblem("/geo/columns/" + geometryColumn + "/crs", (crs.isNull() ? "an undefined CRS"
          : "the CRS " + (id.isMissingNode() ? crs.path("name").asText("without id") : authority + ":" + code))
          + " is not longitude/latitude (OGC:CRS84 or EPSG:4326); reproject the file, with geopandas' to_crs for "
          + "instance", null);
    }
  }

  /** The version of the GeoParquet specification the file says it follows, such as {@code 1.1.0}. */
  public String version() {
    return version;
  }

  /** The name of the primary geometry column. */
  public String geometryColumn() {
    return geometryColumn;
  }

  /** The geometry types the file's metadata declares (empty: any), in the specification's names. */
  public List<String> geometryTypes() {
    return geometryTypes;
  }

  /** The ACLED layout of a file this library wrote: its headers, date and actor type styles; else empty. */
  public Optional<AcledLayout> acledLayout() {
    return Optional.ofNullable(layout);
  }

  /** The number of rows the file holds. */
  public long rowCount() {
    return groupStarts.length == 0 ? 0 : groupStarts[groupStarts.length - 1]
        + reader.getRowGroups().get(groupStarts.length - 1).getRowCount();
  }

  /** Rows returned so far. */
  public long rowsRead() {
    return rowsRead;
  }

  /**
   * The pointer of the row at this 0-based index in the file: {@code /row-groups/G/rows/R}, both counting from 0.
   */
  public String rowPointer(long index) {
    int g = 0;
    while (g + 1 < groupStarts.length && groupStarts[g + 1] <= index) {
      g++;
    }
    return "/row-groups/" + g + "/rows/" + (index - (groupStarts.length == 0 ? 0 : groupStarts[g]));
  }

  @Override
  public boolean hasNext() {
    while (rowsLeftInGroup == 0) {
      if (group + 1 >= groupStarts.length) {
        return false;
      }
      try {
        PageReadStore pages = reader.readNextRowGroup();
        group++;
        rowInGroup = -1;
        rowsLeftInGroup = pages.getRowCount();
        rows = columnIo.getRecordReader(pages, new GroupRecordConverter(schema));
      } catch (IOException | RuntimeException e) {
        throw fileProblem("/row-groups/" + (group + 1), "cannot be read, the file is damaged: " + reason(e), e);
      } catch (LinkageError e) {
        throw codecMissing(e);
      }
    }
    return true;
  }

  // A codec whose library cannot be loaded is the machine's problem, not the file's.
  private UncheckedIOException codecMissing(LinkageError e) {
    IOException missing = PageCompressor.nativeLibraryMissing("the compression codec", e);
    return new UncheckedIOException(name + ": cannot be read: " + missing.getMessage(), missing);
  }

  @Override
  public GeoJsonFeature next() {
    if (!hasNext()) {
      throw new NoSuchElementException(name + ": no more rows");
    }
    Group row;
    rowInGroup++;
    try {
      row = rows.read();
    } catch (RuntimeException e) {
      throw fileProblem(here(""), "cannot be read, the file is damaged: " + reason(e), e);
    } catch (LinkageError e) {
      throw codecMissing(e);
    }
    rowsLeftInGroup--;
    rowsRead++;
    Geometry geometry = geometry(row);
    ObjectNode properties = layout != null ? acledProperties(row) : NODES.objectNode();
    for (int f = 0; f < schema.getFieldCount(); f++) {
      Type type = schema.getType(f);
      String field = type.getName();
      if (skipped.contains(field)
          || layout != null && (propertyColumns.names().contains(field) || field.equals(PreparedBatchWriter.SPELLINGS))) {
        continue;
      }
      if (row.getFieldRepetitionCount(f) == 0) {
        // Every row has every column, so that the first row's properties name them all.
        if (!field.equals(PreparedBatchWriter.EVENT)) {
          properties.putNull(field);
        }
      } else if (field.equals(PreparedBatchWriter.EVENT)) {
        properties.set(IncidentFeatures.EVENT, json(row.getString(f, 0), here(field)));
      } else {
        properties.set(field, value(row, f, type));
      }
    }
    if (layout == null) {
      respell(row, properties);
    }
    return GeoJsonFeature.of(geometry, properties);
  }

  // A file that went through another tool keeps the spellings column but not the layout: the cells it holds win.
  private void respell(Group row, ObjectNode properties) {
    if (!schema.containsField(PreparedBatchWriter.SPELLINGS)) {
      return;
    }
    int f = schema.getFieldIndex(PreparedBatchWriter.SPELLINGS);
    if (row.getFieldRepetitionCount(f) > 0) {
      properties.remove(PreparedBatchWriter.SPELLINGS);
      json(row.getString(f, 0), here(PreparedBatchWriter.SPELLINGS)).fields()
          .forEachRemaining(e -> properties.put(e.getKey(), e.getValue().asText()));
    } else {
      properties.remove(PreparedBatchWriter.SPELLINGS);
    }
  }

  private String here(String column) {
    return "/row-groups/" + group + "/rows/" + rowInGroup + (column.isEmpty() ? "" : "/" + column);
  }

  // The cells as they were written: each typed value's text, or the spelling kept where that differs.
  private ObjectNode acledProperties(Group row) {
    JsonNode spellings = NODES.objectNode();
    int spellingsField = schema.getFieldIndex(PreparedBatchWriter.SPELLINGS);
    if (row.getFieldRepetitionCount(spellingsField) > 0) {
      spellings = json(row.getString(spellingsField, 0), here(PreparedBatchWriter.SPELLINGS));
    }
    List<String> cells = new ArrayList<>(acledColumns.size());
    for (int i = 0; i < acledColumns.size(); i++) {
      String column = acledColumns.names().get(i);
      JsonNode spelled = spellings.get(column);
      if (spelled != null) {
        cells.add(spelled.asText());
        continue;
      }
      int f = schema.getFieldIndex(column);
      Object value = null;
      if (row.getFieldRepetitionCount(f) > 0) {
        value = switch (acledColumns.kind(i)) {
          case STRING -> row.getString(f, 0);
          case INT -> row.getInteger(f, 0);
          case LONG, TIMESTAMP -> row.getLong(f, 0);
          case DOUBLE -> row.getDouble(f, 0);
          case DATE -> LocalDate.ofEpochDay(row.getInteger(f, 0));
        };
      }
      cells.add(acledColumns.kind(i).text(value, layout.dateStyle()));
    }
    return propertyColumns.properties(cells);
  }

  private Geometry geometry(Group row) {
    int f = schema.getFieldIndex(geometryColumn);
    if (row.getFieldRepetitionCount(f) == 0) {
      return null;
    }
    try {
      if (encoding.equals("WKB")) {
        Geometry g = wkb.read(row.getBinary(f, 0).getBytes());
        return g.isEmpty() && g.getGeometryType().equals("Point") ? WGS84.createPoint() : g;
      }
      return nativeGeometry(row.getGroup(f, 0), encoding);
    } catch (ParseException | RuntimeException e) {
      throw fileProblem(here(geometryColumn), "is not a valid " + encoding + " geometry: " + reason(e), e);
    }
  }

  private static Geometry nativeGeometry(Group g, String kind) {
    return switch (kind) {
      case "point" -> point(g);
      case "linestring" -> WGS84.createLineString(coordinates(g));
      case "polygon" -> polygon(g);
      case "multipoint" -> WGS84.createMultiPoint(elements(g).stream().map(GeoParquetFeatures::point)
          .toArray(org.locationtech.jts.geom.Point[]::new));
      case "multilinestring" -> WGS84.createMultiLineString(elements(g).stream()
          .map(l -> WGS84.createLineString(coordinates(l))).toArray(org.locationtech.jts.geom.LineString[]::new));
      default -> WGS84.createMultiPolygon(elements(g).stream().map(GeoParquetFeatures::polygon)
          .toArray(Polygon[]::new));
    };
  }

  // The native encoding writes an empty point as NaN coordinates.
  private static org.locationtech.jts.geom.Point point(Group xy) {
    Coordinate c = coordinate(xy);
    return Double.isNaN(c.x) && Double.isNaN(c.y) ? WGS84.createPoint() : WGS84.createPoint(c);
  }

  private static Polygon polygon(Group rings) {
    List<Group> list = elements(rings);
    if (list.isEmpty()) {
      return WGS84.createPolygon();
    }
    LinearRing shell = WGS84.createLinearRing(coordinates(list.get(0)));
    LinearRing[] holes = list.subList(1, list.size()).stream().map(r -> WGS84.createLinearRing(coordinates(r)))
        .toArray(LinearRing[]::new);
    return WGS84.createPolygon(shell, holes);
  }

  private static Coordinate[] coordinates(Group list) {
    return elements(list).stream().map(GeoParquetFeatures::coordinate).toArray(Coordinate[]::new);
  }

  private static Coordinate coordinate(Group xy) {
    return new Coordinate(xy.getDouble("x", 0), xy.getDouble("y", 0));
  }

  // The elements of a Parquet LIST: its repeated group's single field.
  private static List<Group> elements(Group list) {
    int n = list.getFieldRepetitionCount(0);
    List<Group> elements = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      elements.add(list.getGroup(0, i).getGroup(0, 0));
    }
    return elements;
  }

  private static JsonNode value(Group row, int f, Type type) {
    if (type.isRepetition(Type.Repetition.REPEATED) || !type.isPrimitive()) {
      return nested(row, f, type);
    }
    return primitive(row, f, 0, type.asPrimitiveType());
  }

  private static JsonNode primitive(Group row, int f, int i, PrimitiveType type) {
    LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
    return switch (type.getPrimitiveTypeName()) {
      case BOOLEAN -> NODES.booleanNode(row.getBoolean(f, i));
      case FLOAT -> NODES.numberNode(row.getFloat(f, i));
      case DOUBLE -> NODES.numberNode(row.getDouble(f, i));
      case INT32 -> logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation
          ? NODES.textNode(LocalDate.ofEpochDay(row.getInteger(f, i)).toString())
          : logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation d
          ? NODES.numberNode(BigDecimal.valueOf(row.getInteger(f, i), d.getScale()))
          : NODES.numberNode(row.getInteger(f, i));
      case INT64 -> int64(row.getLong(f, i), logical, type.getName());
      case INT96 -> NODES.textNode(HexFormat.of().formatHex(row.getInt96(f, i).getBytes()));
      case BINARY, FIXED_LEN_BYTE_ARRAY -> logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation d
          ? NODES.numberNode(new BigDecimal(new BigInteger(row.getBinary(f, i).getBytes()), d.getScale()))
          : logical == null ? NODES.textNode(HexFormat.of().formatHex(row.getBinary(f, i).getBytes()))
          : NODES.textNode(row.getString(f, i));
    };
  }

  private static JsonNode int64(long value, LogicalTypeAnnotation logical, String column) {
    if (logical instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation t) {
      Instant instant = switch (t.getUnit()) {
        case MILLIS -> Instant.ofEpochMilli(value);
        case MICROS -> Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000L), Math.floorMod(value, 1_000_000L) * 1000);
        case NANOS -> Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000_000L), Math.floorMod(value, 1_000_000_000L));
      };
      // ACLED's timestamp column is seconds since 1970 in every other format.
      return column.equals("timestamp") ? NODES.numberNode(instant.getEpochSecond()) : NODES.textNode(instant.toString());
    }
    if (logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation d) {
      return NODES.numberNode(BigDecimal.valueOf(value, d.getScale()));
    }
    return NODES.numberNode(value);
  }

  // A nested value as JSON: a group as an object, a repeated field as an array.
  private static JsonNode nested(Group row, int f, Type type) {
    if (type.isRepetition(Type.Repetition.REPEATED)) {
      ArrayNode array = NODES.arrayNode();
      for (int i = 0; i < row.getFieldRepetitionCount(f); i++) {
        array.add(type.isPrimitive() ? primitive(row, f, i, type.asPrimitiveType()) : group(row.getGroup(f, i),
            type.asGroupType()));
      }
      return array;
    }
    return group(row.getGroup(f, 0), type.asGroupType());
  }

  private static JsonNode group(Group group, GroupType type) {
    ObjectNode object = NODES.objectNode();
    for (int f = 0; f < type.getFieldCount(); f++) {
      Type field = type.getType(f);
      if (group.getFieldRepetitionCount(f) > 0 || field.isRepetition(Type.Repetition.REPEATED)) {
        object.set(field.getName(), field.isPrimitive() && !field.isRepetition(Type.Repetition.REPEATED)
            ? primitive(group, f, 0, field.asPrimitiveType()) : nested(group, f, field));
      }
    }
    return object;
  }

  // Parquet's and JTS's messages, without the Java names they carry (objects, exception classes).
  private static String reason(Exception e) {
    String message = String.valueOf(e.getMessage())
        .replaceAll("\\b[a-z]\\w*(\\.\\w+)+@\\p{XDigit}+", "the file")
        .replaceAll("\\b([a-z]\\w*\\.)+[A-Z]\\w*(Exception|Error):?\\s*", "");
    return message.isBlank() || message.equals("null") ? "no reason given" : message;
  }

  private GeoParquetException fileProblem(String pointer, String reason, Throwable cause) {
    return new GeoParquetException(DataProblem.error(name, DataLocation.atPointer(pointer), reason), cause);
  }

  private void closeQuietly() {
    try {
      reader.close();
    } catch (IOException ignored) {
      // The failure being reported is the one that matters.
    }
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": " + e.getMessage(), e);
    }
  }
}
