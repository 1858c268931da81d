package org.sahelevents.io.acled;

/**
 * Whether a writer protects people who open its CSV in a spreadsheet from formula injection: a cell such as
 * {@code =HYPERLINK(...)} in the notes of a scraped report would run as a formula in Excel or LibreOffice.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum SpreadsheetSafety {
  /** Write every cell as it is. Default, because neutralising changes the data. */
  OFF,
  /**
   * Prefix with {@code '} every cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
   * return, unless the whole cell is a number (so negative coordinates stay numbers). Spreadsheets show the cell as
   * text; a program reading the file back sees the {@code '}.
   */
  NEUTRALIZE_FORMULAS
}
