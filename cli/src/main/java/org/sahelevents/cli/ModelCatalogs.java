package org.sahelevents.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.sahelevents.core.json.ModelJson;
import org.sahelevents.core.json.ModelJsonException;
import org.sahelevents.core.model.Catalog;

/**
 * The catalogs of the model's JSON as the tool writes it (an array of catalogs, {@link ModelJsonArray}), read one at a
 * time, so that a file of any size takes the memory of its largest catalog. A catalog that is well-formed JSON but
 * not a catalog is given with its problem, located by its JSON pointer ({@code /3/incidents/0/eventType}); JSON that is
 * not well-formed ends the input with its line and column. Not thread-safe.
 */
final class ModelCatalogs implements Iterator<ModelCatalogs.Entry>, AutoCloseable {
  /**
   * One element of the array: its 0-based index, and the catalog or why it is not one.
   *
   * @param catalog null when {@code problem} is set
   * @param problem null when {@code catalog} is set
   */
  record Entry(long index, Catalog catalog, ModelJsonException problem) {
    /** The element's JSON pointer: {@code /3}. */
    String pointer() {
      return "/" + index;
    }

    /** Why the element is not a catalog: {@code /3/incidents/0/eventType: cannot read ...}. */
    String problemMessage() {
      return pointer() + problem.pointer() + ": " + problem.reason();
    }
  }

  private static final ModelJson MODEL = ModelJson.create();
  // The model nests a few levels (a catalog, an incident, its location); deeper input is hostile or broken.
  private static final int MAX_NESTING_DEPTH = 64;

  private final JsonParser parser;
  private final String name;
  private long index = -1;
  private Entry next;
  private boolean ended;

  /**
   * Starts reading.
   *
   * @param name how messages name the input
   * @throws CommandFailure if the input is not a JSON array
   */
  ModelCatalogs(InputStream in, String name) {
    this.name = name;
    try {
      parser = JsonMapper.builder(JsonFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
          .build()).build().createParser(in);
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        parser.close();
        throw new CommandFailure(ExitCode.BAD_DATA, name + ": /: the model's JSON is an array of catalogs");
      }
    } catch (JsonProcessingException e) {
      throw malformed(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null && !ended) {
      next = read();
    }
    return next != null;
  }

  @Override
  public Entry next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Entry e = next;
    next = null;
    return e;
  }

  private Entry read() {
    try {
      JsonToken t = parser.nextToken();
      if (t == JsonToken.END_ARRAY) {
        ended = true;
        if (parser.nextToken() != null) {
          throw new CommandFailure(ExitCode.BAD_DATA, name + ": content after the array of catalogs (line "
              + parser.currentLocation().getLineNr() + ")");
        }
        return null;
      }
      index++;
      if (t != JsonToken.START_OBJECT) {
        ended = true;
        throw new CommandFailure(ExitCode.BAD_DATA, name + ": /" + index + ": a catalog is a JSON object");
      }
      JsonNode tree = parser.readValueAsTree();
      try {
        return new Entry(index, MODEL.read(tree.toString(), Catalog.class), null);
      } catch (ModelJsonException e) {
        return new Entry(index, null, e);
      }
    } catch (JsonProcessingException e) {
      ended = true;
      throw malformed(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private CommandFailure malformed(JsonProcessingException e) {
    String where = e.getLocation() == null ? ""
        : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    return new CommandFailure(ExitCode.BAD_DATA, name + ": not well-formed JSON" + where + ": "
        + e.getOriginalMessage());
  }

  /** Catalogs read so far, readable or not. */
  long catalogsRead() {
    return index + 1;
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
