package org.sahelevents.spark.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;
import org.sahelevents.io.acled.AcledFormatException;

/**
 * How the example jobs start and end: one Spark session (the master comes from {@code spark-submit} or
 * {@code -Dspark.master}), bad input reported in one line with the tool's exit codes (1 bad data, 2 wrong arguments,
 * 3 a file that cannot be read or written), never with a stack trace. Stateless and thread-safe.
 */
final class JobMain {
  /** A job's work in a session, given where it reports; it returns its exit code. For one run. */
  interface Body {
    int run(SparkSession spark, PrintStream err);
  }

  /** Arguments that do not fit the job's usage line. Immutable once thrown. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message, null, false, false);
    }
  }

  private JobMain() {}

  /** Runs {@code body} in the active or a new session and returns its exit code. */
  static int run(String usage, Body body, SparkSession spark, PrintStream err) {
    try {
      return body.run(spark, err);
    } catch (UsageException e) {
      err.println(e.getMessage());
      err.println("usage: " + usage);
      return 2;
    } catch (Exception e) {
      // Spark wraps what a task threw, and Scala throws checked exceptions undeclared (a missing input is an
      // IOException); the library's own exception carries the file and line.
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof AcledFormatException) {
          err.println(t.getMessage());
          return 1;
        }
        if (t instanceof IOException || t instanceof UncheckedIOException) {
          err.println(t.getMessage());
          return 3;
        }
      }
      if (e instanceof AnalysisException) {
        err.println(e.getMessage());
        return 3;
      }
      throw e;
    }
  }

  /** The session of a job's {@code main}: {@code spark-submit}'s, or a local one under {@code -Dspark.master}. */
  static SparkSession session(String job) {
    return SparkSession.builder().appName("sahel-events " + job).getOrCreate();
  }

  /**
   * Checks that a job's output directory does not exist yet, so that a run never mixes its files with an earlier one's.
   *
   * @throws UsageException if it exists
   */
  static void requireNew(SparkSession spark, String dir) {
    Path path = new Path(dir);
    try {
      if (path.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(path)) {
        throw new UsageException(dir + ": exists; choose a new directory");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": " + e.getMessage(), e);
    }
  }

  /** Exits with a job's code once its session has stopped. */
  static void exit(SparkSession spark, int code) {
    spark.stop();
    System.exit(code);
  }
}
