package org.sahelevents.io.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelevents.core.BadRowPolicy;

class CsvRecordsTest {
  private static CsvRecords records(String csv) throws IOException {
    CsvTokenizer tokenizer = new CsvTokenizer(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), 1000);
    tokenizer.next();
    int width = tokenizer.fields().size();
    return new CsvRecords(tokenizer, f -> f.size() == width ? null : f.size() + " fields, not " + width);
  }

  @Test
  void aStrayQuoteThatSwallowsRowsIsReportedOnItsOwnLinesAndReadingGoesOnAfterIt() throws IOException {
    CsvRecords rows = records("id,note,n\n1,\"broken,1\n2,fine,2\n3,fine,3\n");
    assertThatThrownBy(rows::next).isInstanceOfSatisfying(CsvSyntaxException.class, e -> {
      assertThat(e.line()).isEqualTo(2);
      assertThat(e.lastLine()).isEqualTo(2);
      assertThat(e.text()).isEqualTo("1,\"broken,1");
      assertThat(e.getMessage()).endsWith("; line 3 starts a row of its own, and reading goes on there");
    });
    List<String> ids = new ArrayList<>();
    while (rows.next()) {
      ids.add(rows.fields().get(0) + "@" + rows.line());
    }
    assertThat(ids).containsExactly("2@3", "3@4");
  }

  @Test
  void aRecordOfTheRightWidthOverSeveralLinesIsAQuotedLineBreakNotDamage() throws IOException {
    CsvRecords rows = records("id,note,n\n1,\"two\nlines\",1\n2,x,2\n");
    assertThat(rows.next()).isTrue();
    assertThat(rows.fields()).containsExactly("1", "two\nlines", "1");
    assertThat(rows.next()).isTrue();
    assertThat(rows.line()).isEqualTo(4);
    assertThat(rows.next()).isFalse();
  }

  @Test
  void aRecordPushedBackComesAgainWithItsLineAndOffset() throws IOException {
    CsvRecords rows = records("id\n\n1\n2\n");
    assertThat(rows.next()).isTrue();
    rows.pushBack();
    assertThat(rows.next()).isTrue();
    assertThat(rows.fields()).containsExactly("1");
    assertThat(rows.line()).isEqualTo(3);
    assertThat(rows.offset()).isEqualTo(4);
    assertThat(rows.next()).isTrue();
    assertThat(rows.fields()).containsExactly("2");
    assertThat(rows.offset()).isEqualTo(6);
  }

  @Test
  void theTallyCountsEveryRowAndAppliesThePolicy() {
    List<String> seen = new ArrayList<>();
    RowTally<String> collect = new RowTally<>(BadRowPolicy.COLLECT, seen::add, IllegalStateException::new, 1);
    collect.accepted(0);
    collect.accepted(2);
    collect.rejected("a");
    collect.rejected("b");
    assertThat(collect.read()).isEqualTo(collect.accepted() + collect.rejected()).isEqualTo(4);
    assertThat(collect.warnings()).isEqualTo(2);
    assertThat(collect.rowsWithWarnings()).isEqualTo(1);
    assertThat(collect.rejectedRows()).containsExactly("a");
    assertThat(seen).containsExactly("a", "b");
    RowTally<String> fail = new RowTally<>(BadRowPolicy.FAIL, seen::add, IllegalStateException::new, 1);
    assertThatThrownBy(() -> fail.rejected("c")).isInstanceOf(IllegalStateException.class).hasMessage("c");
    assertThat(fail.rejected()).isEqualTo(1);
    assertThat(seen).doesNotContain("c");
  }
  @Test
  void rowsReadAgainAfterADamagedRecordAreDecodedAsBeforeItNotAsItsLaterBytes() throws IOException {
    // The stray quote on line 2 runs on to the quote on line 4, past a byte that is not UTF-8 on line 4: line 3,
    // read again, is UTF-8, and the file falls back to Windows-1252 only at that byte.
    byte[] head = "id,note,n\n1,\"broken,1\n2,S\u00e9gou,2\n3,caf".getBytes(StandardCharsets.UTF_8);
    byte[] tail = " \"x\",3\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xE9;
    System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
    CsvTokenizer tokenizer = new CsvTokenizer(new ByteArrayInputStream(bytes), 1000);
    tokenizer.next();
    CsvRecords rows = new CsvRecords(tokenizer, f -> f.size() == 3 ? null : f.size() + " fields, not 3");
    assertThatThrownBy(rows::next).isInstanceOf(CsvSyntaxException.class);
    assertThat(rows.next()).isTrue();
    assertThat(rows.fields()).containsExactly("2", "S\u00e9gou", "2");
    assertThat(rows.next()).isTrue();
    assertThat(rows.fields()).containsExactly("3", "caf\u00e9 \"x\"", "3");
    assertThat(rows.encodingNote()).contains("not valid UTF-8 from byte " + head.length
        + "; the file mixes encodings: its start was read as UTF-8 and the rest as Windows-1252");
  }
}
