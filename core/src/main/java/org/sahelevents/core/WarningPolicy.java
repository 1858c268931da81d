package org.sahelevents.core;

/**
 * What a reader does with a row whose problems are all warnings: usable but inconsistent, such as an ACLED row whose
 * {@code year} disagrees with its {@code event_date}. Errors (a row that cannot be used) always reject the row; see
 * {@link BadRowPolicy} for what happens then.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum WarningPolicy {
  /** Keep the row and report its warnings with it. Default. */
  KEEP,
  /** Strict mode: reject the row as if its warnings were errors. */
  REJECT
}
