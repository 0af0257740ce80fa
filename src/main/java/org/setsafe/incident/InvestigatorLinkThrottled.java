package org.setsafe.incident;

import org.setsafe.shared.ReadersWords;
import org.setsafe.shared.Refusal.Said;

/** Too many links from one address led nowhere: answered 429, before the database is asked again. */
public class InvestigatorLinkThrottled extends RuntimeException {

  private static final Said SAID = Said.of("input.incident.investigator-link.throttled");

  InvestigatorLinkThrottled() {
    super("Too many links that lead nowhere were tried from here. Wait a few minutes, and check the link you were "
        + "sent.");
  }

  /** The message as bundle words. */
  public Said said() {
    return SAID;
  }

  /** The message in the language of the request being answered: the page shows it. */
  public String forReader() {
    return ReadersWords.say(SAID, getMessage());
  }
}
