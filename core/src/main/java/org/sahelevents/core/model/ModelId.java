package org.sahelevents.core.model;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import org.immutables.value.Value;

/**
 * Base of the typed identifiers: an opaque, non-blank string without white space, compared by value and written in
 * JSON as a bare string.
 *
 * <p>Instances are immutable and thread-safe.
 */
public abstract class ModelId implements Serializable, Comparable<ModelId> {
  private static final long serialVersionUID = 1L;

  ModelId() {}

  /** The identifier as written, for example {@code "jnim"} or {@code "MLI36712"}. */
  @Value.Parameter
  @JsonValue
  @NotBlank
  @Pattern(regexp = "\\S+", message = "must not contain white space")
  public abstract String getValue();

  @Override
  public int compareTo(ModelId other) {
    return getValue().compareTo(other.getValue());
  }

  @Override
  public String toString() {
    return getValue();
  }
}
