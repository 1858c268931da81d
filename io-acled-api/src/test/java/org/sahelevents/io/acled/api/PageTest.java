package org.sahelevents.io.acled.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The whole-page check that stands between a reply and its rows. */
class PageTest {
  private static Page page(String json) {
    return Page.of(json.getBytes(StandardCharsets.UTF_8), "http://api/read");
  }

  private static AcledApiException refused(String json) {
    return catchThrowableOfType(AcledApiException.class, () -> page(json));
  }

  @Test
  void countsTheRowsAndReadsTheTotalAsANumberOrAString() {
    Page p = page("{\"status\":200,\"success\":true,\"total_count\":\"12\",\"data\":[{\"a\":\"1\"},{\"a\":2}]}");
    assertThat(p.rows).isEqualTo(2);
    assertThat(p.total).hasValue(12);
    assertThat(page("{\"data\":[],\"total_count\":0}").total).hasValue(0);
    assertThat(page("{\"success\":true,\"data\":[]}").total).isEmpty();
  }

  @Test
  void theDigestTellsTheSameRowsApartFromOthersWhateverTheEnvelopeSays() {
    Page a = page("{\"count\":1,\"data\":[{\"id\":\"MLI1\"}]}");
    Page same = page("{\"count\":1, \"data\":[{\"id\":\"MLI1\"}], \"filename\":\"x\"}");
    Page other = page("{\"count\":1,\"data\":[{\"id\":\"MLI2\"}]}");
    assertThat(a.digest).isEqualTo(same.digest).isNotEqualTo(other.digest);
  }

  @Test
  void anEmptyOrBlankBodyIsRefused() {
    assertThat(refused("").getMessage()).contains("empty reply");
    assertThat(refused(" \r\n").reason()).isEqualTo(AcledApiException.Reason.RESPONSE);
  }

  @Test
  void truncatedOrTrailingJsonIsRefused() {
    assertThat(refused("{\"data\":[{\"a\":\"1\"},{\"a\":").getMessage()).contains("ends in the middle of its JSON");
    assertThat(refused("{\"data\":[]} {}").getMessage()).contains("malformed JSON")
        .doesNotContain("Exception");
  }

  @Test
  void anErrorEnvelopeGivesACLEDsWords() {
    assertThat(refused("{\"success\":false,\"error\":{\"code\":\"x\",\"message\":\"Access denied\"}}").getMessage())
        .contains("ACLED reports an error: x; Access denied");
    assertThat(refused("{\"status\":403,\"message\":\"Forbidden\",\"data\":[]}").getMessage())
        .contains("(status 403): Forbidden");
  }

  @Test
  void aReplyWithoutDataIsNotACLEDs() {
    assertThat(refused("{\"status\":200}").getMessage()).contains("no \"data\" array");
    assertThat(refused("[1,2]").getMessage()).contains("not its JSON envelope");
  }
}
