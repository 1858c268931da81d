package org.sahelevents.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks model objects against their Jakarta constraints and cross-field invariants, and reports every violation at
 * once: of one value, one incident, or a whole {@link org.sahelevents.core.model.Catalog} (whose validation also
 * checks referential integrity).
 *
 * <p>It runs Hibernate Validator with the {@link ParameterMessageInterpolator}, so no Jakarta Expression Language
 * implementation is needed on the class path. Instances are immutable and thread-safe; {@link #standard()} is
 * created once, on first use, and shared.
 *
 * <pre>{@code
 * List<Violation> problems = ModelValidator.standard().validate(incident);
 * Incident checked = ModelValidator.standard().requireValid(incident);   // strict: throws with all of them
 * }</pre>
 */
public final class ModelValidator {
  private final Validator validator;

  private ModelValidator(Validator validator) {
    this.validator = validator;
  }

  // Building a ValidatorFactory scans classes and costs tens of milliseconds: do it once, lazily, per JVM.
  private static final class Standard {
    static final ModelValidator INSTANCE = create();
  }

  /** The shared validator. */
  public static ModelValidator standard() {
    return Standard.INSTANCE;
  }

  private static ModelValidator create() {
    ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
    return new ModelValidator(factory.getValidator());
  }

  /**
   * Returns every violation of the object and of everything it contains, errors and warnings, ordered by path.
   * An empty list means valid.
   */
  public List<Violation> validate(Object object) {
    Objects.requireNonNull(object, "object");
    Set<ConstraintViolation<Object>> found = validator.validate(object);
    return found.stream()
        .map(ModelValidator::toViolation)
        .distinct()
        .sorted(Comparator.comparing(Violation::path).thenComparing(Violation::message))
        .toList();
  }

  /** Whether the object has no errors (warnings allowed). */
  public boolean isValid(Object object) {
    return validate(object).stream().noneMatch(v -> v.severity() == Severity.ERROR);
  }

  /**
   * Returns the object if it has no errors; this is the strict way to build: {@code requireValid(builder.build())}.
   *
   * @throws ModelValidationException listing every violation, if there is at least one error
   */
  public <T> T requireValid(T object) {
    List<Violation> violations = validate(object);
    if (violations.stream().anyMatch(v -> v.severity() == Severity.ERROR)) {
      throw new ModelValidationException(typeName(object), violations);
    }
    return object;
  }

  private static Violation toViolation(ConstraintViolation<Object> cv) {
    Severity severity = cv instanceof HibernateConstraintViolation<?> hcv
        && hcv.getDynamicPayload(Severity.class) == Severity.WARNING ? Severity.WARNING : Severity.ERROR;
    return new Violation(path(cv.getPropertyPath()), cv.getMessage(), severity);
  }

  // "tags[1]" rather than Hibernate Validator's "tags[1].<list element>": container nodes keep only their index.
  private static String path(Path path) {
    StringBuilder out = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
        out.append('[').append(at == null ? "" : at).append(']');
      }
      String name = node.getName();
      if (name != null && !name.startsWith("<")) {
        out.append(out.length() == 0 ? "" : ".").append(name);
      }
    }
    return out.toString();
  }

  // Generated implementation classes are an implementation detail: name the public model type.
  private static String typeName(Object object) {
    String name = object.getClass().getSimpleName();
    return name.startsWith("Immutable") ? name.substring("Immutable".length()) : name;
  }
}
