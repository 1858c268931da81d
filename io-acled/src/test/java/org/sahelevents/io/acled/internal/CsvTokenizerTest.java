package org.sahelevents.io.acled.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
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
  /** Hands out at most {@code chunk} characters per read, so that fields and line ends straddle buffer fills. */
  static final class ChunkedReader extends Reader {
    private final Reader in;
    private final int chunk;

    ChunkedReader(String text, int chunk) {
      this.in = new StringReader(text);
      this.chunk = chunk;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      return in.read(cbuf, off, Math.min(len, chunk));
    }

    @Override
    public void close() {}
  }

  record Row(long line, List<String> fields) {}

  static List<Row> tokenize(Reader in) throws IOException {
    CsvTokenizer t = new CsvTokenizer(in, ',', 1 << 20);
    List<Row> rows = new ArrayList<>();
    while (t.next()) {
      rows.add(new Row(t.recordStartLine(), List.copyOf(t.fields())));
    }
    return rows;
  }

  @Provide
  Arbitrary<List<List<String>>> tables() {
    Arbitrary<String> cell = Arbitraries.strings().withChars('a', 'é', ',', '"', '\n', '\r', ' ', ';').ofMaxLength(12);
    return cell.list().ofMinSize(1).ofMaxSize(5).filter(r -> !(r.size() == 1 && r.get(0).isEmpty())).list()
        .ofMaxSize(6);
  }

  @Property(tries = 500)
  void quotedFieldsLineEndsAndLineNumbersSurviveAnyChunking(@ForAll("tables") List<List<String>> table,
      @ForAll @IntRange(min = 1, max = 9) int chunk, @ForAll boolean crlf) throws IOException {
    StringBuilder text = new StringBuilder();
    List<Long> startLines = new ArrayList<>();
    long line = 1;
    for (List<String> row : table) {
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
    List<Row> rows = tokenize(new ChunkedReader(text.toString(), chunk));
    assertThat(rows).extracting(Row::fields).containsExactlyElementsOf(table);
    assertThat(rows).extracting(Row::line).containsExactlyElementsOf(startLines);
  }

  @Test
  void blankLinesAreSkippedAndTheLastLineNeedsNoLineEnd() throws IOException {
    assertThat(tokenize(new StringReader("a,b\r\n\r\n\nc,\"d\"")))
        .containsExactly(new Row(1, List.of("a", "b")), new Row(4, List.of("c", "d")));
  }

  @Test
  void malformedRecordsAreReportedWithTheirStartLine() {
    assertThatThrownBy(() -> tokenize(new StringReader("a,b\n\"never closed\n")))
        .isInstanceOf(CsvSyntaxException.class)
        .hasMessage("unterminated quoted field starting on line 2");
    assertThatThrownBy(() -> tokenize(new StringReader("a,\"b\"c\n")))
        .hasMessage("unexpected character 'c' after the closing quote of a field");
    assertThatThrownBy(() -> new CsvTokenizer(new StringReader("\"" + "x".repeat(100) + "\""), ',', 50).next())
        .hasMessage("record longer than 50 characters");
  }
}
