package org.setsafe.protocol;

import java.util.Optional;
import org.setsafe.custody.IssueGate;
import org.setsafe.production.Scene;
import org.setsafe.protocol.RiskAssessment.Standing;
import org.setsafe.protocol.domain.RiskApproval;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * No firearm goes to a performer, and no weapon at all in a scene marked for firearms, unless the production's
 * general risk assessment and the scene's own are approved now: signed by everyone they call for, and (for the
 * scene) still on the day and location they were signed for and covering every hazard marked on it (California
 * Labor Code §9152; ISO 45001 8.1.3).
 */
@Component
@Order(20)
class RiskAssessmentGate implements IssueGate {

  private final RiskAssessmentReads assessments;

  RiskAssessmentGate(RiskAssessmentReads assessments) {
    this.assessments = assessments;
  }

  @Override
  public Optional<Refused> check(WeaponIssue issue) {
    Scene scene = issue.scene();
    if (!issue.firearm() && !scene.hasFirearms()) {
      return Optional.empty();
    }
    RiskAssessmentReads.Standings standings = assessments.forIssue(scene);
    if (!standings.general().approved()) {
      return refused(standings.general());
    }
    return standings.ofScene().approved() ? Optional.empty() : refused(standings.ofScene());
  }

  /** With the reason's words, so custody's page says it in the armorer's language. */
  private static Optional<Refused> refused(Standing standing) {
    return Optional.of(new Refused(RiskApproval.RULE, standing.reason(), standing.said()));
  }
}
