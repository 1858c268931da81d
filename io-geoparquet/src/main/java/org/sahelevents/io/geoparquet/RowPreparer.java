package org.sahelevents.io.geoparquet;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sahelevents.core.model.DatasetEvent;
import org.sahelevents.core.model.GeoPoint;
import org.sahelevents.io.acled.AcledCells;
import org.sahelevents.io.acled.AcledModelMapping;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.DateStyle;
import org.sahelevents.io.acled.geojson.ModelProperty;
import org.sahelevents.io.geojson.IncidentFeatures;

/**
 * The one place where a row's values become what the file holds: each ACLED cell of the columns' layout as its typed
 * value, or as written in the row's spellings where the value does not give it back; text as UTF-8 in Parquet's PLAIN
 * encoding; the point and its box. Thread-safe; the caches it keeps change no result.
 */
final class RowPreparer {
  // Enough for every place of a country's events; past it, texts are converted each time.
  private static final int PLAIN_DOUBLES = 16_384;

  private final AcledColumns columns;
  private final AcledCells cells;
  private final ModelProperty model;
  // Double cells whose value gives back their text, with that value: coordinates repeat from row to row, and the
  // check costs more than the rest of the row's numbers together.
  private final Map<String, Double> plainDoubles = new ConcurrentHashMap<>();
  // Per column, the bytes of text a row took in the last batch: a batch's buffers start at that size. Written by
  // any thread without a lock, since a stale size only costs a copy.
  private final int[] bytesPerRow;

  RowPreparer(AcledColumns columns, ModelProperty model) {
    this.columns = columns;
    this.cells = AcledCells.forLayout(columns.layout());
    this.model = model;
    this.bytesPerRow = new int[columns.size()];
    Arrays.fill(bytesPerRow, 16);
  }

  AcledColumns columns() {
    return columns;
  }

  /**
   * The rows of records: their cells, points and, if the model is included, their events' model JSON.
   *
   * @param keep whether the batch keeps the records, to be prepared again in another file's layout
   */
  PreparedBatch records(List<AcledRecord> records, boolean keep) {
    List<AcledRecord> copy = List.copyOf(records);
    Rows rows = new Rows(keep ? copy : null, copy.size());
    // The cells by column, so that each column's conversion reads one array.
    String[][] text = new String[columns.size()][copy.size()];
    for (int r = 0; r < copy.size(); r++) {
      AcledRecord record = copy.get(r);
      List<String> row = cells.cells(record);
      for (int i = 0; i < text.length; i++) {
        text[i][r] = row.get(i);
      }
      rows.point(r, record.longitude().doubleValue(), record.latitude().doubleValue());
      if (model == ModelProperty.INCLUDE) {
        DatasetEvent event = AcledModelMapping.toEvent(record);
        rows.batch.events.put(r, IncidentFeatures.eventJson(event.incident(), event.catalog()).toString());
      }
    }
    rows.cells(text, copy);
    return rows.end();
  }

  /**
   * The row of an incident: the cells of its ACLED record (null when it cannot be one), its point if it has one, and
   * its model JSON.
   */
  PreparedBatch incident(AcledRecord record, GeoPoint point, String eventJson) {
    Rows rows = new Rows(null, 1);
    if (record != null) {
      List<String> row = cells.cells(record);
      String[][] text = new String[columns.size()][1];
      for (int i = 0; i < text.length; i++) {
        text[i][0] = row.get(i);
      }
      rows.cells(text, List.of(record));
    }
    if (point != null) {
      rows.point(0, point.getLongitude(), point.getLatitude());
    }
    rows.batch.events.put(0, eventJson);
    return rows.end();
  }

  /**
   * Fills a batch's rows. Cells are converted a column at a time, each kind by its own small loop: a few short
   * methods that the JIT compiler handles early and cheaply, where one method converting whole rows grows large.
   */
  private final class Rows {
    final PreparedBatch batch;
    final Object[] values;
    final boolean[][] present;
    // Per row, the cells kept as written because their typed value does not give them back; null for none.
    Map<String, String>[] spelled;

    Rows(List<AcledRecord> records, int size) {
      batch = new PreparedBatch(columns, records, size, bytesPerRow);
      values = batch.values;
      present = batch.present;
    }

