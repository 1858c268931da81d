package org.sahelevents.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.sahelevents.io.acled.AcledCsv;
import org.sahelevents.io.acled.AcledJson;
import org.sahelevents.io.acled.AcledReader;
import org.sahelevents.io.acled.AcledRecords;
import org.sahelevents.io.acled.AcledRejectedRow;
import org.sahelevents.io.acled.AcledValidation;
import org.sahelevents.io.acled.BadRowPolicy;

/** Opens the ACLED inputs of the commands: files or standard input ({@code -}). */
final class Inputs {
  private Inputs() {}

  static AcledRecords open(String file, DataFormat format, BadRowPolicy policy, InputStream stdin,
      java.util.function.Consumer<AcledRejectedRow> onRejected) throws NoSuchFileException {
    AcledReader.Builder builder = switch (format) {
      case ACLED_CSV -> AcledCsv.reader();
      case ACLED_JSON -> AcledJson.reader();
      case JSON -> throw new IllegalArgumentException("the model's JSON is an output format");
    };
    AcledReader reader = builder.badRows(policy).validation(AcledValidation.CONSISTENCY).build();
    if (file.equals("-")) {
      return reader.open(stdin, "<stdin>", onRejected);
    }
    Path path = Path.of(file);
    if (!Files.isRegularFile(path)) {
      throw new NoSuchFileException(file);
    }
    return reader.open(path, onRejected);
  }
}
