package org.sahelevents.io.ucdp;

/**
 * Entry point for UCDP GED: {@link #reader()} (CSV) and {@link #apiReader()} (the API's JSON) return builders of
 * immutable, thread-safe readers.
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
    return UcdpReader.builder(false);
  }

  /** A builder of readers of one page of the UCDP API's JSON: bad rows fail, warnings are kept. */
  public static UcdpReader.Builder apiReader() {
    return UcdpReader.builder(true);
  }
}
