package org.sahelevents.cli;

import java.util.List;
import java.util.stream.Collectors;

/** One RFC 4180 CSV line, for the tool's own CSV outputs (rejected rows, statistics). Stateless. */
final class CsvLine {
  private CsvLine() {}

  /** The cells joined by commas, quoted where they hold a comma, a quote or a line break, ended by CRLF. */
  static String of(List<String> cells) {
    return cells.stream()
        .map(c -> c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")
            ? "\"" + c.replace("\"", "\"\"") + "\"" : c)
        .collect(Collectors.joining(",", "", "\r\n"));
  }
}
