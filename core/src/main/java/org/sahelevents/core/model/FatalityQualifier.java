package org.sahelevents.core.model;

/**
 * How a {@link FatalityEstimate} qualifies its figures.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum FatalityQualifier {
  /** One exact figure, in {@code best}. */
  EXACT,
  /** "At least": {@code low} is set and {@code high} is not. */
  AT_LEAST,
  /** "At most" or "up to": {@code high} is set. */
  AT_MOST,
  /** "About": {@code best} is set. */
  APPROXIMATE,
  /** A range: {@code low} and {@code high} are set. */
  RANGE,
  /** A vague term such as "dozens" or "عشرات": the term is kept and figures are optional. */
  VAGUE_TERM
}
