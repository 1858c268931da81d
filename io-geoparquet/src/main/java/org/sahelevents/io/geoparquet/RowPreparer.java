package org.sahelevents.io.geoparquet;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.io.api.Binary;
import org.sahelevents.core.model.DatasetEvent;
import org.sahelevents.core.model.GeoPoint;
import org.sahelevents.io.acled.AcledCells;
import org.sahelevents.io.acled.AcledModelMapping;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.geojson.ModelProperty;
import org.sahelevents.io.geojson.IncidentFeatures;

/**
 * The one place where a row's values become what the file holds: each ACLED cell of the columns' layout as its typed
 * value, or as written in the row's spellings where the value does not give it back; text as UTF-8; the point as
 * little-endian WKB. Immutable and thread-safe.
 */
final class RowPreparer {
  private final AcledColumns columns;
  private final AcledCells cells;
  private final ModelProperty model;

  RowPreparer(AcledColumns columns, ModelProperty model) {
    this.columns = columns;
    this.cells = AcledCells.forLayout(columns.layout());
    this.model = model;
  }

  AcledColumns columns() {
    return columns;
  }

  /** The rows of records: their cells, points and, if the model is included, their events' model JSON. */
  PreparedBatch records(List<AcledRecord> records) {
    Rows rows = new Rows(List.copyOf(records), records.size());
    for (int r = 0; r < records.size(); r++) {
      AcledRecord record = records.get(r);
      rows.cells(r, record);
      rows.point(r, record.longitude().doubleValue(), record.latitude().doubleValue());
      if (model == ModelProperty.INCLUDE) {
        DatasetEvent event = AcledModelMapping.toEvent(record);
        rows.batch.events[r] = utf8(IncidentFeatures.eventJson(event.incident(), event.catalog()).toString());
      }
    }
    return rows.batch;
  }

  /**
   * The row of an incident: the cells of its ACLED record (null when it cannot be one), its point if it has one, and
   * its model JSON.
   */
  PreparedBatch incident(AcledRecord record, GeoPoint point, String eventJson) {
    Rows rows = new Rows(List.of(), 1);
    if (record != null) {
      rows.cells(0, record);
    }
    if (point != null) {
      rows.point(0, point.getLongitude(), point.getLatitude());
    }
    rows.batch.events[0] = utf8(eventJson);
    return rows.batch;
  }

  private static Binary utf8(String text) {
    // Each row owns its bytes, so Parquet keeps them without copying.
    return Binary.fromConstantByteArray(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Fills a batch's rows. */
  private final class Rows {
    final PreparedBatch batch;
    final Object[] values;
    final boolean[][] present;
    // Rows come sorted by date, so most dates are the previous row's, whose text is known.
    LocalDate lastDate;
    String lastDateText;

    Rows(List<AcledRecord> records, int size) {
      batch = new PreparedBatch(columns, records, size);
      values = batch.values;
      present = batch.present;
    }

    void cells(int r, AcledRecord record) {
      List<String> text = cells.cells(record);
      Map<String, String> spelled = null;
      for (int i = 0; i < values.length; i++) {
        String cell = text.get(i);
        if (cell.isEmpty()) {
          continue;
        }
        AcledColumns.Kind kind = columns.kind(i);
        if (kind == AcledColumns.Kind.STRING) {
          ((Binary[]) values[i])[r] = utf8(cell);
          continue;
        }
        if (kind.isPlain(cell)) {
          // The common case: a whole number whose value gives back its text; no boxing, no spelling.
          present[i][r] = true;
          switch (kind) {
            case INT -> ((int[]) values[i])[r] = Integer.parseInt(cell);
            case LONG -> ((long[]) values[i])[r] = Long.parseLong(cell);
            case TIMESTAMP -> ((long[]) values[i])[r] = Long.parseLong(cell) * 1000L;
            default -> throw new AssertionError(kind);
          }
          continue;
        }
        Object value = kind.parse(cell, record.eventDate());
        if (value != null) {
          present[i][r] = true;
          switch (kind) {
            case INT -> ((int[]) values[i])[r] = (Integer) value;
            case DATE -> ((int[]) values[i])[r] = (int) ((LocalDate) value).toEpochDay();
            case LONG, TIMESTAMP -> ((long[]) values[i])[r] = (Long) value;
            case DOUBLE -> ((double[]) values[i])[r] = (Double) value;
            default -> throw new AssertionError(kind);
          }
        }
        if (!text(kind, value).equals(cell)) {
          if (spelled == null) {
            spelled = new LinkedHashMap<>();
          }
          spelled.put(columns.names().get(i), cell);
        }
      }
      if (spelled != null) {
        try {
          batch.spellings[r] = Binary.fromConstantByteArray(GeoMetadata.JSON.writeValueAsBytes(spelled));
        } catch (JsonProcessingException e) {
          throw new IllegalStateException(e);
        }
      }
    }

    private String text(AcledColumns.Kind kind, Object value) {
      if (kind != AcledColumns.Kind.DATE || value == null) {
        return kind.text(value, columns.layout().dateStyle());
      }
      if (!value.equals(lastDate)) {
        lastDate = (LocalDate) value;
        lastDateText = kind.text(value, columns.layout().dateStyle());
      }
      return lastDateText;
    }

    void point(int r, double lon, double lat) {
      // Point WKB: little-endian, type 1, then x and y.
      byte[] wkb = new byte[21];
      wkb[0] = 1;
      wkb[1] = 1;
      putDouble(wkb, 5, lon);
      putDouble(wkb, 13, lat);
      batch.geometry[r] = Binary.fromConstantByteArray(wkb);
      batch.x[r] = lon;
      batch.y[r] = lat;
      double[] bbox = batch.bbox;
      bbox[0] = Math.min(bbox[0], lon);
      bbox[1] = Math.min(bbox[1], lat);
      bbox[2] = Math.max(bbox[2], lon);
      bbox[3] = Math.max(bbox[3], lat);
    }
  }

  private static void putDouble(byte[] wkb, int at, double value) {
    long bits = Double.doubleToRawLongBits(value);
    for (int i = 0; i < 8; i++) {
      wkb[at + i] = (byte) (bits >>> (8 * i));
    }
  }
}
