package org.setsafe.reporting;

import org.setsafe.custody.domain.CustodyEvents.AccidentalDischarge;
import org.setsafe.custody.domain.CustodyEvents.DayNotReconciled;
import org.setsafe.custody.domain.CustodyEvents.LiveRoundFound;
import org.setsafe.custody.domain.CustodyEvents.LockUpOverdue;
import org.setsafe.custody.domain.CustodyEvents.Misfire;
import org.setsafe.custody.domain.CustodyEvents.RoundCountMismatch;
import org.setsafe.production.Hazard;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Custody facts that must not wait for someone to type them up open a report on their own: before the "Rust"
 * shooting two accidental discharges went unreported to management. One report per fact, however often the
 * fact is delivered (the event registry re-delivers after a crash).
 */
@Component
class AutomaticReports {

  private final ReportFiling reports;

  AutomaticReports(ReportFiling reports) {
    this.reports = reports;
  }

  @ApplicationModuleListener
  void on(Misfire fact) {
    reports.fileAutomatically(fact.eventId(), fact.kind(), fact.productionId(), Hazard.FIREARMS, Severity.HIGH,
        "Misfire", "A weapon misfired (weapon " + fact.weaponId() + ")" + details(fact.description())
            + ". The weapon is on hold until the armorer has reviewed it.", fact.occurredAt());
  }

  @ApplicationModuleListener
  void on(AccidentalDischarge fact) {
    reports.fileAutomatically(fact.eventId(), fact.kind(), fact.productionId(), Hazard.FIREARMS,
        Severity.CRITICAL, "Accidental discharge", "A weapon fired when nobody meant it to (weapon "
            + fact.weaponId() + ")" + details(fact.description()) + ".", fact.occurredAt());
  }

  @ApplicationModuleListener
  void on(LiveRoundFound fact) {
    reports.fileAutomatically(fact.eventId(), fact.kind(), fact.productionId(), Hazard.FIREARMS,
        Severity.CRITICAL, "Live round found", "A live round was found at " + fact.where() + details(fact.description())
            + ". Live ammunition is banned on set (Labor Code §9155); all firearms are held.", fact.occurredAt());
  }

  /**
   * A weapon not locked up at the meal break or wrap, or standing idle, is first an alert: the armorer, the 1st AD
   * and the safety advisor are told at once by custody. Only one still not locked up when the grace runs out opens
   * a report ({@link LockUpOverdue}).
   */
  @ApplicationModuleListener
  void on(LockUpOverdue fact) {
    reports.fileAutomatically(fact.eventId(), fact.kind(), fact.productionId(), Hazard.FIREARMS, Severity.HIGH,
        "Weapon not locked up", "Never unattended (" + checkpoint(fact.checkpoint()) + "): " + fact.reason(),
        fact.occurredAt());
  }

  /** Wrap waits for the count: at wrap the rounds did not reconcile, or the day was not closed hours after wrap. */
  @ApplicationModuleListener
  void on(DayNotReconciled fact) {
    boolean atWrap = fact.checkpoint().startsWith("wrap:");
    reports.fileAutomatically(fact.eventId(), fact.kind(), fact.productionId(), Hazard.FIREARMS, Severity.HIGH,
        atWrap ? "Wrap: the rounds do not reconcile" : "Shooting day not closed", fact.findings(), fact.occurredAt());
  }

  @ApplicationModuleListener
  void on(RoundCountMismatch fact) {
    reports.fileAutomatically(fact.eventId(), fact.kind(), fact.productionId(), Hazard.FIREARMS, Severity.HIGH,
        "Round count does not reconcile", "The wrap count of " + fact.day() + " does not match the record: "
            + fact.differences(), fact.occurredAt());
  }

  /** "meal-break:2026-12-06" reads "the meal break of 2026-12-06"; an idle alert reads by what it is. */
  private static String checkpoint(String checkpoint) {
    if (checkpoint.startsWith("meal-break:")) {
      return "the meal break of " + checkpoint.substring("meal-break:".length());
    }
    if (checkpoint.startsWith("wrap:")) {
      return "wrap of " + checkpoint.substring("wrap:".length());
    }
    return "out of lock-up with no custody step";
  }

  private static String details(String description) {
    return description == null || description.isBlank() ? "" : ": " + description.strip();
  }
}
