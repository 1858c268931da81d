package org.sahelevents.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Pattern;

/**
 * Jackson's reason for a JSON failure in words a person reads, for every reader of JSON in sahel-events: the source
 * description it adds to a location ({@code [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION`
 * disabled); line: 1, column: 23]}) becomes {@code line 1, column 23}, since the reader's own message names the
 * file. Stateless and thread-safe.
 */
public final class JsonErrors {
  private static final Pattern SOURCE = Pattern.compile("\\[Source: [^;]*; line: (\\d+), column: (\\d+)\\]");

  private JsonErrors() {}

  /** The failure's reason, without Jackson's description of the input. */
  public static String reason(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    return message == null ? "malformed JSON" : SOURCE.matcher(message).replaceAll("line $1, column $2");
  }
}
