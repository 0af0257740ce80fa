package org.setsafe.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.setsafe.production.CrewRole;
import org.setsafe.production.NeedsYou;
import org.setsafe.production.ProductionAccess;
import org.setsafe.protocol.domain.SignOffCapacity;
import org.setsafe.protocol.domain.SignOffDuty;
import org.setsafe.shared.Refusal.Said;
import org.springframework.stereotype.Component;

/**
 * Weapon plans and risk assessments that wait for the signed-in person's signature: a plan missing the sign-off of
 * a capacity they hold, an assessment missing a duty one of their roles answers for. Until they sign, the scene's
 * weapons stay in lock-up.
 */
@Component
class SignaturesNeedYou implements NeedsYou {

  private final WeaponPlans plans;
  private final PlanPermissions permissions;
  private final RiskAssessments risks;
  private final ProductionAccess access;

  SignaturesNeedYou(WeaponPlans plans, PlanPermissions permissions, RiskAssessments risks, ProductionAccess access) {
    this.plans = plans;
    this.permissions = permissions;
    this.risks = risks;
    this.access = access;
  }

  @Override
  public List<Item> of(UUID productionId) {
    Set<CrewRole> roles = access.rolesHeld(productionId);
    if (roles.isEmpty()) {
      return List.of();
    }
    String base = "/productions/" + productionId + "/protocol";
    List<Item> items = new ArrayList<>();
    List<SignOffCapacity> mine = permissions.capacitiesOfCaller(productionId);
    plans.plansOf(productionId).values().forEach(plan -> {
      // A sign-off that lapsed when the scene moved is asked of whoever gives it again, as one never given is: the
      // weapons stay in lock-up until both are given for where the scene is now.
      boolean again = plan.status().signAgain().stream().anyMatch(mine::contains);
      if (plan.current() != null && !plan.status().approved()
          && (again || plan.status().awaiting().stream().anyMatch(mine::contains))) {
        items.add(new Item(SIGNATURE, "The weapon plan for scene " + plan.sceneNumber()
            + (!again ? " waits for your signature."
                : " needs your signature again: " + String.join("; ", plan.status().lapses()) + "."),
            !again ? Said.of("protocol.needs-you.plan", plan.sceneNumber())
                : Said.of("protocol.needs-you.plan.again", plan.sceneNumber(), plan.status().lapsesSaid()),
            "Sign the plan for scene " + plan.sceneNumber(), Said.of("protocol.needs-you.plan.action", plan.sceneNumber()),
            base + "/scenes/" + plan.sceneId() + "/plan"));
      }
    });
    risks.all(productionId).forEach(assessment -> {
      boolean mineToSign = !assessment.approval().approved() && assessment.approval().missing().stream()
          .map(SignOffDuty::valueOf).anyMatch(duty -> duty.heldBy(roles).isPresent());
      if (mineToSign) {
        items.add(new Item(SIGNATURE, assessment.title() + " waits for your signature.",
            Said.of("protocol.needs-you.risk", assessment.titleSaid()), "Sign the risk assessment",
            Said.of("protocol.needs-you.risk.action"), assessment.sceneId() == null ? base + "/risk"
                : base + "/risk/scenes/" + assessment.sceneId()));
      }
    });
    return items;
  }
}
