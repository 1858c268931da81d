package org.sahelevents.core;

/**
 * Root of the unchecked exceptions thrown by sahel-events, so that callers can catch everything the library
 * signals about bad data with one clause.
 *
 * <p>Instances are immutable once thrown and safe to share between threads.
 */
public class SahelEventsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SahelEventsException(String message) {
    super(message);
  }

  public SahelEventsException(String message, Throwable cause) {
    super(message, cause);
  }
}
