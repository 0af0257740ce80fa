package org.setsafe.incident;

import java.time.Instant;
import org.setsafe.shared.ReadersWords;
import org.setsafe.shared.Refusal.Said;

/**
 * An investigator's link that was real but no longer opens anything: it expired, or the production withdrew it.
 * Answered as 410 Gone with a page that says which and when, so the investigator knows whom to ask, not "not found".
 */
public class InvestigatorLinkEnded extends RuntimeException {

  private final boolean revoked;
  private final Instant endedAt;
  private final transient Said said;

  /** {@code said}: the message as bundle words, the English of which says it word for word. */
  InvestigatorLinkEnded(boolean revoked, Instant endedAt, String message, Said said) {
    super(message);
    this.revoked = revoked;
    this.endedAt = endedAt;
    this.said = said;
  }

  public boolean revoked() {
    return revoked;
  }

  public Instant endedAt() {
    return endedAt;
  }

  /** The message as bundle words. */
  public Said said() {
    return said;
  }

  /** The message in the language of the request being answered: the investigator's page shows it. */
  public String forReader() {
    return ReadersWords.say(said, getMessage());
  }
}
