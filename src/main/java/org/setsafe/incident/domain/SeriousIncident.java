package org.setsafe.incident.domain;

import org.setsafe.incident.IncidentKind;
import org.setsafe.reporting.Severity;

/**
 * Which incidents offer support to everyone on the production that day: a discharge nobody meant and a live round
 * found always (everyone nearby was in danger), an injury rated high or critical, and any incident with a death.
 * A minor injury (a sprain, a cut) is looked after by the medic, not by offering counselling to the whole crew.
 */
public final class SeriousIncident {

  private SeriousIncident() {}

  public static boolean offersSupport(IncidentKind kind, Severity severity) {
    return switch (kind) {
      case UNINTENDED_DISCHARGE, LIVE_ROUND_FOUND -> true;
      case INJURY_OR_ILLNESS -> severity == Severity.HIGH || severity == Severity.CRITICAL;
      default -> false;
    };
  }
}
