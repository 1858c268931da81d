package org.sahelevents.io.geoparquet.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledCsvWriter;
import org.sahelevents.io.acled.AcledLayout;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.geoparquet.GeoParquet;
import org.sahelevents.io.geoparquet.GeoParquetFeatures;
import org.sahelevents.io.geoparquet.GeoParquetWriter;

/** Every real ACLED export through GeoParquet and back to CSV, cell for cell, HXL tag row included. */
class RealExportsTest {
  @TempDir
  Path dir;

  // ACLED's terms forbid copying its exports into the project: they are read where they are, or the test is skipped.
  static Stream<Path> exports() throws IOException {
    Path acled = Path.of(System.getProperty("sahelevents.shared.dir", "../../shared")).resolve("data/acled");
    assumeTrue(Files.isDirectory(acled), () -> "skipped: no real ACLED exports at " + acled);
    try (Stream<Path> listing = Files.list(acled)) {
      return listing.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("exports")
  void csvToGeoParquetToCsvChangesNoCell(Path file) throws Exception {
    List<AcledRecord> records;
    AcledLayout layout;
    try (AcledRecords in = AcledCsv.reader().build().open(file)) {
      layout = in.layout();
      records = in.stream().toList();
    }
    Path parquet = dir.resolve("export.parquet");
    // Small row groups, so that rows are read back across several of them.
    try (GeoParquetWriter.Output out = GeoParquet.writer().rowGroupRows(1000).build().open(parquet)) {
      records.forEach(out::write);
      assertThat(out.rowsWritten()).isEqualTo(records.size());
    }
    List<AcledRecord> back;
    try (AcledRecords in = GeoParquet.reader().build().records(parquet, null)) {
      back = in.stream().toList();
      assertThat(in.rowsRead()).isEqualTo(records.size());
      assertThat(in.rowsRejected()).isZero();
    }
    assertThat(back).isEqualTo(records);
    try (GeoParquetFeatures features = GeoParquet.reader().build().features(parquet)) {
      assertThat(features.acledLayout()).contains(layout);
    }
    // The CSV writer writes a file's records back cell for cell (io-acled's CellExactRoundTripTest), so the same text
    // from the records read back means the same cells as the file's.
    assertSameLines(csv(back, layout), csv(records, layout));
  }

  // The first line that differs, rather than a diff of whole files.
  private static void assertSameLines(String actual, String expected) {
    List<String> a = actual.lines().toList();
    List<String> e = expected.lines().toList();
    for (int i = 0; i < Math.min(a.size(), e.size()); i++) {
      assertThat(a.get(i)).as("line %d", i + 1).isEqualTo(e.get(i));
    }
    assertThat(a.size()).as("lines").isEqualTo(e.size());
  }

  private static String csv(List<AcledRecord> records, AcledLayout layout) {
    StringWriter text = new StringWriter();
    try (AcledCsvWriter.Output out = AcledCsv.writer().layout(layout).build().open(text)) {
      records.forEach(out::write);
    }
    return text.toString().replace("\r\n", "\n");
  }
}
