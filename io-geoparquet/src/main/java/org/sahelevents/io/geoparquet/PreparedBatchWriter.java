package org.sahelevents.io.geoparquet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.format.FieldRepetitionType;
import org.apache.parquet.format.SchemaElement;

/**
 * Writes the rows of {@link PreparedBatch prepared batches} to a Parquet file column by column, into {@link ColumnPages
 * pages} that a {@link ParquetFile} lays out in row groups, and the {@code geo} metadata of what it wrote when the
 * file ends. A batch's text is already encoded, so writing it is copying runs of bytes; this costs a fraction of
 * handing Parquet's record writer one value at a time, which hashes every value for a dictionary. Not thread-safe.
 */
final class PreparedBatchWriter implements AutoCloseable {
  static final String GEOMETRY = "geometry";
  static final String BBOX = "bbox";
  static final String SPELLINGS = "acled_spellings";
  static final String EVENT = "sahel_event";
  static final List<String> OWN_COLUMNS = List.of(GEOMETRY, BBOX, SPELLINGS, EVENT);

  private final AcledColumns columns;
  private final AcledColumns.Kind[] kinds;
  private final ParquetFile file;
  private final int rowGroupRows;
  // The pages of the leaf columns in the schema's order: the ACLED cells, geometry, bbox's four, spellings, event.
  private final ColumnPages[] pages;
  private final PageCompressor compressor;
  private int groupRows;
  private double xmin = Double.POSITIVE_INFINITY;
  private double ymin = Double.POSITIVE_INFINITY;
  private double xmax = Double.NEGATIVE_INFINITY;
  private double ymax = Double.NEGATIVE_INFINITY;

  /**
   * Starts a file on a stream, which {@link #close()} closes.
   *
   * @param unique columns whose values rarely repeat, whose pages carry no minimum and maximum
   */
  PreparedBatchWriter(OutputStream out, AcledColumns columns, Compression compression, int rowGroupRows,
      List<String> unique) throws IOException {
    this.columns = columns;
    for (String own : OWN_COLUMNS) {
      if (columns.names().contains(own)) {
        throw new IllegalArgumentException("the layout has a column \"" + own + "\", which GeoParquet output "
            + "uses for itself; rename it");
      }
    }
    kinds = new AcledColumns.Kind[columns.size()];
    for (int i = 0; i < kinds.length; i++) {
      kinds[i] = columns.kind(i);
    }
    // The schema in depth-first order: the root, the cells, the geometry, the box's group and its four, the rest;
    // and its leaves, the columns, each with the layout of its values.
    List<SchemaElement> schema = new ArrayList<>();
    List<ParquetFile.Column> leaves = new ArrayList<>();
    List<ColumnPages.Layout> layouts = new ArrayList<>();
    List<SchemaElement> cells = columns.elements();
    schema.add(new SchemaElement("acled").setNum_children(cells.size() + OWN_COLUMNS.size()));
    for (int i = 0; i < cells.size(); i++) {
      schema.add(cells.get(i));
      layouts.add(kinds[i].layout());
      leaves.add(column(List.of(cells.get(i).getName()), kinds[i].layout(), unique));
    }
    schema.add(new SchemaElement(GEOMETRY).setType(ColumnPages.Layout.BINARY.type())
        .setRepetition_type(FieldRepetitionType.OPTIONAL));
    layouts.add(ColumnPages.Layout.BINARY);
    leaves.add(column(List.of(GEOMETRY), ColumnPages.Layout.BINARY, unique));
    schema.add(new SchemaElement(BBOX).setRepetition_type(FieldRepetitionType.OPTIONAL).setNum_children(4));
    for (String corner : List.of("xmin", "ymin", "xmax", "ymax")) {
      schema.add(new SchemaElement(corner).setType(ColumnPages.Layout.DOUBLE.type())
          .setRepetition_type(FieldRepetitionType.REQUIRED));
      layouts.add(ColumnPages.Layout.DOUBLE);
      leaves.add(column(List.of(BBOX, corner), ColumnPages.Layout.DOUBLE, unique));
    }
    for (String text : List.of(SPELLINGS, EVENT)) {
      schema.add(AcledColumns.Kind.STRING.element(text));
      layouts.add(ColumnPages.Layout.BINARY);
      leaves.add(column(List.of(text), ColumnPages.Layout.BINARY, unique));
    }
    this.rowGroupRows = rowGroupRows;
    compressor = new PageCompressor(compression);
    pages = new ColumnPages[leaves.size()];
    for (int i = 0; i < pages.length; i++) {
      pages[i] = new ColumnPages(layouts.get(i), leaves.get(i).order() != null, compressor);
    }
    file = new ParquetFile(out, schema, leaves, compression.codec);
  }

