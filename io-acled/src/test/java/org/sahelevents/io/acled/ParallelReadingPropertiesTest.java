package org.sahelevents.io.acled;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.sahelevents.core.BadRowPolicy;
import org.sahelevents.core.DataProblem;

/**
 * Reading a file with several threads, cut into parts far smaller than its rows, gives exactly what one thread gives:
 * the same records with the same lines, warnings, spellings and cells, the same rejected rows with their locations,
 * cells, text and problems, in the same order, the same counts and the same note on the encoding, whatever the file
 * holds at the cuts: quoted line breaks of every kind, blank lines, stray quotes that swallow rows, rows of the wrong
 * width, bytes that are not UTF-8, multi-byte UTF-8, cells re-saved by a spreadsheet.
 */
class ParallelReadingPropertiesTest {
  private static final String HEADER = "event_id_cnty,event_date,year,event_type,sub_event_type,actor1,inter1,country,"
      + "location,latitude,longitude,notes,fatalities";

  /** What a row holds, of the kinds real files have. */
  enum RowKind {
    PLAIN, QUOTED_LF, QUOTED_CRLF, QUOTED_CR, DOUBLED_QUOTES, MULTI_BYTE, NOT_UTF8, STRAY_QUOTE, TOO_WIDE,
    BAD_NUMBER, BLANK_LINE_AFTER, WARNING, LONG_NOTES, RESPELLED
  }

  /** How the file ends its lines: a file of CR line ends has no line feed to cut it at. */
  enum LineEnd {
    LF("\n"), CRLF("\r\n"), CR("\r");

    final String text;

    LineEnd(String text) {
      this.text = text;
    }
  }

