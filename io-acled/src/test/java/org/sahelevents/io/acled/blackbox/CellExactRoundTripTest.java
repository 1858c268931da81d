package org.sahelevents.io.acled.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.core.DataProblem;
import org.sahelevents.io.acled.AcledCells;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledCsvWriter;
import org.sahelevents.io.acled.AcledReader;
import org.sahelevents.io.acled.AcledRecord;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.acled.SpellingPolicy;

/**
 * Reading a file and writing it in its own layout changes no cell: every real export, and copies re-saved the ways
 * real files are (whole numbers with a zero fraction, lists without spaces, cells padded with no-break spaces).
 * Cells are compared as text, split by an RFC 4180 splitter of the test's own.
 */
class CellExactRoundTripTest {
  static Stream<Path> exports() throws IOException {
    Path dir = Path.of(System.getProperty("sahelevents.shared.dir", "../../shared"), "data", "acled");
    assumeTrue(Files.isDirectory(dir), () -> "skipped: real ACLED exports absent at " + dir);
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".csv")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("exports")
  void everyRealExportValidatesWithoutErrorsAndRoundTripsCellForCell(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertRoundTrip(file.getFileName().toString(), text);
  }

  @ParameterizedTest
  @MethodSource("exports")
  void reSavedCopiesRoundTripCellForCell(Path file) throws IOException {
    List<List<String>> rows = split(Files.readString(file, StandardCharsets.UTF_8));
    List<String> header = rows.get(0);
    StringBuilder copy = new StringBuilder(line(header));
    for (int r = 1; r < rows.size(); r++) {
      List<String> row = new ArrayList<>(rows.get(r));
      for (int i = 0; i < row.size() && i < header.size(); i++) {
        String name = header.get(i).strip().toLowerCase(java.util.Locale.ROOT);
        String cell = row.get(i);
        if ((name.equals("fatalities") || name.equals("year") || name.equals("geo_precision"))
            && cell.matches("\\d+")) {
          row.set(i, cell + ".0");
        } else if (name.equals("source") && cell.contains("; ")) {
          row.set(i, cell.replace("; ", ";"));
        } else if (name.equals("latitude") && !cell.isEmpty() && r % 3 == 0) {
          row.set(i, "\u00A0" + cell + "\u00A0");
        }
      }
      copy.append(line(row));
    }
    assertRoundTrip(file.getFileName() + " re-saved", copy.toString());
  }

  // Records read in batches keep the rows they were read from and give them as their cells: the cells their values
  // and spellings give, as a copy of the record, which keeps no row, shows.
  @ParameterizedTest
  @MethodSource("exports")
  void everyRowOfARealExportReadInBatchesHasTheCellsItsValuesGive(Path file) {
    for (AcledReader reader : List.of(AcledCsv.reader().badRows(BadRowPolicy.COLLECT).build(),
        AcledCsv.reader().badRows(BadRowPolicy.COLLECT).threads(2).build())) {
      try (AcledRecords records = reader.open(file)) {
        AcledCells cells = AcledCells.forLayout(records.layout());
        Iterator<AcledRecords.Batch<Integer>> batches = records.batches(batch -> {
          for (AcledRecord record : batch) {
            assertThat(cells.cells(record)).as("%s", record.origin())
                .isEqualTo(cells.cells(AcledRecord.builder().from(record).build()));
          }
          return batch.size();
        });
        long taken = 0;
        while (batches.hasNext()) {
          taken += batches.next().result();
        }
        assertThat(taken).isEqualTo(records.rowsAccepted()).isPositive();
      }
    }
  }

  @Test
  void normalisingWritesEveryValueAsTheLibraryDoes() {
    String csv = "event_id_cnty,event_date,year,event_type,sub_event_type,actor1,inter1,country,location,latitude,"
        + "longitude,fatalities,source\r\nMLI1,2025-09-07,2025.0,Battles,Armed clash,JNIM,Rebel group,Mali,Kati,"
        + "\u00A012.7441,-8.0726,\"1,316\",Reuters;AFP\r\n";
    assertThat(write(read(csv), AcledCsv.writer().build())).isEqualTo(csv);
    assertThat(write(read(csv), AcledCsv.writer().spellings(SpellingPolicy.NORMALIZE).build()))
        .endsWith("MLI1,2025-09-07,2025,Battles,Armed clash,JNIM,Rebel group,Mali,Kati,12.7441,-8.0726,1316,"
            + "Reuters; AFP\r\n");
  }

  @Test
  void anEditedValueIsWrittenAsTheLibraryWritesItNotWithItsStaleSpelling() {
    String csv = "event_id_cnty,event_date,year,event_type,sub_event_type,actor1,inter1,country,location,latitude,"
        + "longitude,fatalities\r\nMLI1,2025-09-07,2025,Battles,Armed clash,JNIM,Rebel group,Mali,Kati,12.7441,"
        + "-8.0726,3.0\r\n";
    List<AcledRecord> records = read(csv);
    AcledRecord edited = AcledRecord.builder().from(records.get(0)).fatalities(4).build();
    assertThat(write(List.of(records.get(0)), AcledCsv.writer().build())).endsWith(",3.0\r\n");
    assertThat(write(List.of(edited), AcledCsv.writer().build())).endsWith(",4\r\n");
  }

  private static void assertRoundTrip(String name, String text) {
    List<DataProblem> errors = new ArrayList<>();
    List<AcledRecord> records = new ArrayList<>();
    try (AcledRecords read = AcledCsv.reader().badRows(BadRowPolicy.COLLECT).build()
        .open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name,
            rejected -> errors.addAll(rejected.problems()))) {
      read.forEachRemaining(records::add);
    }
    assertThat(errors).as(name + ": errors").isEmpty();
    List<List<String>> in = split(text);
    List<List<String>> out = split(write(records, AcledCsv.writer().build()));
    assertThat(out).as(name + ": rows").hasSameSizeAs(in);
    for (int r = 0; r < in.size(); r++) {
      // Trailing empty cells past the header (an export's spare commas) are not part of any column.
      List<String> expected = in.get(r).subList(0, Math.min(in.get(r).size(), in.get(0).size()));
      assertThat(out.get(r)).as("%s: row %d", name, r + 1).isEqualTo(expected);
    }
  }

  private static List<AcledRecord> read(String csv) {
    try (AcledRecords records = AcledCsv.reader().build()
        .open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t", null)) {
      return records.stream().toList();
    }
  }

  private static String write(List<AcledRecord> records, AcledCsvWriter writer) {
    StringWriter out = new StringWriter();
    try (AcledCsvWriter.Output o = writer.open(out)) {
      records.forEach(o::write);
    }
    return out.toString();
  }

  private static String line(List<String> cells) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      line.append(i > 0 ? "," : "").append(c.matches("[^,\"\r\n]*") ? c : "\"" + c.replace("\"", "\"\"") + "\"");
    }
    return line.append("\r\n").toString();
  }

  // RFC 4180, comma-separated, for the test only: quoted fields, doubled quotes, CR, LF or CRLF line ends.
  static List<List<String>> split(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    boolean quoted = false;
    boolean any = false;
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        any = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
        any = true;
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (any || cell.length() > 0) {
          row.add(cell.toString());
          rows.add(row);
        }
        row = new ArrayList<>();
        cell.setLength(0);
        any = false;
      } else {
        cell.append(c);
        any = true;
      }
    }
    if (any || cell.length() > 0) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }
}
