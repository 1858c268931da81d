package org.sahelevents.core.validation;

/**
 * How serious a {@link Violation} is. Errors make an object invalid; warnings point at something suspicious, such as
 * a relation dated before one of its actors was founded, and never make {@link ModelValidator#requireValid} fail.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum Severity {
  ERROR,
  WARNING
}
