package org.sahelevents.io.acled.api;

import java.util.Objects;
import java.util.Optional;
import org.sahelevents.core.SahelEventsException;

/**
 * A call to ACLED's API that failed, with a message that says what went wrong and what to do, and the address called
 * (which never holds a credential: the token travels in a header). No message of this library holds a password or a
 * token.
 *
 * <p>Instances are immutable once thrown, and so safe to share between threads.
 */
public final class AcledApiException extends SahelEventsException {
  private static final long serialVersionUID = 1L;

  /**
   * What kind of failure it is, so that a program can decide what to do; the message says it to a person. Enum
   * constants are immutable and thread-safe.
   */
  public enum Reason {
    /** ACLED refused the email and password, or none were given. */
    CREDENTIALS,
    /** ACLED accepts the account but its access tier returns no data. */
    NO_ACCESS,
    /** ACLED kept answering 429 (too many requests), or asked to wait longer than the client may. */
    RATE_LIMITED,
    /** ACLED kept answering with a server error (5xx) or an unexpected status. */
    SERVER,
    /** ACLED could not be reached: no connection, or no reply in time. */
    NETWORK,
    /** ACLED's reply cannot be trusted: empty, truncated, not its JSON, a repeated page, or an error it reports. */
    RESPONSE
  }

  private final Reason reason;
  private final String url;

  AcledApiException(Reason reason, String url, String message) {
    this(reason, url, message, null);
  }

  AcledApiException(Reason reason, String url, String message, Throwable cause) {
    super(url == null ? message : url + ": " + message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.url = url;
  }

  public Reason reason() {
    return reason;
  }

  /** The address that was called, without credentials; empty when the failure concerns no single call. */
  public Optional<String> url() {
    return Optional.ofNullable(url);
  }
}
