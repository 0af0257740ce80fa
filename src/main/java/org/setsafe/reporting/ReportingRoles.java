package org.setsafe.reporting;

import java.util.EnumSet;
import java.util.UUID;
import org.setsafe.production.CrewRole;
import org.setsafe.reporting.domain.ReportStore;
import org.springframework.stereotype.Component;

/**
 * Which reporting steps the signed-in person is offered on a production, for showing the buttons they may use and no
 * others. Offering is not permitting: each step checks its caller again when it is taken.
 */
@Component
public class ReportingRoles {

  private final ReportingDesk desk;
  private final ReportStore store;

  ReportingRoles(ReportingDesk desk, ReportStore store) {
    this.desk = desk;
    this.store = store;
  }

  /**
   * Whether the signed-in person is on this production's crew, and so may file, comment and re-open here; studio
   * safety and administrators off the crew read reports and are not offered steps they may not take.
   */
  public boolean onTheCrew(UUID productionId) {
    return desk.onTheCrew(productionId);
  }

  /** Whether the signed-in person may acknowledge and mitigate reports here. */
  public boolean mayAct(UUID productionId) {
    return desk.holdsAny(productionId, ReportingDesk.ACTS_ON_REPORTS);
  }

  /** Whether the signed-in person signs reports off as the safety advisor. */
  public boolean maySignOff(UUID productionId) {
    return desk.holdsAny(productionId, EnumSet.of(CrewRole.SAFETY_ADVISOR));
  }

  /** Whether the signed-in person filed this report under their own name, and so may confirm it resolved. */
  public boolean isReporter(UUID productionId, UUID reportId) {
    UUID me = desk.currentUserId();
    return me != null && store.report(productionId, reportId).map(r -> me.equals(r.reporterId())).orElse(false);
  }

  /** Whether the signed-in person may resume work after a stop-work: the safety advisor alone. */
  public boolean mayResume(UUID productionId) {
    return desk.holdsAny(productionId, EnumSet.of(CrewRole.SAFETY_ADVISOR));
  }

  /** Whether the signed-in person answers management reviews: a producer. */
  public boolean mayAnswer(UUID productionId) {
    return desk.holdsAny(productionId, EnumSet.of(CrewRole.PRODUCER));
  }
}