  // A column whose pages keep their bounds unless its values rarely repeat (named by the path's first name).
  private static ParquetFile.Column column(List<String> path, ColumnPages.Layout layout, List<String> unique) {
    return layout.column(path, !unique.contains(path.get(0)));
  }

  /** Writes a batch's rows, ending row groups at the writer's number of rows. */
  void write(PreparedBatch batch) throws IOException {
    int from = 0;
    while (from < batch.size) {
      int to = Math.min(batch.size, from + rowGroupRows - groupRows);
      write(batch, from, to);
      groupRows += to - from;
      if (groupRows == rowGroupRows) {
        endGroup();
      }
      from = to;
    }
    if (batch.bbox[0] <= batch.bbox[2]) {
      xmin = Math.min(xmin, batch.bbox[0]);
      ymin = Math.min(ymin, batch.bbox[1]);
      xmax = Math.max(xmax, batch.bbox[2]);
      ymax = Math.max(ymax, batch.bbox[3]);
    }
  }

  private void write(PreparedBatch batch, int from, int to) throws IOException {
    int c = 0;
    for (; c < kinds.length; c++) {
      Object values = batch.values[c];
      boolean[] present = batch.present[c];
      switch (kinds[c]) {
        case STRING -> pages[c].binaries((BinaryCells) values, from, to);
        case INT, DATE -> pages[c].ints((int[]) values, present, from, to);
        case LONG, TIMESTAMP -> pages[c].longs((long[]) values, present, from, to);
        case DOUBLE -> pages[c].doubles((double[]) values, present, from, to);
      }
    }
    pages[c++].points(batch.point, batch.x, batch.y, from, to);
    // The covering box of a point is the point: xmin and xmax are its x, ymin and ymax its y.
    pages[c++].doubles(batch.x, batch.point, from, to);
    pages[c++].doubles(batch.y, batch.point, from, to);
    pages[c++].doubles(batch.x, batch.point, from, to);
    pages[c++].doubles(batch.y, batch.point, from, to);
    pages[c++].binaries(batch.spellings, from, to);
    pages[c].binaries(batch.events, from, to);
  }

  private void endGroup() throws IOException {
    if (groupRows > 0) {
      file.startRowGroup(groupRows);
      for (ColumnPages column : pages) {
        column.writeTo(file);
      }
      file.endRowGroup();
      groupRows = 0;
    }
  }

  /** Ends the file: its last row group and the footer with the {@code geo} metadata; closes the stream. */
  @Override
  public void close() throws IOException {
    try {
      endGroup();
      boolean any = xmin <= xmax;
      Map<String, String> metadata = new LinkedHashMap<>();
      metadata.put(GeoMetadata.GEO, GeoMetadata.geo(GEOMETRY, any ? List.of("Point") : List.of(),
          any ? new double[] {xmin, ymin, xmax, ymax} : null, BBOX));
      metadata.put(GeoMetadata.LAYOUT, GeoMetadata.layout(columns.layout()));
      file.end(metadata);
    } finally {
      compressor.close();
    }
  }

  /** Gives up the file: closes the stream without a footer. */
  void abort() throws IOException {
    try {
      file.abort();
    } finally {
      compressor.close();
    }
  }
}
