package org.sahelevents.io.ucdp;

/**
 * Entry point for UCDP GED CSV: {@link #reader()} returns a builder of immutable, thread-safe readers.
 *
 * <pre>{@code
 * UcdpReader reader = UcdpGed.reader().badRows(BadRowPolicy.COLLECT).build();
 * try (UcdpRecords records = reader.open(Path.of("GEDEvent_v25_1.csv"))) {
 *   records.stream().map(UcdpModelMapping::toEvent).forEach(e -> System.out.println(e.incident().getId()));
 * }
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class UcdpGed {
  private UcdpGed() {}

  /** A builder of CSV readers: bad rows fail, warnings are kept. */
  public static UcdpReader.Builder reader() {
    return UcdpReader.builder();
  }
}
