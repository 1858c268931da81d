/**
 * The {@code sahel-events} command-line tool, run as {@code java -jar cli/target/sahel-events.jar}: {@code validate}
 * checks ACLED and GeoJSON files and the model's JSON, {@code convert} converts between ACLED CSV, API JSON, GeoJSON,
 * GeoJSON sequences and the model's JSON, {@code corridor} keeps the incidents along a road, {@code stats} counts
 * incidents and fatalities, {@code map} writes one self-contained HTML page of incidents that opens offline, and
 * {@code demo} shows the library on bundled illustrative data. Inputs are read as what
 * their content is ({@link org.sahelevents.cli.ContentFormat}); what stops a command is said in one line by
 * {@link org.sahelevents.cli.Failures}.
 *
 * <pre>{@code
 * java -jar sahel-events.jar validate 2025-mali.csv
 * java -jar sahel-events.jar convert --lenient --rejects rejected.csv acled-response.json mali.csv
 * java -jar sahel-events.jar stats --format csv mali.csv
 * java -jar sahel-events.jar map --route RN6 --half-width-km 10 mali.csv article.json mali.html
 * java -jar sahel-events.jar demo
 * }</pre>
 */
package org.sahelevents.cli;
