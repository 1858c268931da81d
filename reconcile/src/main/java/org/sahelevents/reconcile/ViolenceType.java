package org.sahelevents.reconcile;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sahelevents.core.model.Incident;

/**
 * UCDP's types of organised violence, the common ground on which events of both data sets are compared.
 *
 * <p>An incident's types come from a tag {@code type_of_violence=1}, {@code 2} or {@code 3} (UCDP's column, written
 * as ACLED writes its tags) when it has one; otherwise from its ACLED event type: Battles may be state-based or
 * non-state, Violence against civilians is one-sided, Explosions/Remote violence may be state-based or one-sided,
 * Riots may be non-state or one-sided (mob violence), and Protests and Strategic developments are none of them.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum ViolenceType {
  /** UCDP type 1: a government against another organised party. */
  STATE_BASED(1),
  /** UCDP type 2: organised parties, none of them a government. */
  NON_STATE(2),
  /** UCDP type 3: an organised party against civilians. */
  ONE_SIDED(3);

  /** The tag that gives an incident's UCDP type of violence: {@code type_of_violence=3}. */
  public static final String TAG = "type_of_violence";

  private final int ucdpCode;

  ViolenceType(int ucdpCode) {
    this.ucdpCode = ucdpCode;
  }

  /** UCDP's {@code type_of_violence} code, 1 to 3. */
  public int ucdpCode() {
    return ucdpCode;
  }

  /** The type in words: "state-based", "non-state", "one-sided". */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The type of a UCDP {@code type_of_violence} code, when it is 1, 2 or 3. */
  public static Optional<ViolenceType> fromUcdpCode(int code) {
    for (ViolenceType t : values()) {
      if (t.ucdpCode == code) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The tag of a UCDP type of violence, {@code type_of_violence=1}, for readers building incidents from UCDP. */
  public String tag() {
    return TAG + "=" + ucdpCode;
  }

  /** The UCDP type given by the incident's tag, if it has one. */
  static Optional<ViolenceType> tagged(Incident incident) {
    for (String tag : incident.getTags()) {
      int eq = tag.indexOf('=');
      if (eq > 0 && tag.substring(0, eq).strip().equals(TAG)) {
        try {
          return fromUcdpCode(Integer.parseInt(tag.substring(eq + 1).strip()));
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /** The types of violence the incident can be, from its tag or else its ACLED event type. */
  static Set<ViolenceType> of(Incident incident) {
    Optional<ViolenceType> tagged = tagged(incident);
    if (tagged.isPresent()) {
      return EnumSet.of(tagged.get());
    }
    return switch (incident.getEventType()) {
      case BATTLES -> EnumSet.of(STATE_BASED, NON_STATE);
      case VIOLENCE_AGAINST_CIVILIANS -> EnumSet.of(ONE_SIDED);
      case EXPLOSIONS_REMOTE_VIOLENCE -> EnumSet.of(STATE_BASED, ONE_SIDED);
      case RIOTS -> EnumSet.of(NON_STATE, ONE_SIDED);
      case PROTESTS, STRATEGIC_DEVELOPMENTS -> EnumSet.noneOf(ViolenceType.class);
    };
  }

  /** How the incident's type reads in an explanation: the UCDP type when tagged, else the ACLED event type. */
  static String describe(Incident incident) {
    return tagged(incident).map(ViolenceType::label).orElseGet(() -> incident.getEventType().label());
  }
}
