package org.sahelevents.io.acled.geojson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.DatasetEvent;
import org.sahelevents.core.model.Incident;
import org.sahelevents.io.acled.AcledCells;
import org.sahelevents.io.acled.AcledLayout;
import org.sahelevents.io.acled.AcledModelMapping;
import org.sahelevents.io.acled.AcledReader;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.acled.AcledRejectedRow;
import org.sahelevents.io.acled.SpellingPolicy;
import org.sahelevents.io.geojson.GeoJsonFeature;
import org.sahelevents.io.geojson.GeoJsonFeatures;
import org.sahelevents.io.geojson.GeoJsonWriter;
import org.sahelevents.io.geojson.IncidentFeatures;
import org.sahelevents.io.geojson.PropertyColumns;

/**
 * The one route between ACLED data and GeoJSON features, both ways.
 *
 * <p>An ACLED record becomes a Feature whose id is its {@code event_id_cnty}, whose geometry is a Point at its
 * coordinates, and whose properties are its cells as {@link AcledCells} makes them, under the layout's headers (a
 * blank header becomes {@code column N}, a repeated one {@code header (column N)}, see {@link AcledLayout#names()}),
 * ACLED's numeric columns ({@link org.sahelevents.io.acled.AcledColumn#isNumeric()})
 * as JSON numbers when their text is a plain number. With {@link ModelProperty#INCLUDE} the event's model follows in
 * {@value IncidentFeatures#EVENT}. A model incident takes the same route: {@link AcledModelMapping#toRecord} makes it a
 * record first, so a record and its incident give the same ACLED properties. Features go back to records through the
 * ACLED reader, with every check and problem of ACLED files ({@link #toRecords}).
 *
 * <pre>{@code
 * AcledFeatures features = AcledFeatures.builder().model(ModelProperty.INCLUDE).build();
 * try (AcledRecords records = AcledCsv.reader().build().open(Path.of("mali.csv"));
 *      GeoJsonWriter.Output out = GeoJson.writer().build().open(Path.of("mali.geojson"))) {
 *   AcledFeatures.Output rows = features.on(out);
 *   records.forEachRemaining(rows::write);
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; an {@link Output} is for one thread.
 */
public final class AcledFeatures {
  private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
  private static final AcledFeatures DEFAULT = builder().build();

  private final ModelProperty model;
  private final AcledLayout layout;
  private final Set<String> numericExtras;
  private final SpellingPolicy spellings;
  // The plan of the records' layout last asked for: an input's records share one, and its batches are written through
  // one output each. A race only makes the same plan twice.
  private volatile Plan lastPlan;

  private AcledFeatures(Builder b) {
    this.model = b.model;
    this.layout = b.layout;
    this.numericExtras = Set.copyOf(b.numericExtras);
    this.spellings = b.spellings;
  }

  /** Features with ACLED's columns of each record's own layout, without the model. */
  public static AcledFeatures standard() {
    return DEFAULT;
  }

  /** A builder of features with other options. */
  public static Builder builder() {
    return new Builder();
  }

  /** Writes records and incidents to {@code out}, one feature each. */
  public Output on(GeoJsonWriter.Output out) {
    return new Output(Objects.requireNonNull(out, "out"));
  }

  /** The feature of one record, as {@link Output#write(AcledRecord)} writes it. */
  public GeoJsonFeature toFeature(AcledRecord record) {
    Plan plan = plan(record.layout());
    ObjectNode properties = plan.columns.properties(plan.cells.cells(record));
    if (model == ModelProperty.INCLUDE) {
      properties.set(IncidentFeatures.EVENT, eventJson(record));
    }
    return GeoJsonFeature.of(point(record), properties).withId(record.eventIdCnty());
  }

  /**
   * The feature of a model incident: the feature of {@link AcledModelMapping#toRecord its ACLED record}, with the
   * model whatever {@link ModelProperty} says, since the record does not hold all of it. An incident that cannot be an
   * ACLED row (it has no point, country or main actor) has no ACLED properties: its feature carries the model only,
   * with its point if it has one.
   *
   * @param context the catalog holding the incident's actors, assertions and claims
   */
  public GeoJsonFeature toFeature(Incident incident, Catalog context) {
    ObjectNode event = IncidentFeatures.eventJson(incident, context);
    ObjectNode properties;
    Point point;
    AcledRecord record = acledRecord(incident, context);
    if (record != null) {
      Plan plan = plan(record.layout());
      properties = plan.columns.properties(plan.cells.cells(record));
      point = point(record);
    } else {
      properties = event.objectNode();
      point = incident.getLocation().getPoint()
          .map(p -> WGS84.createPoint(new Coordinate(p.getLongitude(), p.getLatitude()))).orElse(null);
    }
    properties.set(IncidentFeatures.EVENT, event);
    return GeoJsonFeature.of(point, properties).withId(incident.getId().getValue());
  }

  // The incident's ACLED row, or null when toRecord says it cannot be one.
  private static AcledRecord acledRecord(Incident incident, Catalog context) {
    try {
      return AcledModelMapping.toRecord(incident, context);
    } catch (IllegalArgumentException notAnAcledRow) {
      return null;
    }
  }

