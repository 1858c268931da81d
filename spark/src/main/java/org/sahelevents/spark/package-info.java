/**
 * ACLED data in Apache Spark with this library's answers: files read by {@code AcledReader} inside
 * {@code mapPartitions} into datasets of an explicit schema ({@link org.sahelevents.spark.AcledSchema}), the problems
 * of every row as a second dataset, corridors and geodesics as SQL functions
 * ({@link org.sahelevents.spark.SahelFunctions}), and writers of GeoJSON text sequences and Parquet. Spark is a
 * {@code provided} dependency (3.5, Scala 2.13; the Java API only, so 2.12 and 4.x run it too).
 *
 * <pre>{@code
 * SparkSession spark = SparkSession.builder().getOrCreate();
 * AcledDatasets acled = AcledSpark.read(spark, "mali.csv");
 * acled.records().createOrReplaceTempView("acled");
 * SahelFunctions.register(spark);
 * spark.sql("SELECT event_id_cnty, corridor_locate('RN6', 10000, lon, lat) AS rn6 FROM acled")
 *     .filter("rn6.within").orderBy("rn6.chainage_m").show();
 * acled.problems().filter("row_rejected").select("message").show(false);
 * }</pre>
 *
 * <p>Model objects in datasets: every model type is {@link java.io.Serializable}, so
 * {@code Encoders.javaSerialization(Incident.class)} carries incidents through any shuffle as an opaque binary
 * column. For columns Spark can query, keep rows of {@link org.sahelevents.spark.AcledSchema#RECORDS} and make model
 * objects where they are needed ({@code AcledModelMapping.toEvent}). {@code Encoders.bean} does not apply (the model
 * has builders, no setters), and Kryo cannot rebuild the JDK's immutable lists the model holds.
 */
package org.sahelevents.spark;
