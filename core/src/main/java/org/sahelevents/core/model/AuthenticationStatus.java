package org.sahelevents.core.model;

/**
 * Whether a {@link Claim} is known to come from its claimant.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum AuthenticationStatus {
  /** Nobody has checked it. */
  UNVERIFIED,
  /** Checked and found to be from the claimant. */
  AUTHENTICATED,
  /** Its authenticity is in doubt, for example old videos passed off as new. */
  DISPUTED
}
