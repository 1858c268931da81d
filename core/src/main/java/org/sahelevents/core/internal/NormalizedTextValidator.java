package org.sahelevents.core.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.text.Normalizer;
import org.sahelevents.core.validation.NormalizedText;

/** Checks {@link NormalizedText}. Stateless and thread-safe. */
public final class NormalizedTextValidator implements ConstraintValidator<NormalizedText, CharSequence> {
  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || isNormalized(value.toString());
  }

  /** Whether the text is non-blank, trimmed, free of control characters and in NFC. */
  public static boolean isNormalized(String text) {
    return !text.isBlank()
        && text.strip().equals(text)
        && text.chars().noneMatch(Character::isISOControl)
        && Normalizer.isNormalized(text, Normalizer.Form.NFC);
  }
}
