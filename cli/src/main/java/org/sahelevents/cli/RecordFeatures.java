package org.sahelevents.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledCsvWriter;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.geojson.GeoJson;
import org.sahelevents.io.geojson.GeoJsonWriter;
import org.sahelevents.io.geojson.IncidentFeatures;
import org.sahelevents.io.geojson.PropertyColumns;

/**
 * ACLED records as GeoJSON features: a point at the record's coordinates, identified by its event id, whose properties
 * are the row's own columns (see {@link IncidentFeatures#propertyColumns}) followed by any computed ones. Not
 * thread-safe: one per output.
 */
final class RecordFeatures {
  private static final GeometryFactory POINTS = new GeometryFactory(new PrecisionModel(), 4326);

  private final AcledCsvWriter rows = AcledCsv.writer().build();
  private final List<String> extraNames;
  private final Set<String> extraNumeric;
  private List<String> headers;
  private PropertyColumns columns;

  /** Features whose properties end with {@code extraNames}, those in {@code extraNumeric} holding numbers. */
  RecordFeatures(List<String> extraNames, Set<String> extraNumeric) {
    this.extraNames = List.copyOf(extraNames);
    this.extraNumeric = Set.copyOf(extraNumeric);
  }

  /** Writes a record with the values of the extra properties, one per name given to the constructor. */
  void write(GeoJsonWriter.Output output, AcledRecord record, List<String> extraCells) {
    List<String> layout = rows.headers(record);
    if (layout != headers) {
      // Records of one file share one layout: its columns are prepared once.
      headers = layout;
      columns = IncidentFeatures.propertyColumns(layout).followedBy(extraNames, extraNumeric);
    }
    List<String> cells = rows.cells(record);
    if (!extraCells.isEmpty()) {
      cells = new ArrayList<>(cells);
      cells.addAll(extraCells);
    }
    output.write(record.eventIdCnty(), POINTS.createPoint(new Coordinate(record.longitude().doubleValue(),
        record.latitude().doubleValue())), columns, cells);
  }

  /** A writer of {@code target}, which is geojson or geojsonseq, with {@code precision} decimals. */
  static GeoJsonWriter writer(DataFormat target, int precision) {
    return (target == DataFormat.GEOJSONSEQ ? GeoJson.sequenceWriter() : GeoJson.writer()).precision(precision)
        .build();
  }
}
