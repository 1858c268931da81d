package org.sahelevents.cli;

import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.geojson.GeoJson;
import org.sahelevents.io.geojson.GeoJsonWriter;
import org.sahelevents.io.geojson.IncidentFeatures;

/** ACLED records as GeoJSON features: a point at the record's coordinates, identified by its event id. */
final class RecordFeatures {
  private static final GeometryFactory POINTS = new GeometryFactory(new PrecisionModel(), 4326);

  private RecordFeatures() {}

  /** Writes a record as a feature with flat properties (see {@link IncidentFeatures#flatProperties}). */
  static void write(GeoJsonWriter.Output output, AcledRecord record, Map<String, Object> properties) {
    output.write(record.eventIdCnty(), POINTS.createPoint(new Coordinate(record.longitude().doubleValue(),
        record.latitude().doubleValue())), properties);
  }

  /** A writer of {@code target}, which is geojson or geojsonseq, with {@code precision} decimals. */
  static GeoJsonWriter writer(DataFormat target, int precision) {
    return (target == DataFormat.GEOJSONSEQ ? GeoJson.sequenceWriter() : GeoJson.writer()).precision(precision)
        .build();
  }
}
