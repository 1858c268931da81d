package org.sahelevents.spark.blackbox;

import org.apache.spark.sql.SparkSession;

/**
 * One local Spark session for every test of the module (starting one takes seconds): two cores, as on a laptop, and
 * few shuffle partitions, since test data is small. Spark stops it when the test JVM exits. Thread-safe.
 */
public final class SharedSpark {
  private SharedSpark() {}

  private static final class Holder {
    static final SparkSession SESSION = SparkSession.builder().master("local[2]").appName("sahel-events tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
  }

  /** The session. */
  public static SparkSession session() {
    return Holder.SESSION;
  }
}
