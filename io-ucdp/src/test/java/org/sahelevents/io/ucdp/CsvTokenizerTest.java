package org.sahelevents.io.ucdp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTokenizerTest {
  @Test
  void locatesRecordsByTheLineTheyStartOnThoughCellsHoldLineBreaks() throws IOException {
    CsvTokenizer t = new CsvTokenizer(new StringReader("a,b\r\n\"x\n\ny\",2\n\n3,\"\"\"q\"\"\"\n"), 100);
    assertThat(t.next()).isTrue();
    assertThat(t.fields()).containsExactly("a", "b");
    assertThat(t.next()).isTrue();
    assertThat(t.fields()).containsExactly("x\n\ny", "2");
    assertThat(t.firstLine()).isEqualTo(2);
    assertThat(t.lastLine()).isEqualTo(4);
    assertThat(t.next()).isTrue();
    assertThat(t.fields()).containsExactly("3", "\"q\"");
    assertThat(t.firstLine()).isEqualTo(6);
    assertThat(t.next()).isFalse();
  }

  @Test
  void keepsStrayQuotesAsTextAndReportsAnUnclosedOne() throws IOException {
    CsvTokenizer t = new CsvTokenizer(new StringReader("a\"b,\"c\"d\n\"open\n"), 100);
    assertThat(t.next()).isTrue();
    assertThat(t.fields()).isEqualTo(List.of("a\"b", "cd"));
    assertThat(t.error()).isNull();
    assertThat(t.next()).isTrue();
    assertThat(t.error()).contains("not closed");
  }

  @Test
  void readsARecordOverTheLimitToItsEndWithoutKeepingIt() throws IOException {
    CsvTokenizer t = new CsvTokenizer(new StringReader("abcdefgh,ij\nk\n"), 4);
    assertThat(t.next()).isTrue();
    assertThat(t.error()).contains("longer than the limit of 4");
    assertThat(t.next()).isTrue();
    assertThat(t.fields()).containsExactly("k");
    assertThat(t.error()).isNull();
  }
}
