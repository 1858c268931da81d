package org.sahelevents.core.json;

import org.sahelevents.core.SahelEventsException;

/**
 * Thrown when JSON cannot be read as a model object. The message names the place as a JSON pointer
 * ({@code /incidents/0/eventType}) or, for malformed JSON, the line and column, then the reason.
 *
 * <p>Instances are immutable once thrown.
 */
public final class ModelJsonException extends SahelEventsException {
  private static final long serialVersionUID = 1L;

  private final String pointer;
  private final String reason;

  public ModelJsonException(String pointer, String reason, Throwable cause) {
    super((pointer.isEmpty() ? "/" : pointer) + ": " + reason, cause);
    this.pointer = pointer;
    this.reason = reason;
  }

  /** The RFC 6901 JSON pointer of the offending value; empty for the whole document or malformed JSON. */
  public String pointer() {
    return pointer;
  }

  /** What is wrong, without the location. */
  public String reason() {
    return reason;
  }
}
