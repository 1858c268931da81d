package org.sahelevents.io.acled;

/**
 * Entry point for the ACLED API's JSON ({@code {"status": 200, "success": true, "data": [{...}, ...]}}), read with
 * the same checks and policies as CSV. Stateless and thread-safe; the readers it builds are immutable and
 * thread-safe.
 *
 * <pre>{@code
 * try (AcledRecords records = AcledJson.reader().build().open(Path.of("acled-response.json"))) {
 *   records.stream().map(AcledModelMapping::toEvent).forEach(...);
 * }
 * }</pre>
 */
public final class AcledJson {
  private AcledJson() {}

  /** A builder of API JSON readers: bad rows fail, ACLED's consistency rules are checked. */
  public static AcledReader.Builder reader() {
    return AcledReader.builder(true);
  }
}
