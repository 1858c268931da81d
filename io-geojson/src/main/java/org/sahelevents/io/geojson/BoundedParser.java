package org.sahelevents.io.geojson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;

/**
 * A parser that stops one value of a document (a feature, or a member of the top-level object) from growing past a
 * number of characters while it is read into memory, so that a document of any size is read in bounded memory. Not
 * thread-safe.
 */
final class BoundedParser extends JsonParserDelegate {
  private final int maxChars;
  private long start = -1;

  BoundedParser(JsonParser parser, int maxChars) {
    super(parser);
    this.maxChars = maxChars;
  }

  /** Starts counting at the current token. */
  void startValue() {
    start = delegate.currentLocation().getCharOffset();
  }

  /** Stops counting. */
  void endValue() {
    start = -1;
  }

  private <T> T checked(T result) throws StreamConstraintsException {
    if (start >= 0 && delegate.currentLocation().getCharOffset() - start > maxChars) {
      start = -1;
      throw new StreamConstraintsException("a feature or top-level member longer than " + maxChars + " characters");
    }
    return result;
  }

  @Override
  public JsonToken nextToken() throws IOException {
    return checked(delegate.nextToken());
  }

  @Override
  public JsonToken nextValue() throws IOException {
    return checked(delegate.nextValue());
  }

  @Override
  public String nextFieldName() throws IOException {
    return checked(delegate.nextFieldName());
  }

  @Override
  public boolean nextFieldName(SerializableString name) throws IOException {
    return checked(delegate.nextFieldName(name));
  }

  @Override
  public String nextTextValue() throws IOException {
    return checked(delegate.nextTextValue());
  }
}
