package org.setsafe.incident;

import java.time.Instant;

/**
 * An investigator's link that was real but no longer opens anything: it expired, or the production withdrew it.
 * Answered as 410 Gone with a page that says which and when, so the investigator knows whom to ask, not "not found".
 */
public class InvestigatorLinkEnded extends RuntimeException {

  private final boolean revoked;
  private final Instant endedAt;

  InvestigatorLinkEnded(boolean revoked, Instant endedAt, String message) {
    super(message);
    this.revoked = revoked;
    this.endedAt = endedAt;
  }

  public boolean revoked() {
    return revoked;
  }

  public Instant endedAt() {
    return endedAt;
  }
}
