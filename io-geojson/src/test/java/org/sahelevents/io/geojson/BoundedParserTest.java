package org.sahelevents.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The package-private {@link BoundedParser}: only a value being counted is limited, and only past its limit. */
class BoundedParserTest {
  private static BoundedParser parser(String json, int maxChars) throws IOException {
    return new BoundedParser(new JsonFactory().createParser(json), maxChars);
  }

  // Reads the value that starts at the next token to its end, counting it.
  private static void readCounted(BoundedParser p) throws IOException {
    p.nextToken();
    p.startValue();
    p.skipChildren();
    p.nextToken();
    p.endValue();
  }

  @Test
  void aValueWithinTheLimitIsReadAndTheRestIsNotCounted() throws IOException {
    String big = "\"" + "x".repeat(1_000) + "\"";
    try (BoundedParser p = parser("[{\"a\":[1,2,3]}," + big + "]", 20)) {
      assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
      readCounted(p);
      // Not counted: the long string is read whole.
      assertThat(p.currentToken()).isEqualTo(JsonToken.VALUE_STRING);
      assertThat(p.getText()).hasSize(1_000);
      assertThat(p.nextToken()).isEqualTo(JsonToken.END_ARRAY);
    }
  }

  @Test
  void aCountedValuePastTheLimitIsAConstraintViolationNamingTheLimit() throws IOException {
    try (BoundedParser p = parser("[{\"a\":[1,2,3,4,5,6,7,8,9,10,11,12,13]}]", 20)) {
      p.nextToken();
      p.nextToken();
      p.startValue();
      assertThatThrownBy(() -> {
        while (p.nextToken() != JsonToken.END_OBJECT) {
          // Reading on, token by token, as the tree reader does.
        }
      }).isInstanceOf(StreamConstraintsException.class)
          .hasMessageContaining("a feature or top-level member longer than 20 characters");
    }
  }
}
