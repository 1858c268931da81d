/**
 * Resolution of contested facts: a {@link org.sahelevents.core.resolution.ResolutionPolicy} picks the current value
 * of a field from the {@link org.sahelevents.core.model.SourcedAssertion}s about it and explains the choice in a
 * {@link org.sahelevents.core.resolution.Resolution}. {@link org.sahelevents.core.resolution.StandardPolicy} has
 * ACLED's conservative rule, highest credibility, most recent, and preferred rank.
 *
 * <pre>{@code
 * Resolution deaths = catalog.resolve(SubjectRef.of(kati), "fatalities", StandardPolicy.ACLED_CONSERVATIVE);
 * deaths.value();          // Optional[FatalityValue{estimate=... low=77 ...}]
 * deaths.explanation();    // the choice, its reason, and a verdict on every assertion
 * }</pre>
 */
package org.sahelevents.core.resolution;
