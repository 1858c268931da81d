/**
 * Runnable examples, each a small {@code main} program whose javadoc says what it teaches.
 * {@link org.sahelevents.examples.ModelTheArticle} prints the contested facts of the late-April 2026 events in Mali
 * side by side; {@link org.sahelevents.examples.MaliApril2026} builds that catalog.
 *
 * <pre>{@code
 * Catalog mali = MaliApril2026.catalog();
 * mali.actorsNamed("GSIM");   // [JNIM]
 * mali.resolve(SubjectRef.of(MaliApril2026.CAMARA_KILLING), "fatalities", StandardPolicy.ACLED_CONSERVATIVE);
 * }</pre>
 */
package org.sahelevents.examples;