  @Provide
  Arbitrary<List<RowKind>> rows() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(30, Arbitraries.just(RowKind.PLAIN)),
        net.jqwik.api.Tuple.of(3, Arbitraries.of(RowKind.class))).list().ofMinSize(0).ofMaxSize(120);
  }

  @Property(tries = 300)
  void severalThreadsReadAFileAsOneThreadDoes(@ForAll("rows") List<RowKind> rows, @ForAll LineEnd lineEnd,
      @ForAll @IntRange(min = 8, max = 3000) int partBytes, @ForAll @IntRange(min = 2, max = 4) int threads)
      throws IOException {
    Path file = Files.createTempFile("parallel", ".csv");
    try {
      Files.write(file, csv(rows, lineEnd));
      Read one = read(file, AcledCsv.reader().badRows(BadRowPolicy.COLLECT).build());
      Read several = read(file, AcledCsv.reader().badRows(BadRowPolicy.COLLECT).threads(threads)
          .partBytes(partBytes).build());
      assertThat(several.rows).containsExactlyElementsOf(one.rows);
      assertThat(several.counts).isEqualTo(one.counts);
      Read batched = readInBatches(file, AcledCsv.reader().badRows(BadRowPolicy.COLLECT).threads(threads)
          .partBytes(partBytes).build());
      assertThat(batched.rows).containsExactlyElementsOf(one.rows);
      assertThat(batched.counts).isEqualTo(one.counts);
      if (Files.size(file) > HEADER.length() + 2L * partBytes && one.accepted > 0
          && rows.stream().allMatch(ParallelReadingPropertiesTest::cutsWhereItSays)) {
        // The reading threads did the work; the caller's thread does it only for a part it reads again, which a file
        // without quoted fields or undecodable bytes never has.
        assertThat(batched.workedOn).anyMatch(thread -> thread.startsWith("sahel-events-csv-"));
      }
      Read batchedByOne = readInBatches(file, AcledCsv.reader().badRows(BadRowPolicy.COLLECT).build());
      assertThat(batchedByOne.rows).containsExactlyElementsOf(one.rows);
    } finally {
      Files.delete(file);
    }
  }

  @Property(tries = 50)
  void underFailTheFirstBadRowEndsReadingAsWithOneThread(@ForAll("rows") @Size(min = 1) List<RowKind> rows,
      @ForAll @IntRange(min = 8, max = 600) int partBytes) throws IOException {
    Path file = Files.createTempFile("parallel", ".csv");
    try {
      Files.write(file, csv(rows, LineEnd.LF));
      assertThat(failure(file, AcledCsv.reader().threads(3).partBytes(partBytes).build()))
          .isEqualTo(failure(file, AcledCsv.reader().build()));
    } finally {
      Files.delete(file);
    }
  }

  private record Read(List<String> rows, long accepted, String counts, Set<String> workedOn) {}

  /** Whether a file of such rows has every line feed at the end of a row, and only UTF-8: no part is read again. */
  private static boolean cutsWhereItSays(RowKind kind) {
    return switch (kind) {
      case PLAIN, MULTI_BYTE, TOO_WIDE, BAD_NUMBER, BLANK_LINE_AFTER, WARNING, RESPELLED -> true;
      case QUOTED_LF, QUOTED_CRLF, QUOTED_CR, DOUBLED_QUOTES, NOT_UTF8, STRAY_QUOTE, LONG_NOTES -> false;
    };
  }

  private static Read read(Path file, AcledReader reader) {
    List<String> rows = new ArrayList<>();
    try (AcledRecords records = reader.open(file, rejected -> rows.add(describe(rejected)))) {
      records.forEachRemaining(record -> rows.add(describe(record)));
      return new Read(rows, records.rowsAccepted(), counts(records), Set.of());
    }
  }

  private static Read readInBatches(Path file, AcledReader reader) {
    List<String> rows = new ArrayList<>();
    Set<String> workedOn = ConcurrentHashMap.newKeySet();
    try (AcledRecords records = reader.open(file, rejected -> rows.add(describe(rejected)))) {
      // Each batch's descriptions of its records, and their warnings as the records hold them.
      Iterator<AcledRecords.Batch<Map.Entry<List<String>, List<DataProblem>>>> batches = records.batches(batch -> {
        workedOn.add(Thread.currentThread().getName());
        return Map.entry(batch.stream().map(ParallelReadingPropertiesTest::describe).toList(),
            batch.stream().flatMap(r -> r.warnings().stream()).toList());
      });
      long taken = 0;
      while (batches.hasNext()) {
        AcledRecords.Batch<Map.Entry<List<String>, List<DataProblem>>> batch = batches.next();
        assertThat(batch.result().getKey()).hasSize(batch.size());
        assertThat(batch.warnings()).isEqualTo(batch.result().getValue());
        rows.addAll(batch.result().getKey());
        taken += batch.size();
      }
      assertThat(taken).isEqualTo(records.rowsAccepted());
      return new Read(rows, records.rowsAccepted(), counts(records), workedOn);
    }
  }

  private static String failure(Path file, AcledReader reader) {
    List<String> rows = new ArrayList<>();
    try (AcledRecords records = reader.open(file)) {
      records.forEachRemaining(record -> rows.add(describe(record)));
      return rows + " " + counts(records);
    } catch (AcledFormatException e) {
      return rows + " failed: " + e.getMessage();
    }
  }

  private static String counts(AcledRecords records) {
    return records.rowsRead() + " read, " + records.rowsAccepted() + " accepted, " + records.rowsRejected()
        + " rejected, " + records.warnings() + " warnings, " + records.encodingNote();
  }

  // With the cells that writing the record in its own layout gives: records read in batches keep their rows for
  // these, which must be the cells their values and spellings give when read one at a time.
  private static String describe(AcledRecord record) {
    return record + " at " + record.origin() + " warned " + record.warnings() + " spelt " + record.spellings()
        + " cells " + AcledCells.forLayout(record.layout().orElseThrow()).cells(record);
  }

  private static String describe(AcledRejectedRow row) {
    return "rejected at " + row.location() + " cells " + row.cells() + " raw " + row.raw() + " problems "
        + row.problems();
  }

  private static byte[] csv(List<RowKind> rows, LineEnd lineEnd) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    text(out, HEADER + lineEnd.text);
    for (int i = 0; i < rows.size(); i++) {
      String id = "MLI" + (i + 1);
      String notes = "Militants attacked a convoy near the town.";
      String location = "Kati";
      String fatalities = "2";
      String year = "2024";
      String extra = "";
      switch (rows.get(i)) {
        case QUOTED_LF -> notes = "\"Militants attacked\na convoy.\"";
        case QUOTED_CRLF -> notes = "\"Militants attacked\r\na convoy.\r\n\"";
        case QUOTED_CR -> notes = "\"Militants\rattacked a convoy.\"";
        case DOUBLED_QUOTES -> notes = "\"The army said \"\"no losses\"\", then\n\"\"two\"\".\"";
        case MULTI_BYTE -> location = "S\u00e9gou \u2014 \u062a\u0645\u0628\u0643\u062a\u0648";
        case STRAY_QUOTE -> notes = "\"Militants attacked a convoy.";
        case TOO_WIDE -> extra = ",surplus";
        case BAD_NUMBER -> fatalities = "two";
        case WARNING -> year = "2023";
        case LONG_NOTES -> notes = "\"" + "A long account of the attack, line after line.\n".repeat(40) + "\"";
        case RESPELLED -> {
          // As a spreadsheet re-saves cells: whole numbers with a fraction, padding.
          fatalities = "2.0";
          year = "2024.0";
          location = "\u00A0Kati ";
        }
        default -> { }
      }
      String row = String.join(",", id, "2024-03-0" + (1 + i % 9), year, "Battles", "Armed clash", "JNIM",
          "Rebel group", "Mali", location, "12.7", "-8.0", notes, fatalities) + extra;
      if (rows.get(i) == RowKind.NOT_UTF8) {
        int cut = row.indexOf("near");
        text(out, row.substring(0, cut));
        out.write(0xE9);
        text(out, row.substring(cut));
      } else {
        text(out, row);
      }
      text(out, lineEnd.text);
      if (rows.get(i) == RowKind.BLANK_LINE_AFTER) {
        text(out, lineEnd.text + lineEnd.text);
      }
    }
    return out.toByteArray();
  }

  private static void text(ByteArrayOutputStream out, String text) {
    try {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
