package org.setsafe.notify;

import java.util.Objects;
import java.util.UUID;

/**
 * Who a notice goes to: a SetSafe account (inbox, and email when the account has an address) or an outside
 * email address (a union safety rep, a studio's safety desk) with no account.
 */
public record Recipient(UUID userId, String email) {

  public static Recipient person(UUID userId) {
    return new Recipient(Objects.requireNonNull(userId), null);
  }

  public static Recipient outsideAddress(String email) {
    return new Recipient(null, Objects.requireNonNull(email));
  }

  public boolean isPerson() {
    return userId != null;
  }

  /** As a ledger subject or a log line: {@code user:…} or {@code email:…}. */
  @Override
  public String toString() {
    return isPerson() ? "user:" + userId : "email:" + email;
  }
}
