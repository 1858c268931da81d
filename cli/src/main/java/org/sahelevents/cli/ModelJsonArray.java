package org.sahelevents.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.sahelevents.core.json.ModelJson;
import org.sahelevents.core.model.Catalog;

/**
 * The tool's model output: a JSON array of catalogs, one per event, one per line, written as they come. Closing it
 * ends the array and closes the stream. Not thread-safe.
 */
final class ModelJsonArray implements AutoCloseable {
  private final ModelJson json = ModelJson.create();
  private final Writer writer;
  private boolean empty = true;

  ModelJsonArray(OutputStream stream) throws IOException {
    writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    writer.write("[");
  }

  void write(Catalog event) throws IOException {
    writer.write(empty ? "\n" : ",\n");
    empty = false;
    json.write(event, writer);
  }

  @Override
  public void close() throws IOException {
    writer.write("\n]\n");
    writer.close();
  }
}
