package org.setsafe.onboarding.domain;

/** Where an invitation stands. Expiry is not kept: a pending invitation past its time reads as expired. */
public enum InvitationStatus {
  PENDING, ACCEPTED, REVOKED, EXPIRED;

  /** Whether the invitation can still be re-sent or revoked. */
  public boolean open() {
    return this == PENDING || this == EXPIRED;
  }
}
