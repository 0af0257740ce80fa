package org.setsafe.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The security audit trail in the logs: every refused sign-in and every refused access decision is
 * written here, under one logger name ({@value #LOGGER}) so operators can route it on its own.
 * Messages never contain passwords or tokens. A refusal of someone signed in, or of a sign-in, is a WARN; a visitor
 * who is not signed in and is sent to sign in is the ordinary start of every visit, so it is recorded at INFO and
 * never reads as an alarm.
 */
public final class SecurityAudit {

  public static final String LOGGER = "setsafe.security.audit";
  private static final Logger log = LoggerFactory.getLogger(LOGGER);

  private SecurityAudit() {}

  public static void signInRefused(String username, String address, String reason) {
    log.warn("sign-in refused: user={} address={} reason={}", clean(username), address, reason);
  }

  public static void accessRefused(String who, String what, String reason) {
    log.warn("access refused: user={} request={} reason={}", clean(who), what, reason);
  }

  /** A request made without being signed in, answered by sending the visitor to sign in (or a 401 for the API). */
  public static void notSignedIn(String what, String reason) {
    log.info("access refused: user=anonymous request={} reason={}", what, reason);
  }

  /** A sign-in that completed (through the studio's provider, or with a second factor after the password). */
  public static void signedIn(String username, String address, String how) {
    log.info("signed in: user={} address={} how={}", clean(username), address, how);
  }

  /** Keeps attacker-supplied text from forging log lines. */
  private static String clean(String text) {
    if (text == null) {
      return "-";
    }
    String oneLine = text.replaceAll("[\\r\\n\\t]", "_");
    return oneLine.length() > 80 ? oneLine.substring(0, 80) + "…" : oneLine;
  }
}