  /**
   * The ACLED records that features carry in their flat properties (the model's {@value IncidentFeatures#EVENT} left
   * out), read by {@code reader} with all its checks: a feature that is not a valid ACLED row is rejected as a row of
   * a file would be, located by the JSON pointer of its properties ({@code /features/3/properties}). The first
   * feature's properties are the layout. Closing the records closes the features when they can be closed, as
   * {@link GeoJsonFeatures} can.
   *
   * @param name how problems name the input, usually its file
   */
  public static AcledRecords toRecords(Iterator<GeoJsonFeature> features, String name, AcledReader reader,
      Consumer<AcledRejectedRow> onRejected) {
    return toRecords(features, null, name, i -> "/features/" + i + "/properties", reader, onRejected);
  }

  /**
   * As {@link #toRecords(Iterator, String, AcledReader, Consumer)}, for features that are not a GeoJSON document's
   * (the rows of a GeoParquet file, say): {@code rowPointer} gives the JSON pointer that locates the feature of a
   * 0-based index, to which a cell's problem adds the column's name. With a {@code layout} (its
   * {@link AcledLayout#names() names} being the properties' names), the records have it, as
   * {@link AcledReader#open(Iterator, AcledLayout, String, LongFunction, Consumer)} says; else the first feature's
   * properties are the layout.
   */
  public static AcledRecords toRecords(Iterator<GeoJsonFeature> features, AcledLayout layout, String name,
      LongFunction<String> rowPointer, AcledReader reader, Consumer<AcledRejectedRow> onRejected) {
    return layout != null ? reader.open(new FeatureRows(features), layout, name, rowPointer, onRejected)
        : reader.open(new FeatureRows(features), name, rowPointer, onRejected);
  }

  private Plan plan(Optional<AcledLayout> recordLayout) {
    AcledLayout source = recordLayout.orElse(null);
    Plan last = lastPlan;
    if (last != null && last.source() == source) {
      return last;
    }
    AcledCells cells = AcledCells.forLayout(layout != null ? layout : source != null ? source : AcledLayout.current(),
        spellings);
    Set<String> numeric = new LinkedHashSet<>(cells.numericNames());
    numeric.addAll(numericExtras);
    Plan plan = new Plan(source, cells, PropertyColumns.of(cells.names(), numeric));
    lastPlan = plan;
    return plan;
  }

  private static Point point(AcledRecord record) {
    return WGS84.createPoint(new Coordinate(record.longitude().doubleValue(), record.latitude().doubleValue()));
  }

  private static JsonNode eventJson(AcledRecord record) {
    DatasetEvent event = AcledModelMapping.toEvent(record);
    return IncidentFeatures.eventJson(event.incident(), event.catalog());
  }

  // The cells and property columns of one record layout, made once per input: its records share one layout.
  private record Plan(AcledLayout source, AcledCells cells, PropertyColumns columns) {}

  /** Writes records and incidents as features to one GeoJSON output. Not thread-safe. */
  public final class Output {
    private final GeoJsonWriter.Output out;
    private Plan plan;

    private Output(GeoJsonWriter.Output out) {
      this.out = out;
    }

    /** Writes one record as a feature. */
    public Output write(AcledRecord record) {
      Optional<AcledLayout> recordLayout = record.layout();
      if (plan == null || plan.source() != recordLayout.orElse(null)) {
        plan = plan(recordLayout);
      }
      if (model == ModelProperty.OMIT) {
        out.writeRow(record.eventIdCnty(), point(record), plan.columns(), plan.cells().cells(record));
      } else {
        ObjectNode properties = plan.columns().properties(plan.cells().cells(record));
        properties.set(IncidentFeatures.EVENT, eventJson(record));
        out.write(GeoJsonFeature.of(point(record), properties).withId(record.eventIdCnty()));
      }
      return this;
    }

    /** Writes one incident as a feature, as {@link AcledFeatures#toFeature(Incident, Catalog)} makes it. */
    public Output write(Incident incident, Catalog context) {
      out.write(toFeature(incident, context));
      return this;
    }

    /** Features written to the output so far, by this object and others. */
    public long featuresWritten() {
      return out.featuresWritten();
    }
  }

  /** Configures {@link AcledFeatures}. Not thread-safe; what it builds is. */
  public static final class Builder {
    private ModelProperty model = ModelProperty.OMIT;
    private AcledLayout layout;
    private final Set<String> numericExtras = new LinkedHashSet<>();
    private SpellingPolicy spellings = SpellingPolicy.AS_READ;

    private Builder() {}

    /** Whether features carry the event's model. Default: {@link ModelProperty#OMIT}. */
    public Builder model(ModelProperty model) {
      this.model = Objects.requireNonNull(model, "model");
      return this;
    }

    /**
     * The columns of every feature, in order, with their date and actor type styles. Default: each record's own
     * layout, or {@link AcledLayout#current()} for records not read from a file.
     */
    public Builder layout(AcledLayout layout) {
      this.layout = Objects.requireNonNull(layout, "layout");
      return this;
    }

    /**
     * Extra columns (ones ACLED never had, such as computed {@code corridor_distance_m}) whose cells are numbers.
     * Default: none; ACLED's own numeric columns are always numbers.
     */
    public Builder numericColumns(Collection<String> headers) {
      headers.forEach(h -> numericExtras.add(Objects.requireNonNull(h, "header")));
      return this;
    }

    /**
     * Whether a record's properties keep its cells as its file wrote them ({@code "3.0"}, {@code "Reuters;AFP"}),
     * so that the features read back as the same cells, or as this library writes their values. Default:
     * {@link SpellingPolicy#AS_READ}.
     */
    public Builder spellings(SpellingPolicy policy) {
      this.spellings = Objects.requireNonNull(policy, "policy");
      return this;
    }

    public AcledFeatures build() {
      return new AcledFeatures(this);
    }
  }
}
