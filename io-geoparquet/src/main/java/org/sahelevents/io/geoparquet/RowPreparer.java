package org.sahelevents.io.geoparquet;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.sahelevents.core.model.DatasetEvent;
import org.sahelevents.core.model.GeoPoint;
import org.sahelevents.io.acled.AcledCells;
import org.sahelevents.io.acled.AcledColumn;
import org.sahelevents.io.acled.AcledModelMapping;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.geojson.ModelProperty;
import org.sahelevents.io.geojson.IncidentFeatures;

/**
 * The one place where a row's values become what the file holds: each ACLED cell of the columns' layout as its typed
 * value, or as written in the row's spellings where the value does not give it back; text as UTF-8 in Parquet's PLAIN
 * encoding; the point and its box. Thread-safe; the caches it keeps change no result.
 */
final class RowPreparer {
  // Enough for every place of a country's events; past it, coordinates are converted each time.
  private static final int PLAIN_DOUBLES = 16_384;

  private final AcledColumns columns;
  private final AcledCells cells;
  private final ModelProperty model;
  // Coordinates whose double gives back their text, with that double, by their decimal as records hold it and by
  // their text as extra columns and spelled cells have it: places repeat from row to row, and the check costs more
  // than the rest of the row's numbers together.
  private final Map<BigDecimal, Double> plainDecimals = new ConcurrentHashMap<>();
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
    for (int r = 0; r < copy.size(); r++) {
      AcledRecord record = copy.get(r);
      rows.point(r, record.longitude().doubleValue(), record.latitude().doubleValue());
      if (model == ModelProperty.INCLUDE) {
        DatasetEvent event = AcledModelMapping.toEvent(record);
        rows.batch.events.put(r, IncidentFeatures.eventJson(event.incident(), event.catalog()).toString());
      }
    }
    rows.cells(copy);
    return rows.end();
  }

  /**
   * The row of an incident: the cells of its ACLED record (null when it cannot be one), its point if it has one, and
   * its model JSON.
   */
  PreparedBatch incident(AcledRecord record, GeoPoint point, String eventJson) {
    Rows rows = new Rows(null, 1);
    if (record != null) {
      rows.cells(List.of(record));
    }
    if (point != null) {
      rows.point(0, point.getLongitude(), point.getLatitude());
    }
    rows.batch.events.put(0, eventJson);
    return rows.end();
  }

  // A row's spellings as a JSON object of texts, by the streaming generator: a data binding's set-up for each
  // row costs more than the writing.
  private static byte[] spellingsJson(Map<String, String> cells) {
    ByteArrayOutputStream json = new ByteArrayOutputStream(64);
    try (JsonGenerator out = GeoMetadata.JSON_FACTORY.createGenerator(json)) {
      out.writeStartObject();
      for (Map.Entry<String, String> cell : cells.entrySet()) {
        out.writeStringField(cell.getKey(), cell.getValue());
      }
      out.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return json.toByteArray();
  }

  /**
   * Fills a batch's rows. Cells are converted a column at a time, each kind by its own small loop: a few short
   * methods that the JIT compiler handles early and cheaply, where one method converting whole rows grows large.
   * Numbers and dates come from the records' values, whose cells are their text, except where a record keeps its
   * file's spelling of a cell: such a cell, and every cell of an extra column, is converted from its text.
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
    void cells(List<AcledRecord> records) {
      for (int i = 0; i < values.length; i++) {
        AcledColumn column = columns.column(i);
        switch (columns.kind(i)) {
          case STRING -> strings(records, i, (BinaryCells) values[i]);
          case INT, LONG, TIMESTAMP -> wholeNumbers(records, i, column);
          case DOUBLE -> {
            if (column == null) {
              extraDoubles(records, i);
            } else {
              coordinates(records, i, column, (double[]) values[i]);
            }
          }
          case DATE -> dates(records, i, (int[]) values[i]);
        }
      }
      if (spelled != null) {
        // Rows of one place spell the same cells the same way: their JSON is written once.
        Map<String, String> last = null;
        byte[] lastJson = null;
        for (int r = 0; r < spelled.length; r++) {
          if (spelled[r] != null) {
            if (!spelled[r].equals(last)) {
              last = spelled[r];
              lastJson = spellingsJson(last);
            }
            batch.spellings.put(r, lastJson);
          }
        }
      }
    }

    private void strings(List<AcledRecord> records, int column, BinaryCells into) {
      for (int r = 0; r < records.size(); r++) {
        String cell = cells.cell(column, records.get(r));
        if (!cell.isEmpty()) {
          into.put(r, cell);
        }
      }
    }

    private void wholeNumbers(List<AcledRecord> records, int column, AcledColumn acled) {
      boolean[] has = present[column];
      AcledColumns.Kind kind = columns.kind(column);
      for (int r = 0; r < records.size(); r++) {
        AcledRecord record = records.get(r);
        if (cells.keepsSpelling(column, record)) {
          fromText(r, column, cells.cell(column, record), record);
          continue;
        }
        OptionalLong number = acled.wholeNumber(record);
        if (number.isEmpty()) {
          continue;
        }
        long n = number.getAsLong();
        switch (kind) {
          // The record's type holds these columns' numbers as ints.
          case INT -> ((int[]) values[column])[r] = (int) n;
          case LONG -> ((long[]) values[column])[r] = n;
          case TIMESTAMP -> {
            try {
              ((long[]) values[column])[r] = Math.multiplyExact(n, 1000L);
            } catch (ArithmeticException beyondMilliseconds) {
              fromText(r, column, cells.cell(column, record), record);
              continue;
            }
          }
          default -> throw new AssertionError(kind);
        }
        has[r] = true;
      }
    }

    private void coordinates(List<AcledRecord> records, int column, AcledColumn acled, double[] into) {
      boolean[] has = present[column];
      for (int r = 0; r < records.size(); r++) {
        AcledRecord record = records.get(r);
        if (cells.keepsSpelling(column, record)) {
          fromText(r, column, cells.cell(column, record), record);
          continue;
        }
        BigDecimal decimal = acled == AcledColumn.LATITUDE ? record.latitude() : record.longitude();
        Double value = plainDecimals.get(decimal);
        if (value == null) {
          value = decimal.doubleValue();
          // The cell is the decimal's plain text, which the double's may not be ("15.0200" is 15.02, "-8" is -8.0).
          if (checkGivesBack(r, column, decimal.toPlainString(), AcledColumns.doubleText(value))
              && plainDecimals.size() < PLAIN_DOUBLES) {
            plainDecimals.putIfAbsent(decimal, value);
          }
        }
        has[r] = true;
        into[r] = value;
      }
    }

    private void extraDoubles(List<AcledRecord> records, int column) {
      for (int r = 0; r < records.size(); r++) {
        AcledRecord record = records.get(r);
        fromText(r, column, cells.cell(column, record), record);
      }
    }

    private void dates(List<AcledRecord> records, int column, int[] into) {
      boolean[] has = present[column];
      for (int r = 0; r < records.size(); r++) {
        AcledRecord record = records.get(r);
        if (cells.keepsSpelling(column, record)) {
          fromText(r, column, cells.cell(column, record), record);
          continue;
        }
        // The cell is the record's date in the layout's date style.
        has[r] = true;
        into[r] = (int) record.eventDate().toEpochDay();
      }
    }

    /** A number or date cell from its text, as a file holds it: its value, and the text where that does not give it. */
    private void fromText(int r, int column, String cell, AcledRecord record) {
      if (cell.isEmpty()) {
        return;
      }
      AcledColumns.Kind kind = columns.kind(column);
      Object value = kind == AcledColumns.Kind.DOUBLE ? plainDoubles.get(cell) : null;
      boolean plain = value != null;
      if (!plain) {
        value = kind.parse(cell, record.eventDate());
        plain = checkGivesBack(r, column, cell, kind.text(value, columns.layout().dateStyle()));
        if (plain && kind == AcledColumns.Kind.DOUBLE && plainDoubles.size() < PLAIN_DOUBLES) {
          plainDoubles.putIfAbsent(cell, (Double) value);
        }
      }
      if (value == null) {
        return;
      }
      present[column][r] = true;
      switch (kind) {
        case INT -> ((int[]) values[column])[r] = (Integer) value;
        case LONG, TIMESTAMP -> ((long[]) values[column])[r] = (Long) value;
        case DOUBLE -> ((double[]) values[column])[r] = (Double) value;
        case DATE -> ((int[]) values[column])[r] = (int) ((LocalDate) value).toEpochDay();
        case STRING -> throw new AssertionError(kind);
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
          // The next batch's guess: this one's bytes per row and an eighth, which a batch of a file's rows rarely
          // outgrows. A column that outgrows its guess is copied, and a guess of twice the need is held and copied
          // by the collector as long as the batch waits to be written.
          int perRow = text.length() / Math.max(1, batch.size);
          bytesPerRow[i] = perRow + perRow / 8 + 1;
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
