package org.sahelevents.core.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sahelevents.core.model.AssertedValue;
import org.sahelevents.core.model.Catalog;
import org.sahelevents.core.model.Claim;
import org.sahelevents.core.validation.ModelValidator;
import org.sahelevents.core.validation.Violation;

/**
 * Bean Validation silently skips constraints it cannot see (fluent accessors, type-use annotations lost in code
 * generation). This test finds every constraint on every model getter by reflection and requires that some spec case
 * makes exactly that property fail: a constraint that never fires would leave its property uncovered.
 */
class ConstraintCoverageTest {
  private static final Set<String> CASCADE_ONLY = Set.of("jakarta.validation.Valid", "jakarta.validation.constraints.NotNull");

  @Test
  void everyConstraintOnEveryModelGetterFiresInSomeSpecCase() {
    Set<String> constrained = new TreeSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(Catalog.class));
    Set<Class<?>> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      Class<?> type = todo.pop();
      if (!seen.add(type) || !type.getPackageName().startsWith("org.sahelevents.core.model")) {
        continue;
      }
      subtypes(type).forEach(todo::push);
      for (Method getter : getters(type)) {
        if (hasConstraint(getter.getAnnotations()) || hasConstraint(getter.getAnnotatedReturnType())) {
          constrained.add(getter.getDeclaringClass().getSimpleName() + "." + property(getter));
        }
        elementTypes(getter.getGenericReturnType()).forEach(todo::push);
      }
    }
    Set<String> fired = new TreeSet<>();
    for (SpecCases.Case c : SpecCases.load()) {
      for (Violation v : ModelValidator.standard().validate(c.object())) {
        fired.add(owner(c.type(), v.path()));
      }
    }
    assertThat(constrained).hasSizeGreaterThanOrEqualTo(48);
    assertThat(fired).containsAll(constrained);
  }

  // Walks a violation path such as "participants[0].actor.value" from the root type to the getter it ends on.
  private static String owner(Class<?> root, String path) {
    Class<?> type = root;
    Method getter = null;
    for (String step : path.replaceAll("\\[[^]]*]", "").split("\\.")) {
      getter = find(type, step);
      List<Class<?>> elements = elementTypes(getter.getGenericReturnType());
      type = elements.isEmpty() ? getter.getReturnType() : elements.get(0);
    }
    return getter.getDeclaringClass().getSimpleName() + "." + property(getter);
  }

  private static Method find(Class<?> type, String property) {
    return Stream.concat(Stream.of(type), subtypes(type).stream())
        .flatMap(t -> getters(t).stream())
        .filter(m -> property(m).equals(property))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no property " + property + " on " + type));
  }

  private static List<Class<?>> subtypes(Class<?> type) {
    return type == Claim.class || type == AssertedValue.class ? List.of(type.getPermittedSubclasses()) : List.of();
  }

  private static List<Method> getters(Class<?> type) {
    return Stream.of(type.getMethods())
        .filter(m -> m.getParameterCount() == 0 && !java.lang.reflect.Modifier.isStatic(m.getModifiers()))
        .filter(m -> m.getName().startsWith("get") || m.getName().startsWith("is"))
        .filter(m -> m.getDeclaringClass().getPackageName().startsWith("org.sahelevents.core.model"))
        .toList();
  }

  private static String property(Method getter) {
    String name = getter.getName().replaceFirst("^(get|is)", "");
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private static List<Class<?>> elementTypes(Type type) {
    if (type instanceof ParameterizedType p) {
      return Stream.of(p.getActualTypeArguments()).filter(Class.class::isInstance).<Class<?>>map(Class.class::cast)
          .toList();
    }
    return type instanceof Class<?> c && !c.isPrimitive() ? List.of(c) : List.of();
  }

  private static boolean hasConstraint(AnnotatedType type) {
    if (hasConstraint(type.getAnnotations())) {
      return true;
    }
    return type instanceof AnnotatedParameterizedType p
        && Stream.of(p.getAnnotatedActualTypeArguments()).anyMatch(ConstraintCoverageTest::hasConstraint);
  }

  private static boolean hasConstraint(Annotation[] annotations) {
    return Stream.of(annotations).anyMatch(a -> !CASCADE_ONLY.contains(a.annotationType().getName())
        && a.annotationType().isAnnotationPresent(jakarta.validation.Constraint.class));
  }
}
