package org.sahelevents.io.acled.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/**
 * One page of an API reply, checked whole before any of its rows is used: the envelope must be complete JSON with a
 * {@code data} array and no error, so that an empty or truncated reply fails instead of giving fewer rows. It holds
 * the page's bytes (at most one page), the number of rows, the total ACLED says the query has, and a digest of the
 * rows that tells a repeated page. Immutable once made; not shared.
 */
final class Page {
  private static final JsonFactory JSON = new JsonFactory();

  final byte[] body;
  final int rows;
  final OptionalLong total;
  final byte[] digest;

  private Page(byte[] body, int rows, OptionalLong total, byte[] digest) {
    this.body = body;
    this.rows = rows;
    this.total = total;
    this.digest = digest;
  }

  /**
   * Checks a reply.
   *
   * @throws AcledApiException ({@link AcledApiException.Reason#RESPONSE}) for an empty body, JSON that is truncated
   *     or malformed, a reply without a {@code data} array, or one that reports an error
   */
  static Page of(byte[] body, String url) {
    if (isBlank(body)) {
      throw new AcledApiException(AcledApiException.Reason.RESPONSE, url, "ACLED sent an empty reply, so rows may be "
          + "missing; it does so for calls too large for it: ask for a shorter date range (or a smaller page or "
          + "split size), or try again later");
    }
    int rows = -1;
    long dataStart = -1;
    long dataEnd = -1;
    Boolean success = null;
    long status = 200;
    long total = -1;
    List<String> errors = new ArrayList<>();
    try (JsonParser p = JSON.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw notEnvelope(url);
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        switch (field) {
          case "data" -> {
            if (value != JsonToken.START_ARRAY) {
              p.skipChildren();
              continue;
            }
            dataStart = p.currentTokenLocation().getByteOffset();
            rows = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
              p.skipChildren();
              rows++;
            }
            dataEnd = p.currentTokenLocation().getByteOffset();
          }
          case "success" -> success = value == JsonToken.VALUE_TRUE ? Boolean.TRUE
              : value == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
          case "status" -> status = value == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : status;
          case "total_count" -> total = value == JsonToken.VALUE_NUMBER_INT ? p.getLongValue()
              : value == JsonToken.VALUE_STRING ? parse(p.getText()) : total;
          case "error", "message", "messages" -> texts(p, errors);
          default -> p.skipChildren();
        }
      }
      if (p.nextToken() != null) {
        throw new IOException("content after the reply");
      }
    } catch (AcledApiException e) {
      throw e;
    } catch (IOException e) {
      String why = e instanceof JsonEOFException ? "it ends in the middle of its JSON, after " + body.length + " bytes"
          : "malformed JSON: " + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage());
      throw new AcledApiException(AcledApiException.Reason.RESPONSE, url, "ACLED's reply is truncated or broken ("
          + why + "), so rows may be missing; try again later");
    }
    if (Boolean.FALSE.equals(success) || status >= 400 || rows < 0) {
      String said = errors.isEmpty() ? "" : ": " + String.join("; ", errors);
      throw new AcledApiException(AcledApiException.Reason.RESPONSE, url, rows < 0 && errors.isEmpty()
          ? "ACLED's reply has no \"data\" array; the address may not be ACLED's API" : "ACLED reports an error"
          + (status >= 400 ? " (status " + status + ")" : "") + said);
    }
    byte[] digest = digest(Arrays.copyOfRange(body, (int) dataStart, (int) dataEnd + 1));
    return new Page(body, rows, total < 0 ? OptionalLong.empty() : OptionalLong.of(total), digest);
  }

  private static long parse(String text) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static AcledApiException notEnvelope(String url) {
    return new AcledApiException(AcledApiException.Reason.RESPONSE, url, "ACLED's reply is not its JSON envelope "
        + "({\"status\": ..., \"data\": [...]}); the address may not be ACLED's API");
  }

  // The strings inside an error member, however ACLED nests them.
  private static void texts(JsonParser p, List<String> into) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      into.add(p.getText());
      return;
    }
    if (!p.currentToken().isStructStart()) {
      return;
    }
    int depth = 0;
    do {
      JsonToken t = p.currentToken();
      if (t.isStructStart()) {
        depth++;
      } else if (t.isStructEnd()) {
        depth--;
      } else if (t == JsonToken.VALUE_STRING) {
        into.add(p.getText());
      }
      if (depth > 0) {
        p.nextToken();
      }
    } while (depth > 0);
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  private static byte[] digest(byte[] rows) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(rows);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
