package org.sahelevents.io.acled;

/**
 * Where {@link AcledCatalogWriter} keeps the explanation of each row's {@code fatalities} figure: which sources'
 * figures there were and why {@code ACLED_CONSERVATIVE} chose the one written. Default: {@link #NOTES}.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum FatalityExplanation {
  /**
   * At the end of the {@code notes} cell, after "Fatalities: ". The file keeps ACLED's current layout exactly, and
   * every reader of ACLED files sees the explanation. The default.
   */
  NOTES,
  /**
   * In an extra last column, {@value AcledCatalogWriter#EXPLANATION_COLUMN}. The notes stay as the analyst wrote them,
   * so the rows read back give the incidents as written; tools that expect exactly ACLED's 31 columns may object.
   */
  SIDE_COLUMN,
  /** Not written. */
  NONE
}
