package org.sahelevents.io.acled.api;

import java.time.Instant;
import java.util.Objects;

/**
 * What signing in to ACLED found: whose account, until when its tokens last, and whether its access tier returns
 * data. It holds no token. Immutable and thread-safe.
 *
 * @param account the account's email, as given
 * @param credentialsFrom where the credentials came from, such as {@code the environment (ACLED_EMAIL,
 *     ACLED_PASSWORD)}
 * @param accessTokenExpires when the access token expires (ACLED gives 24 hours)
 * @param refreshTokenExpires when the refresh token expires (ACLED gives 14 days), as far as the client knows
 * @param dataAccess whether a one-row query returned an event: false when the account's tier gives no API data
 */
public record AcledAccess(String account, String credentialsFrom, Instant accessTokenExpires,
    Instant refreshTokenExpires, boolean dataAccess) {
  public AcledAccess {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(credentialsFrom, "credentialsFrom");
    Objects.requireNonNull(accessTokenExpires, "accessTokenExpires");
    Objects.requireNonNull(refreshTokenExpires, "refreshTokenExpires");
  }
}
