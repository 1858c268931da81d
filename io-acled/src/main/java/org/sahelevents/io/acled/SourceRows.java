package org.sahelevents.io.acled;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Rows given as maps from column name to cell, such as GeoJSON features' properties, that can also give the original
 * text of the row they returned last: a reader keeps that text with a row it rejects ({@link AcledRejectedRow#raw()}),
 * so that nothing of it is lost, and what it found wrong with it ({@link #notes()}). Not thread-safe.
 */
public interface SourceRows extends Iterator<Map<String, String>> {
  /** The original text of the row {@link #next()} returned last, such as a feature's JSON; null if unknown. */
  String text();

  /** What the source found wrong with the row {@link #next()} returned last; none by default. */
  default List<RowNote> notes() {
    return List.of();
  }
}