    /** The rows' cells: per column of the layout, its cell in each row. */
    void cells(String[][] text, List<AcledRecord> records) {
      for (int i = 0; i < values.length; i++) {
        switch (columns.kind(i)) {
          case STRING -> strings(text[i], (BinaryCells) values[i]);
          case INT, LONG, TIMESTAMP -> wholes(text[i], i, columns.kind(i));
          case DOUBLE -> doubles(text[i], i, (double[]) values[i]);
          case DATE -> dates(text[i], i, (int[]) values[i], records);
        }
      }
      if (spelled != null) {
        for (int r = 0; r < spelled.length; r++) {
          if (spelled[r] != null) {
            try {
              batch.spellings.put(r, GeoMetadata.JSON.writeValueAsBytes(spelled[r]));
            } catch (JsonProcessingException e) {
              throw new IllegalStateException(e);
            }
          }
        }
      }
    }

    private void strings(String[] text, BinaryCells into) {
      for (int r = 0; r < text.length; r++) {
        String cell = text[r];
        if (!cell.isEmpty()) {
          into.put(r, cell);
        }
      }
    }

    private void wholes(String[] text, int column, AcledColumns.Kind kind) {
      boolean[] has = present[column];
      for (int r = 0; r < text.length; r++) {
        String cell = text[r];
        if (cell.isEmpty()) {
          continue;
        }
        if (kind.isPlain(cell)) {
          // The common case: a whole number whose value gives back its text; no boxing, no spelling.
          has[r] = true;
          switch (kind) {
            case INT -> ((int[]) values[column])[r] = Integer.parseInt(cell);
            case LONG -> ((long[]) values[column])[r] = Long.parseLong(cell);
            case TIMESTAMP -> ((long[]) values[column])[r] = Long.parseLong(cell) * 1000L;
            default -> throw new AssertionError(kind);
          }
        } else {
          Object value = kind.parse(cell, null);
          if (value != null) {
            has[r] = true;
            if (kind == AcledColumns.Kind.INT) {
              ((int[]) values[column])[r] = (Integer) value;
            } else {
              ((long[]) values[column])[r] = (Long) value;
            }
          }
          checkGivesBack(r, column, cell, kind.text(value, null));
        }
      }
    }

    private void doubles(String[] text, int column, double[] into) {
      boolean[] has = present[column];
      for (int r = 0; r < text.length; r++) {
        String cell = text[r];
        if (cell.isEmpty()) {
          continue;
        }
        Double value = plainDoubles.get(cell);
        if (value == null) {
          value = (Double) AcledColumns.Kind.DOUBLE.parse(cell, null);
          if (checkGivesBack(r, column, cell, AcledColumns.Kind.DOUBLE.text(value, null))
              && plainDoubles.size() < PLAIN_DOUBLES) {
            plainDoubles.putIfAbsent(cell, value);
          }
        }
        if (value != null) {
          has[r] = true;
          into[r] = value;
        }
      }
    }

    private void dates(String[] text, int column, int[] into, List<AcledRecord> records) {
      boolean[] has = present[column];
      DateStyle style = columns.layout().dateStyle();
      // Rows come sorted by date, so most dates are the previous row's, whose text is known.
      LocalDate lastDate = null;
      String lastText = null;
      for (int r = 0; r < text.length; r++) {
        String cell = text[r];
        if (cell.isEmpty()) {
          continue;
        }
        // A date cell is the record's date, written in the layout's style.
        LocalDate date = records.get(r).eventDate();
        has[r] = true;
        into[r] = (int) date.toEpochDay();
        if (!date.equals(lastDate)) {
          lastDate = date;
          lastText = style.format(date);
        }
        checkGivesBack(r, column, cell, lastText);
      }
    }

    // Keeps a cell as written when its value's text is not the cell; says whether it is.
    private boolean checkGivesBack(int r, int column, String cell, String valueText) {
      if (valueText.equals(cell)) {
        return true;
      }
      if (spelled == null) {
        @SuppressWarnings("unchecked")
        Map<String, String>[] perRow = new Map[batch.size];
        spelled = perRow;
      }
      if (spelled[r] == null) {
        spelled[r] = new LinkedHashMap<>();
      }
      spelled[r].put(columns.names().get(column), cell);
      return false;
    }

    /** The batch, its columns ended at its size. */
    PreparedBatch end() {
      for (int i = 0; i < values.length; i++) {
        if (values[i] instanceof BinaryCells text) {
          text.end();
          bytesPerRow[i] = text.length() / Math.max(1, batch.size) + 1;
        }
      }
      batch.spellings.end();
      batch.events.end();
      return batch;
    }

    void point(int r, double lon, double lat) {
      batch.point[r] = true;
      batch.x[r] = lon;
      batch.y[r] = lat;
      double[] bbox = batch.bbox;
      bbox[0] = Math.min(bbox[0], lon);
      bbox[1] = Math.min(bbox[1], lat);
      bbox[2] = Math.max(bbox[2], lon);
      bbox[3] = Math.max(bbox[3], lat);
    }
  }
}
