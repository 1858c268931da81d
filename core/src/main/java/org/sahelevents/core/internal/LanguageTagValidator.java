package org.sahelevents.core.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.IllformedLocaleException;
import java.util.Locale;
import org.sahelevents.core.validation.LanguageTag;

/** Checks {@link LanguageTag} with the JDK's BCP 47 parser. Stateless and thread-safe. */
public final class LanguageTagValidator implements ConstraintValidator<LanguageTag, CharSequence> {
  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    try {
      new Locale.Builder().setLanguageTag(value.toString());
      return !value.toString().isBlank();
    } catch (IllformedLocaleException e) {
      return false;
    }
  }
}
