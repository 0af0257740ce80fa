package org.setsafe.protocol;

import java.util.Optional;
import org.setsafe.custody.IssueGate;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Custody's question to the weapon plans before a weapon goes to a performer: does the scene's approved plan name
 * this weapon for this performer, with no unplanned rehearsal waiting for its clearance, and were blanks shown only
 * where the plan fires? Asked first of the
 * scene-safety gates: the plan is what the risk assessment, the staffing and the safety meeting cover.
 */
@Component
@Order(10)
class WeaponPlanGate implements IssueGate {

  private final WeaponPlans plans;

  WeaponPlanGate(WeaponPlans plans) {
    this.plans = plans;
  }

  @Override
  public Optional<Refused> check(WeaponIssue issue) {
    return plans.refusalForIssue(issue);
  }
}
