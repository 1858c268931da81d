/**
 * Example Spark jobs, each a {@code main} for {@code spark-submit} or {@code spark/bin/run-local}:
 * {@link org.sahelevents.spark.examples.ConvertJob} (ACLED files to Parquet, GeoJSON text sequences and problems)
 * and {@link org.sahelevents.spark.examples.CorridorJob} (the incidents along a road, with the tool's corridor
 * properties, and counts per 25 km and week).
 *
 * <pre>{@code
 * spark/bin/run-local CorridorJob --route RN6 --half-width-km 10 mali.csv out/rn6
 * spark-submit --class org.sahelevents.spark.examples.CorridorJob --jars DEPENDENCY_JARS \
 *     spark/target/sahel-events-spark-0.1.0-SNAPSHOT.jar --route RN6 --half-width-km 10 hdfs:///acled out/rn6
 * }</pre>
 */
package org.sahelevents.spark.examples;
