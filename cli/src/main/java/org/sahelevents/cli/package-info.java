/**
 * The {@code sahel-events} command-line tool, run as {@code java -jar cli/target/sahel-events.jar}: {@code validate}
 * checks ACLED files row by row, {@code convert} turns ACLED CSV or API JSON into ACLED CSV or the model's JSON.
 *
 * <pre>{@code
 * java -jar sahel-events.jar validate 2025-mali.csv
 * java -jar sahel-events.jar convert --lenient --rejects rejected.csv acled-response.json mali.csv
 * }</pre>
 */
package org.sahelevents.cli;
