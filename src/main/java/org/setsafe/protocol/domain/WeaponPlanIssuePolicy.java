package org.setsafe.protocol.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.shared.Refusal;
import org.setsafe.shared.Refusal.Said;

/**
 * A weapon goes to a performer only for a scene whose weapon plan names that weapon for that performer, whose
 * current version is approved (both sign-offs, for where the scene is now), and with no unplanned rehearsal
 * waiting for its clearance. Custody asks this through its issue gate; the refusal names what is missing, in the
 * words the armorer reads at the gun cart.
 */
public final class WeaponPlanIssuePolicy {

  public static final String RULE = "protocol.weapon-plan";

  /** What the gate knows about the issue and the scene. {@code plan} is null when the scene has none. */
  public record Issue(String sceneNumber, UUID weaponId, String weaponLabel, UUID performerId, String performerName,
      PlanVersion plan, PlanApproval approval, RehearsalStatus rehearsal) {}

  public Optional<Refusal> check(Issue issue) {
    // Mid-sentence the reasons write "scene 12a", as they always have: the ledger keeps them so.
    String scene = issue.sceneNumber().toLowerCase(Locale.ROOT);
    if (issue.plan() == null) {
      return Optional.of(new Refusal(RULE, "Scene " + issue.sceneNumber() + " has no weapon plan: the armorer drafts"
          + " one naming " + issue.weaponLabel() + " for " + issue.performerName() + ", and the armorer and the safety"
          + " advisor sign it.")
          .saying("reason.protocol.weapon-plan.none", issue.sceneNumber(), issue.weaponLabel(), issue.performerName()));
    }
    if (!issue.plan().content().names(issue.weaponId(), issue.performerId())) {
      return Optional.of(new Refusal(RULE, "The weapon plan of scene " + scene + " (version " + issue.plan().version()
          + ") does not name " + issue.weaponLabel() + " for " + issue.performerName()
          + ": add it to the plan and have it signed again.")
          .saying("reason.protocol.weapon-plan.not-named", scene, issue.plan().version(), issue.weaponLabel(),
              issue.performerName()));
    }
    Optional<Refusal> notApproved = issue.approval().refusal(issue.sceneNumber());
    if (notApproved.isPresent()) {
      if (!issue.plan().content().anyPointing()) {
        return notApproved;
      }
      return Optional.of(new Refusal(RULE, notApproved.get().reason() + " The plan points a weapon toward a person or"
          + " the lens, which needs both sign-offs (industry safety bulletin #1).")
          .saying("reason.protocol.weapon-plan.not-approved.pointing", notApproved.get().said()));
    }
    if (issue.rehearsal().uncleared()) {
      return Optional.of(new Refusal(RULE, "An unplanned rehearsal with weapons was called on scene " + scene
          + ": it needs a fresh clearance from " + String.join(" and ", issue.rehearsal().awaiting().stream()
              .map(c -> c.label().toLowerCase(Locale.ROOT)).toList())
          + " before any weapon is issued for it.")
          .saying("reason.protocol.weapon-plan.rehearsal", scene, SaidParts.and(issue.rehearsal().awaiting().stream()
              .map(c -> Said.of("protocol.capacity.lower." + c.name())).toList())));
    }
    return Optional.empty();
  }
}
