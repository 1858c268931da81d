/**
 * JMH benchmarks and the deterministic data generator behind them (not deployed). Build with
 * {@code mvn -q -DskipTests package}, then run {@code java -jar benchmarks/target/benchmarks.jar}; see
 * {@code benchmarks/README.md}.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar AcledReadBenchmark
 * java -cp benchmarks/target/benchmarks.jar org.sahelevents.benchmarks.AcledFileGenerator 300000 acled.csv
 * }</pre>
 */
package org.sahelevents.benchmarks;
