package org.sahelevents.io.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CsvTokenizerTest {
  /**
   * Hands out at most {@code chunk} bytes per read, so that fields, UTF-8 sequences and line ends straddle buffer
   * fills.
   */
  static final class ChunkedStream extends InputStream {
    private final ByteArrayInputStream in;
    private final int chunk;

    ChunkedStream(byte[] bytes, int chunk) {
      this.in = new ByteArrayInputStream(bytes);
      this.chunk = chunk;
    }

    @Override
    public int read() {
      return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) {
      return in.read(b, off, Math.min(len, chunk));
    }
  }

  record Row(long line, List<String> fields) {}

  static List<Row> tokenize(String text) throws IOException {
    return tokenize(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 1 << 20);
  }

  static List<Row> tokenize(InputStream in, int maxRecordChars) throws IOException {
    CsvTokenizer t = new CsvTokenizer(in, maxRecordChars);
    List<Row> rows = new ArrayList<>();
    while (t.next()) {
      rows.add(new Row(t.recordStartLine(), List.copyOf(t.fields())));
    }
    return rows;
  }

  @Provide
  Arbitrary<List<List<String>>> tables() {
    // One-, two-, three- and four-byte UTF-8 (Tifinagh yaz, a musical clef) among the characters CSV treats apart.
    Arbitrary<String> cell = Arbitraries.of("a", "é", "ⵣ", "𝄞", ",", "\"", "\n", "\r", " ", ";").list().ofMaxSize(12)
        .map(parts -> String.join("", parts));
    return cell.list().ofMinSize(1).ofMaxSize(5).filter(r -> !(r.size() == 1 && r.get(0).isEmpty())).list()
        .ofMaxSize(6);
  }

  @Property(tries = 500)
  void quotedFieldsLineEndsAndLineNumbersSurviveAnyChunking(@ForAll("tables") List<List<String>> table,
      @ForAll @IntRange(min = 1, max = 9) int chunk, @ForAll boolean crlf) throws IOException {
    // A header with a comma, so that the delimiter is a comma whatever the rows hold.
    List<List<String>> rows = new ArrayList<>(List.of(List.of("h", "k")));
    rows.addAll(table);
    StringBuilder text = new StringBuilder();
    List<Long> startLines = new ArrayList<>();
    long line = 1;
    for (List<String> row : rows) {
      startLines.add(line);
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
            || cell.isEmpty() && row.size() == 1;
        text.append(i > 0 ? "," : "").append(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
        line += cell.replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count();
      }
      text.append(crlf ? "\r\n" : "\n");
      line++;
    }
    List<Row> read = tokenize(new ChunkedStream(text.toString().getBytes(StandardCharsets.UTF_8), chunk), 1 << 20);
    assertThat(read).extracting(Row::fields).containsExactlyElementsOf(rows);
    assertThat(read).extracting(Row::line).containsExactlyElementsOf(startLines);
  }

  @Test
  void blankLinesAreSkippedAndTheLastLineNeedsNoLineEnd() throws IOException {
    assertThat(tokenize("a,b\r\n\r\n\nc,\"d\""))
        .containsExactly(new Row(1, List.of("a", "b")), new Row(4, List.of("c", "d")));
  }

  @Test
  void malformedRecordsAreReportedWithTheirStartLine() {
    assertThatThrownBy(() -> tokenize("a,b\n\"never closed\n"))
        .isInstanceOf(CsvSyntaxException.class)
        .hasMessage("unterminated quoted field starting on line 2");
    assertThatThrownBy(() -> tokenize("a,\"b\"c\n"))
        .hasMessage("unexpected character 'c' after the closing quote of a field");
    assertThatThrownBy(() -> tokenize(new ByteArrayInputStream(("\"" + "x".repeat(100) + "\"").getBytes()), 50))
        .hasMessage("record longer than 50 characters");
  }

  @Test
  void theLimitCountsCharactersNotBytes() throws IOException {
    String accents = "é".repeat(40);
    assertThat(tokenize(new ByteArrayInputStream((accents + ",x\n").getBytes(StandardCharsets.UTF_8)), 50))
        .containsExactly(new Row(1, List.of(accents, "x")));
    assertThatThrownBy(() -> tokenize(new ByteArrayInputStream(("é".repeat(51) + "\n").getBytes(StandardCharsets.UTF_8)),
        50)).hasMessage("record longer than 50 characters");
  }

  @Test
  void afterAnOverLongRecordReadingGoesOnAtTheNextRecordEvenPastQuotedLineEnds() throws IOException {
    CsvTokenizer t = new CsvTokenizer(new ChunkedStream(("\"" + "x".repeat(60) + "\n\"\"still\ninside\",y\nnext,row\n")
        .getBytes(StandardCharsets.UTF_8), 7), 50);
    assertThatThrownBy(t::next).isInstanceOf(CsvSyntaxException.class).hasMessage("record longer than 50 characters");
    assertThat(t.next()).isTrue();
    assertThat(t.fields()).containsExactly("next", "row");
    assertThat(t.recordStartLine()).isEqualTo(4);
  }

  @Test
  void rowsArrivingThroughAPipeAreReadAsTheyComeWithoutWaitingForMore() throws IOException {
    // Serves the header and one row, then stands for a producer that has sent nothing more yet: reading on before
    // the rows at hand are used would wait.
    boolean[] more = {false};
    InputStream live = new InputStream() {
      private final ByteArrayInputStream sent = new ByteArrayInputStream("h,k\n1,2\n".getBytes());

      @Override
      public int read() {
        throw new UnsupportedOperationException();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (sent.available() > 0) {
          return sent.read(b, off, len);
        }
        assertThat(more[0]).as("a read that would wait for the producer").isTrue();
        return -1;
      }

      @Override
      public int available() {
        return sent.available();
      }
    };
    CsvTokenizer t = new CsvTokenizer(live, 1 << 20);
    assertThat(t.next()).isTrue();
    assertThat(t.fields()).containsExactly("h", "k");
    assertThat(t.next()).isTrue();
    assertThat(t.fields()).containsExactly("1", "2");
    more[0] = true;
    assertThat(t.next()).isFalse();
  }

  @Test
  void aStrayQuoteInAMalformedRecordDoesNotSwallowTheLinesAfterIt() throws IOException {
    CsvTokenizer t = new CsvTokenizer(new ByteArrayInputStream("h,k\na,\"b\"c\"d\nnext,row\n".getBytes()), 1 << 20);
    assertThat(t.next()).isTrue();
    assertThatThrownBy(t::next).hasMessage("unexpected character 'c' after the closing quote of a field");
    assertThat(t.next()).isTrue();
    assertThat(t.fields()).containsExactly("next", "row");
    assertThat(t.recordStartLine()).isEqualTo(3);
  }

  @Test
  void aCharacterAfterAClosingQuoteIsNamedAsTheCharacterItIs() {
    assertThatThrownBy(() -> tokenize("a,\"b\"é\n")).hasMessage("unexpected character 'é' after the closing quote of a field");
  }

  @Test
  void bytesThatAreNotUtf8AreReadAsWindows1252FromTheFirstSuchByte() throws IOException {
    byte[] head = "id,place\n1,\"Ségou \"\"".getBytes(StandardCharsets.UTF_8);
    byte[] rest = "centre\"\" Diéma\"\n2,Gao\n".getBytes(Charset.forName("windows-1252"));
    byte[] bytes = new byte[head.length + rest.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    System.arraycopy(rest, 0, bytes, head.length, rest.length);
    int firstLatin1 = head.length + "centre\"\" Di".length();
    for (int chunk : new int[] {3, 1 << 16}) {
      CsvTokenizer t = new CsvTokenizer(new ChunkedStream(bytes, chunk), 1 << 20);
      List<List<String>> rows = new ArrayList<>();
      while (t.next()) {
        rows.add(List.copyOf(t.fields()));
      }
      assertThat(rows).containsExactly(List.of("id", "place"), List.of("1", "Ségou \"centre\" Diéma"),
          List.of("2", "Gao"));
      assertThat(t.fellBackToWindows1252()).isTrue();
      assertThat(t.fallbackOffset()).isEqualTo(firstLatin1);
      assertThat(t.mixedEncoding()).isTrue();
    }
  }

  @Test
  void aByteOrderMarkIsDroppedAndASemicolonHeaderSetsTheDelimiter() throws IOException {
    CsvTokenizer t = new CsvTokenizer(new ByteArrayInputStream("\uFEFFa;\"b,c\"\n1;2\n".getBytes(StandardCharsets.UTF_8)),
        1 << 20);
    assertThat(t.delimiter()).isEqualTo(';');
    assertThat(t.next()).isTrue();
    assertThat(t.fields()).containsExactly("a", "b,c");
    assertThat(t.fellBackToWindows1252()).isFalse();
  }
  @Test
  void aTokenizerStartedWhereAnotherStoodReadsOnAsThatOneWould() throws IOException {
    byte[] bytes = "a;b\r\n1;\"x\ny\"\r\n\r\n2;S\u00e9gou\n3;\u00e9t\u00e9\n".getBytes(StandardCharsets.UTF_8);
    CsvTokenizer whole = new CsvTokenizer(new ByteArrayInputStream(bytes), 1 << 20);
    whole.next();
    whole.next();
    CsvTokenizer.Position at = whole.position();
    assertThat(at).isEqualTo(new CsvTokenizer.Position(14, 4, ';', -1, false));
    CsvTokenizer rest = new CsvTokenizer(new ByteArrayInputStream(bytes, 14, bytes.length - 14), 1 << 20, at);
    while (whole.next()) {
      assertThat(rest.next()).isTrue();
      assertThat(rest.fields()).isEqualTo(whole.fields());
      assertThat(rest.recordStartLine()).isEqualTo(whole.recordStartLine());
      assertThat(rest.recordStartOffset()).isEqualTo(whole.recordStartOffset());
    }
    assertThat(rest.next()).isFalse();
    assertThat(rest.recordStartOffset()).isEqualTo(25);
    assertThat(rest.position()).isEqualTo(whole.position());
  }

  @Test
  void aTokenizerStartedAfterAFallbackDecodesAsWindows1252AndKeepsTheFirstOffsetInItsNote() throws IOException {
    byte[] bytes = "1;caf\u00e9\n".getBytes(StandardCharsets.UTF_8);
    CsvTokenizer rest = new CsvTokenizer(new ByteArrayInputStream(bytes), 1 << 20,
        new CsvTokenizer.Position(500, 9, ';', 321, true));
    assertThat(rest.next()).isTrue();
    assertThat(rest.fields()).containsExactly("1", "caf\u00c3\u00a9");
    assertThat(rest.recordStartLine()).isEqualTo(9);
    assertThat(rest.encodingNote()).contains("not valid UTF-8 from byte 321; the file mixes encodings: its start "
        + "was read as UTF-8 and the rest as Windows-1252");
  }
}
