/**
 * Validation of the model: {@link org.sahelevents.core.validation.ModelValidator} reports every
 * {@link org.sahelevents.core.validation.Violation} of an object or a whole catalog, with its property path, and
 * {@link org.sahelevents.core.validation.ModelValidator#requireValid} throws one
 * {@link org.sahelevents.core.validation.ModelValidationException} that lists them all. The constraints are Jakarta
 * Bean Validation annotations on the model's getters, plus {@link org.sahelevents.core.validation.CheckInvariants}
 * for cross-field rules, so any Jakarta validator (a framework's {@code @Valid} included) checks the same rules.
 *
 * <pre>{@code
 * for (Violation v : ModelValidator.standard().validate(catalog)) {
 *   System.out.println(v);   // incidents[3].subEventType: "Air/drone strike" belongs to "Explosions/Remote violence", not to "Battles"
 * }
 * }</pre>
 */
package org.sahelevents.core.validation;
