package org.sahelevents.io.acled;

/**
 * Entry point for ACLED CSV: {@link #reader()} and {@link #writer()} return builders of immutable, thread-safe readers
 * and writers.
 *
 * <pre>{@code
 * AcledReader reader = AcledCsv.reader().badRows(BadRowPolicy.COLLECT).build();
 * try (AcledRecords records = reader.open(Path.of("mali.csv"));
 *      AcledCsvWriter.Output out = AcledCsv.writer().build().open(Path.of("copy.csv"))) {
 *   records.forEachRemaining(out::write);
 * }
 * }</pre>
 */
public final class AcledCsv {
  private AcledCsv() {}

  /** A builder of CSV readers: bad rows fail, ACLED's consistency rules are checked. */
  public static AcledReader.Builder reader() {
    return AcledReader.builder(false);
  }

  /** A builder of CSV writers: the records' own layout, UTF-8 without BOM, CRLF, cells as they are. */
  public static AcledCsvWriter.Builder writer() {
    return AcledCsvWriter.builder();
  }
}
