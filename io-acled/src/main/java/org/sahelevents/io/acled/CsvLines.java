package org.sahelevents.io.acled;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * RFC 4180 CSV lines: the one quoting routine of the library and the tool, for ACLED files, rejected rows and tables.
 * A cell is quoted when it holds a comma, a quote or a line break, or starts or ends with a space (which a reader would
 * otherwise strip); quotes inside are doubled. With {@link SpreadsheetSafety#NEUTRALIZE_FORMULAS}, a cell that a
 * spreadsheet would run as a formula is prefixed with {@code '} first.
 *
 * <pre>{@code
 * String line = CsvLines.line(List.of("MLI1", "=HYPERLINK(\"x\")"), SpreadsheetSafety.NEUTRALIZE_FORMULAS,
 *     LineEnding.CRLF);                    // MLI1,"'=HYPERLINK(""x"")"\r\n
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class CsvLines {
  private CsvLines() {}

  /** The cells as one line, separated by commas and ended by {@code ending}. */
  public static String line(List<String> cells, SpreadsheetSafety safety, LineEnding ending) {
    StringBuilder line = new StringBuilder(cells.size() * 16);
    appendLine(line, cells, safety, ending);
    return line.toString();
  }

  /** Appends the cells as one line, separated by commas and ended by {@code ending}. */
  public static void appendLine(StringBuilder out, List<String> cells, SpreadsheetSafety safety, LineEnding ending) {
    Objects.requireNonNull(ending, "ending");
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      appendCell(out, cells.get(i), safety);
    }
    out.append(ending.chars());
  }

  /** Appends one cell, quoted where it needs to be. */
  public static void appendCell(StringBuilder out, String cell, SpreadsheetSafety safety) {
    String v = safety == SpreadsheetSafety.NEUTRALIZE_FORMULAS ? neutralize(cell) : cell;
    boolean quote = !v.isEmpty() && (v.charAt(0) == ' ' || v.charAt(v.length() - 1) == ' ');
    for (int i = 0; !quote && i < v.length(); i++) {
      char c = v.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      out.append(v);
      return;
    }
    out.append('"');
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '"') {
        out.append('"');
      }
      out.append(c);
    }
    out.append('"');
  }

  /**
   * The cell with {@code '} in front when a spreadsheet would run it as a formula: it starts with {@code =},
   * {@code +}, {@code -}, {@code @}, a tab or a carriage return and is not a number (negative coordinates stay
   * numbers).
   */
  public static String neutralize(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    char c = cell.charAt(0);
    boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    if (!risky) {
      return cell;
    }
    try {
      new BigDecimal(cell);
      return cell;
    } catch (NumberFormatException e) {
      return "'" + cell;
    }
  }
}
