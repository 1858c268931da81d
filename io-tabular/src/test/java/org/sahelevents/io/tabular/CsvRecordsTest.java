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
}
