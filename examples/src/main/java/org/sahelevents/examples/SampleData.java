package org.sahelevents.examples;

import java.io.InputStream;
import java.io.UncheckedIOException;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledRecords;

/**
 * The sample data bundled with the examples and the tool's {@code demo}: 62 illustrative Mali events of 2025-2026 in
 * ACLED's current CSV layout, written for this project. They are not ACLED data: every note says so, and the events,
 * places and figures are illustrations of the kinds of events analysts follow (the fuel blockade's attacks on the
 * roads into Bamako, the April 2026 offensive, the loss of Kidal and Tessalit), not records of what happened.
 *
 * <p>Stateless and thread-safe.
 */
public final class SampleData {
  /** The name of the bundled file. */
  public static final String FILE_NAME = "mali-illustrative-2025-2026.csv";

  private SampleData() {}

  /** The bundled CSV's bytes; the caller closes the stream. */
  public static InputStream open() {
    InputStream in = SampleData.class.getResourceAsStream(FILE_NAME);
    if (in == null) {
      throw new UncheckedIOException(new java.io.FileNotFoundException(FILE_NAME + " is missing from the class path"));
    }
    return in;
  }

  /** The bundled events as ACLED records, read with the default (strict) reader. */
  public static AcledRecords records() {
    return AcledCsv.reader().build().open(open(), FILE_NAME, rejected -> { });
  }
}
