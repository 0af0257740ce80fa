package org.setsafe.reporting;

import org.setsafe.custody.domain.CustodyEvents.AccidentalDischarge;
import org.setsafe.custody.domain.CustodyEvents.LiveRoundFound;
import org.setsafe.custody.domain.CustodyEvents.Misfire;
import org.setsafe.custody.domain.CustodyEvents.RoundCountMismatch;
import org.setsafe.custody.domain.CustodyEvents.WeaponLeftUnattended;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Custody facts that must not wait for someone to type them up open a report on their own: before the "Rust"
 * shooting two accidental discharges went unreported to management. One report per fact, however often the
 * fact is delivered (the event registry re-delivers after a crash).
 */
@Component
class AutomaticReports {

  private final Reports reports;

  AutomaticReports(Reports reports) {
    this.reports = reports;
  }

  @ApplicationModuleListener
  void on(Misfire fact) {
    reports.fileAutomatically(fact.eventId(), fact.kind(), fact.productionId(), HazardCategory.FIREARMS, Severity.HIGH,
        "Misfire", "A weapon misfired (weapon " + fact.weaponId() + ")" + details(fact.description())
            + ". The weapon is on hold until the armorer has reviewed it.", fact.occurredAt());
  }

  @ApplicationModuleListener
  void on(AccidentalDischarge fact) {
    reports.fileAutomatically(fact.eventId(), fact.kind(), fact.productionId(), HazardCategory.FIREARMS,
        Severity.CRITICAL, "Accidental discharge", "A weapon fired when nobody meant it to (weapon "
            + fact.weaponId() + ")" + details(fact.description()) + ".", fact.occurredAt());
  }

  @ApplicationModuleListener
  void on(LiveRoundFound fact) {
    reports.fileAutomatically(fact.eventId(), fact.kind(), fact.productionId(), HazardCategory.FIREARMS,
        Severity.CRITICAL, "Live round found", "A live round was found at " + fact.where() + details(fact.description())
            + ". Live ammunition is banned on set (Labor Code §9155); all firearms are held.", fact.occurredAt());
  }

  @ApplicationModuleListener
  void on(WeaponLeftUnattended fact) {
    reports.fileAutomatically(fact.eventId(), fact.kind(), fact.productionId(), HazardCategory.FIREARMS, Severity.HIGH,
        "Weapon left unattended", "A weapon (" + fact.weaponId() + ") was left unattended at " + fact.checkpoint()
            + ": " + fact.reason(), fact.occurredAt());
  }

  @ApplicationModuleListener
  void on(RoundCountMismatch fact) {
    reports.fileAutomatically(fact.eventId(), fact.kind(), fact.productionId(), HazardCategory.FIREARMS, Severity.HIGH,
        "Round count does not reconcile", "The wrap count of " + fact.day() + " does not match the record: "
            + fact.differences(), fact.occurredAt());
  }

  private static String details(String description) {
    return description == null || description.isBlank() ? "" : ": " + description.strip();
  }
}
