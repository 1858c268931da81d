package org.sahelevents.io.acled;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.sahelevents.core.DataLocation;

/**
 * Rows given as maps from column name to cell, such as the properties of GeoJSON features or the rows of a Spark
 * dataset, located by the JSON pointer a function gives for a row's 0-based index. The first row's keys are the layout.
 * Not thread-safe.
 */
final class MapRowSource implements RowSource {
  private final Iterator<? extends Map<String, String>> rows;
  private final LongFunction<String> pointer;
  private final AcledLayout layout;
  private final Map<String, Integer> positions = new HashMap<>();
  private Map<String, String> pending;
  private List<String> cells;
  private long index = -1;

  MapRowSource(Iterator<? extends Map<String, String>> rows, LongFunction<String> pointer) {
    this(rows, pointer, null);
  }

  /** Rows keyed by the {@link AcledLayout#names() names} of {@code layout}, or, when it is null, by the first row's. */
  MapRowSource(Iterator<? extends Map<String, String>> rows, LongFunction<String> pointer, AcledLayout layout) {
    this.rows = rows;
    this.pointer = pointer;
    this.pending = rows.hasNext() ? rows.next() : null;
    Map<String, String> first = pending == null ? Map.of() : pending;
    List<String> headers = layout != null ? layout.names() : List.copyOf(first.keySet());
    for (int i = 0; i < headers.size(); i++) {
      positions.put(headers.get(i), i);
    }
    List<String> cells = headers.stream().map(h -> first.getOrDefault(h, "")).toList();
    this.layout = layout != null ? layout : AcledLayout.of(headers, null, CsvRowSource.dateStyle(headers, cells),
        CsvRowSource.actorTypeStyle(headers, cells));
  }

  @Override
  public AcledLayout layout() {
    return layout;
  }

  @Override
  public boolean next() {
    Map<String, String> row;
    if (pending != null) {
      row = pending;
      pending = null;
    } else {
      try {
        if (!rows.hasNext()) {
          return false;
        }
        row = rows.next();
      } catch (RowSyntaxException e) {
        // A row the source could not read still takes its place in the count.
        index++;
        throw e;
      }
    }
    index++;
    String[] aligned = new String[positions.size()];
    Arrays.fill(aligned, "");
    for (Map.Entry<String, String> e : row.entrySet()) {
      Integer at = positions.get(e.getKey());
      if (at == null) {
        throw new RowSyntaxException(location(), -1, "field \"" + e.getKey() + "\" is not in the first row's fields");
      }
      aligned[at] = e.getValue() == null ? "" : e.getValue();
    }
    cells = Arrays.asList(aligned);
    return true;
  }

  @Override
  public List<String> cells() {
    return cells;
  }

  @Override
  public DataLocation location() {
    return DataLocation.atPointer(pointer.apply(index));
  }

  @Override
  public List<RowNote> notes() {
    return rows instanceof SourceRows source ? source.notes() : List.of();
  }

  @Override
  public Optional<String> raw() {
    return rows instanceof SourceRows text ? Optional.ofNullable(text.text()) : Optional.empty();
  }

  @Override
  public Optional<String> encodingNote() {
    return Optional.empty();
  }

  @Override
  public void close() throws java.io.IOException {
    if (rows instanceof java.io.Closeable closeable) {
      closeable.close();
    }
  }
}
