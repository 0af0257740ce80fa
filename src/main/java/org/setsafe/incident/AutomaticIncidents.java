package org.setsafe.incident;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.setsafe.custody.domain.CustodyEvents.AccidentalDischarge;
import org.setsafe.custody.domain.CustodyEvents.LiveRoundFound;
import org.setsafe.reporting.ReportEvents.InjuryReported;
import org.setsafe.reporting.ReportEvents.StopWorkCitedInjury;
import org.setsafe.reporting.Severity;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The facts that always are incidents open one on their own, with the evidence preserved at once: a weapon that
 * fired when nobody meant it to, a live round found, a hazard report or a stop-work that says someone was hurt. One incident per fact however often it is delivered. A failure
 * here is not swallowed: the publication stays in the event registry, is retried with its backoff, and module
 * {@code operations} turns health DOWN and tells administrators and studio safety once it has waited too long.
 */
@Component
class AutomaticIncidents {

  private final Incidents incidents;

  AutomaticIncidents(Incidents incidents) {
    this.incidents = incidents;
  }

  @ApplicationModuleListener
  void on(AccidentalDischarge fact) {
    incidents.openAutomatically(fact, IncidentKind.UNINTENDED_DISCHARGE, Severity.CRITICAL, null,
        "A weapon fired when nobody meant it to" + details(fact.description()) + ".", Set.of(fact.weaponId()),
        Set.of(), Set.of());
  }

  /**
   * A hazard report that says someone was hurt: an injury, opened from the report (and linked back to it) with the
   * report's severity and scene. An anonymous report's incident stays anonymous: no one named, its time to the hour.
   */
  @ApplicationModuleListener
  void on(InjuryReported fact) {
    incidents.openAutomatically(fact, IncidentKind.INJURY_OR_ILLNESS, fact.severity(), fact.location(),
        "Someone was hurt, as a hazard report says: " + fact.title() + details(fact.description()) + ".", Set.of(),
        Set.of(), some(fact.sceneId()), "report:" + fact.reportId(), fact.anonymous());
  }

  /** A stop-work called because someone was hurt: an injury, opened from the stop-work and linked back to it. */
  @ApplicationModuleListener
  void on(StopWorkCitedInjury fact) {
    incidents.openAutomatically(fact, IncidentKind.INJURY_OR_ILLNESS, Severity.HIGH, null,
        "Work was stopped " + (fact.sceneId() == null ? "on the whole production" : "on a scene")
            + " because someone was hurt" + details(fact.reason()) + ".", Set.of(), Set.of(), some(fact.sceneId()),
        "stop-work:" + fact.stopWorkId(), false);
  }

  @ApplicationModuleListener
  void on(LiveRoundFound fact) {
    incidents.openAutomatically(fact, IncidentKind.LIVE_ROUND_FOUND, Severity.CRITICAL, fact.where(),
        "A live round was found at " + fact.where() + details(fact.description())
            + ". Live ammunition is banned on set (Labor Code §9155).", some(fact.weaponId()), some(fact.lotId()),
        Set.of());
  }

  private static Set<UUID> some(UUID id) {
    Set<UUID> ids = new HashSet<>();
    if (id != null) {
      ids.add(id);
    }
    return ids;
  }

  private static String details(String description) {
    return description == null || description.isBlank() ? "" : ": " + description.strip();
  }
}
