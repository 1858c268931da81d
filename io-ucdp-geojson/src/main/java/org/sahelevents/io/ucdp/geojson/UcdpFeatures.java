package org.sahelevents.io.ucdp.geojson;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.sahelevents.core.model.DatasetEvent;
import org.sahelevents.io.geojson.GeoJsonFeature;
import org.sahelevents.io.geojson.GeoJsonWriter;
import org.sahelevents.io.geojson.IncidentFeatures;
import org.sahelevents.io.geojson.PropertyColumns;
import org.sahelevents.io.ucdp.UcdpCells;
import org.sahelevents.io.ucdp.UcdpModelMapping;
import org.sahelevents.io.ucdp.UcdpRecord;

/**
 * The one route from GED records to GeoJSON features: a point at the row's longitude and latitude; GED's columns as
 * properties under their official names ({@link UcdpCells}: numbers as JSON numbers, an empty cell left out, an HDX
 * copy's {@code iso3} and other extra columns after the official ones); the model's incident, actors, source and death
 * estimate ({@link UcdpModelMapping}) under {@value IncidentFeatures#EVENT}; and the row's {@code relid} as the feature's
 * id (its {@code id} when it has none), since {@code relid} is the identifier that stays the same across releases.
 *
 * <p>Immutable and thread-safe.
 */
public final class UcdpFeatures {
  private static final UcdpFeatures STANDARD = new UcdpFeatures();
  private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

  private UcdpFeatures() {}

  /** Features with GED's columns and the model. */
  public static UcdpFeatures standard() {
    return STANDARD;
  }

  /** Writes records as features to {@code out}. */
  public Output on(GeoJsonWriter.Output out) {
    return new Output(out);
  }

  /** One record as a feature. */
  public GeoJsonFeature toFeature(UcdpRecord record) {
    return toFeature(record, null);
  }

  /**
   * One record as a feature with more properties after GED's columns, such as where it lies on a road.
   *
   * @param extra the properties to add, or null
   */
  public GeoJsonFeature toFeature(UcdpRecord record, ObjectNode extra) {
    return feature(record, PropertyColumns.of(UcdpCells.headers(record), UcdpCells.numericHeaders()), extra);
  }

  private static GeoJsonFeature feature(UcdpRecord record, PropertyColumns columns, ObjectNode extra) {
    ObjectNode properties = columns.properties(UcdpCells.cells(record));
    if (extra != null) {
      properties.setAll(extra);
    }
    DatasetEvent event = UcdpModelMapping.toEvent(record);
    properties.set(IncidentFeatures.EVENT, IncidentFeatures.eventJson(event.incident(), event.catalog()));
    Point point = WGS84.createPoint(new Coordinate(record.longitude().doubleValue(),
        record.latitude().doubleValue()));
    GeoJsonFeature feature = GeoJsonFeature.of(point, properties);
    return record.relid().isPresent() ? feature.withId(record.relid().get())
        : feature.withId(BigDecimal.valueOf(record.id()));
  }

  /** Writes records as features to one GeoJSON output. Not thread-safe. */
  public static final class Output {
    private final GeoJsonWriter.Output out;
    private PropertyColumns columns;

    private Output(GeoJsonWriter.Output out) {
      this.out = out;
    }

    /** Writes one record as a feature. */
    public Output write(UcdpRecord record) {
      return write(record, null);
    }

    /** Writes one record as a feature with more properties after GED's columns (see {@link #toFeature}). */
    public Output write(UcdpRecord record, ObjectNode extra) {
      // The records of one input share their columns: the property columns are made again only when they change.
      List<String> headers = UcdpCells.headers(record);
      if (columns == null || !columns.names().equals(headers)) {
        columns = PropertyColumns.of(headers, UcdpCells.numericHeaders());
      }
      out.write(feature(record, columns, extra));
      return this;
    }

    /** Features written to the output so far, by this object and others. */
    public long featuresWritten() {
      return out.featuresWritten();
    }
  }
}
