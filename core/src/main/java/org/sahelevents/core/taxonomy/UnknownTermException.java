package org.sahelevents.core.taxonomy;

import org.sahelevents.core.SahelEventsException;

/**
 * Thrown when a value is not a term of a controlled vocabulary, for example an unknown ACLED event type. It keeps
 * the vocabulary's name and the raw value so that readers can report them with the location of the value.
 *
 * <p>Instances are immutable once thrown.
 */
public final class UnknownTermException extends SahelEventsException {
  private static final long serialVersionUID = 1L;

  private final String vocabulary;
  private final String rawValue;

  public UnknownTermException(String vocabulary, String rawValue, String expected) {
    super("unknown " + vocabulary + " \"" + rawValue + "\"; expected " + expected);
    this.vocabulary = vocabulary;
    this.rawValue = rawValue;
  }

  /** The vocabulary the value was looked up in, for example {@code "event type"}. */
  public String vocabulary() {
    return vocabulary;
  }

  /** The value exactly as given. */
  public String rawValue() {
    return rawValue;
  }
}
