package org.sahelevents.io.ucdp;

import java.util.Optional;

/**
 * UCDP's {@code type_of_violence}: 1 state-based conflict, 2 non-state conflict, 3 one-sided violence.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum UcdpViolenceType {
  /** 1: a government fights another government or an organised armed group. */
  STATE_BASED(1, "state-based"),
  /** 2: organised armed groups fight each other, no government among them. */
  NON_STATE(2, "non-state"),
  /** 3: a government or an organised armed group kills civilians. */
  ONE_SIDED(3, "one-sided");

  private final int code;
  private final String label;

  UcdpViolenceType(int code, String label) {
    this.code = code;
    this.label = label;
  }

  /** UCDP's name of the type: {@code state-based}, {@code non-state} or {@code one-sided}. */
  public String label() {
    return label;
  }

  /** UCDP's code, 1 to 3. */
  public int code() {
    return code;
  }

  /** The type of a code, or empty when the code is not 1, 2 or 3. */
  public static Optional<UcdpViolenceType> ofCode(int code) {
    for (UcdpViolenceType t : values()) {
      if (t.code == code) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
