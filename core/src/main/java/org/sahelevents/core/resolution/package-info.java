/**
 * Resolution of contested facts: a {@link org.sahelevents.core.resolution.ResolutionPolicy} picks the current value
 * of a field from the {@link org.sahelevents.core.model.SourcedAssertion}s about it and explains the choice in a
 * {@link org.sahelevents.core.resolution.Resolution}. {@link org.sahelevents.core.resolution.StandardPolicy} has
 * ACLED's conservative rule, highest credibility, most recent, and preferred rank. Assertions with different valid
 * times form a series, so only the latest state competes; an {@link org.sahelevents.core.resolution.AsOf} date asks
 * what was true on a day (valid time) or what had been reported by then (recorded time). A
 * {@link org.sahelevents.core.resolution.Control} says who controlled a place on a day or over a period, and why.
 *
 * <pre>{@code
 * Resolution deaths = catalog.resolve(SubjectRef.of(kati), "fatalities", StandardPolicy.ACLED_CONSERVATIVE);
 * deaths.value();          // Optional[FatalityValue{estimate=... low=77 ...}]
 * deaths.explanation();    // the choice, its reason, and a verdict on every assertion
 * catalog.resolve(SubjectRef.of(kati), "fatalities", StandardPolicy.ACLED_CONSERVATIVE,
 *     AsOf.recordedBy(LocalDate.of(2026, 4, 26)));   // what had been reported by then
 * catalog.controllerOf(kidal, LocalDate.of(2026, 4, 28));   // CONTESTED [fla], with the claims and denial
 * }</pre>
 */
package org.sahelevents.core.resolution;
