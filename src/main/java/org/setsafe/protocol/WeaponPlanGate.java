package org.setsafe.protocol;

import java.util.Optional;
import org.setsafe.custody.IssueGate;
import org.setsafe.production.CrewList;
import org.setsafe.production.Member;
import org.setsafe.production.Scene;
import org.setsafe.protocol.domain.NoBlanksWithoutDischargePolicy;
import org.setsafe.protocol.domain.PlanApproval;
import org.setsafe.protocol.domain.PlanVersion;
import org.setsafe.protocol.domain.RehearsalStatus;
import org.setsafe.protocol.domain.ScenePlacement;
import org.setsafe.protocol.domain.WeaponPlanIssuePolicy;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Custody's question to the weapon plans before a weapon goes to a performer: does the scene's approved plan name
 * this weapon for this performer, with no unplanned rehearsal waiting for its clearance, and were blanks shown only
 * where the plan fires? Asked first of the
 * scene-safety gates: the plan is what the risk assessment, the staffing and the safety meeting cover. It reads the
 * scene custody loaded, once, and checks no one's access again.
 */
@Component
@Order(10)
class WeaponPlanGate implements IssueGate {

  private final ScenePlanReads plans;
  private final CrewList crew;
  private final WeaponPlanIssuePolicy issuePolicy = new WeaponPlanIssuePolicy();
  private final NoBlanksWithoutDischargePolicy noBlanksWithoutDischarge = new NoBlanksWithoutDischargePolicy();

  WeaponPlanGate(ScenePlanReads plans, CrewList crew) {
    this.plans = plans;
    this.crew = crew;
  }

  /**
   * The plan names the weapon for the performer, approved for where the scene is now, with no unplanned rehearsal
   * waiting for its clearance; then what the witnesses were shown fits it (blanks only where the plan fires).
   */
  @Override
  public Optional<Refused> check(WeaponIssue issue) {
    Scene scene = issue.scene();
    Optional<PlanVersion> plan = plans.current(scene);
    ScenePlacement now = plans.placementOf(scene);
    PlanApproval approval = plan.map(p -> PlanApproval.of(plans.signOffsOf(scene, p), now)).orElse(null);
    RehearsalStatus rehearsal = plans.rehearsalOf(scene);
    String performer = crew.member(issue.productionId(), issue.performerId()).map(Member::displayName)
        .orElse("performer " + issue.performerId());
    return issuePolicy.check(new WeaponPlanIssuePolicy.Issue(scene.number(), issue.weaponId(), issue.weaponLabel(),
            issue.performerId(), performer, plan.orElse(null), approval, rehearsal))
        .or(() -> noBlanksWithoutDischarge.check(scene.number(), issue.weaponLabel(), plan.orElse(null),
            issue.shown().blanks()))
        // The policies' words go with the rule and reason, so custody's page says them in the armorer's language.
        .map(Refused::of);
  }
}
