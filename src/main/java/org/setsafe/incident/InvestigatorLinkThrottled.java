package org.setsafe.incident;

/** Too many links from one address led nowhere: answered 429, before the database is asked again. */
public class InvestigatorLinkThrottled extends RuntimeException {

  InvestigatorLinkThrottled() {
    super("Too many links that lead nowhere were tried from here. Wait a few minutes, and check the link you were "
        + "sent.");
  }
}
