package org.sahelevents.io.acled.api;

import java.time.Instant;
import java.util.Objects;

/**
 * An event ACLED deleted, as {@code deleted/read} returns it: its {@code event_id_cnty} and when it was deleted.
 * Immutable and thread-safe.
 *
 * @param eventIdCnty the deleted event's id, such as {@code MLI4111}
 * @param deletedAt when ACLED deleted it ({@code deleted_timestamp}, unix seconds)
 */
public record AcledDeletion(String eventIdCnty, Instant deletedAt) {
  public AcledDeletion {
    Objects.requireNonNull(eventIdCnty, "eventIdCnty");
    Objects.requireNonNull(deletedAt, "deletedAt");
  }
}
