package org.sahelevents.io.acled;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.sahelevents.core.DataProblem;
import org.sahelevents.core.WarningPolicy;
import org.sahelevents.core.validation.Severity;

/** Turns the rows of a source into records or rejected rows, in order. Not thread-safe: one per source. */
final class RowReader {
  private final RowSource source;
  private final String name;
  private final RowParser parser;

  RowReader(RowSource source, String name, AcledValidation validation, WarningPolicy warnings) {
    this.source = source;
    this.name = name;
    this.parser = new RowParser(source.layout(), name, validation, warnings, source::location);
  }

  /** Makes the records keep the rows they were parsed from (see {@link RowParser#keepRowsAsRead()}). */
  void keepRowsAsRead() {
    parser.keepRowsAsRead();
  }

  /** The next row: an {@link AcledRecord}, or an {@link AcledRejectedRow}; null at the end of the source. */
  Object next() throws IOException {
    List<String> cells;
    try {
      if (!source.next()) {
        return null;
      }
      cells = source.cells();
    } catch (RowSource.RowSyntaxException e) {
      List<String> headers = source.layout().headers();
      String column = e.field >= 0 && e.field < headers.size() ? headers.get(e.field) : null;
      DataProblem problem = new DataProblem(name, column == null ? e.location : e.location.member(column), column,
          null, e.getMessage(), Severity.ERROR);
      return new AcledRejectedRow(e.location, List.of(), Optional.ofNullable(e.raw), List.of(problem));
    }
    AcledRecord record = parser.parse(cells, source.notes());
    return record != null ? record : new AcledRejectedRow(source.location(), cells, source.raw(), parser.problems());
  }
}
