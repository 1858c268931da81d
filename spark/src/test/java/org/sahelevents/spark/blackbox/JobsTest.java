package org.sahelevents.spark.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelevents.spark.examples.ConvertJob;
import org.sahelevents.spark.examples.CorridorJob;

/** The example jobs report a wrong command line or a missing file in one line, with the tool's exit codes. */
class JobsTest {
  private static final SparkSession SPARK = SharedSpark.session();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private PrintStream err() {
    return new PrintStream(err, true, StandardCharsets.UTF_8);
  }

  private String said() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void tooFewArgumentsAreAUsageError() {
    assertThat(ConvertJob.run(SPARK, new String[] {"only-one"}, err())).isEqualTo(2);
    assertThat(said()).contains("give at least one input and the output directory")
        .contains("usage: ConvertJob IN... OUT_DIR");
  }

  @Test
  void anExistingOutputDirectoryIsAUsageError(@TempDir Path dir) {
    assertThat(ConvertJob.run(SPARK, new String[] {SharedData.awkward().toString(), dir.toString()}, err()))
        .isEqualTo(2);
    assertThat(said()).contains(dir + ": exists");
  }

  @Test
  void aMissingInputIsAFileError(@TempDir Path dir) {
    Path missing = dir.resolve("missing.csv");
    assertThat(ConvertJob.run(SPARK, new String[] {missing.toString(), dir.resolve("out").toString()}, err()))
        .isEqualTo(3);
    assertThat(said()).contains("missing.csv").doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void anUnknownRoadOrABadWidthIsAUsageError(@TempDir Path dir) {
    String in = SharedData.awkward().toString();
    String out = dir.resolve("out").toString();
    assertThat(CorridorJob.run(SPARK, new String[] {"--route", "RN99", "--half-width-km", "10", in, out}, err()))
        .isEqualTo(2);
    assertThat(CorridorJob.run(SPARK, new String[] {"--route", "RN6", "--half-width-km", "-1", in, out}, err()))
        .isEqualTo(2);
    assertThat(CorridorJob.run(SPARK, new String[] {"--route", "RN6", "--half-width-km", "10", "--since",
        "2025-02-30", in, out}, err())).isEqualTo(2);
    assertThat(said()).contains("unknown road RN99: use one of RN3").contains("must be a positive number")
        .contains("2025-02-30 is not a date");
  }
}
