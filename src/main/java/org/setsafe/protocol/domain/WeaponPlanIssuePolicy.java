package org.setsafe.protocol.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * A weapon goes to a performer only for a scene whose weapon plan names that weapon for that performer, whose
 * current version is approved (both sign-offs, for where the scene is now), and with no unplanned rehearsal
 * waiting for its clearance. Custody asks this through its issue gate; the refusal names what is missing.
 */
public final class WeaponPlanIssuePolicy {

  public static final String RULE = "protocol.weapon-plan";

  /** What the gate knows about the issue and the scene. {@code plan} is null when the scene has none. */
  public record Issue(String sceneNumber, UUID weaponId, String weaponLabel, UUID performerId, String performerName,
      PlanVersion plan, PlanApproval approval, RehearsalStatus rehearsal) {}

  public Optional<String> check(Issue issue) {
    String scene = "Scene " + issue.sceneNumber();
    if (issue.plan() == null) {
      return Optional.of(scene + " has no weapon plan: the armorer drafts one naming " + issue.weaponLabel() + " for "
          + issue.performerName() + ", and the armorer and the safety advisor sign it.");
    }
    if (!issue.plan().content().names(issue.weaponId(), issue.performerId())) {
      return Optional.of("The weapon plan of " + scene.toLowerCase(java.util.Locale.ROOT) + " (version "
          + issue.plan().version() + ") does not name " + issue.weaponLabel() + " for " + issue.performerName()
          + ": add it to the plan and have it signed again.");
    }
    Optional<String> notApproved = issue.approval().whyNot(issue.sceneNumber());
    if (notApproved.isPresent()) {
      String pointing = issue.plan().content().anyPointing()
          ? " The plan points a weapon toward a person or the lens, which needs both sign-offs (industry safety"
              + " bulletin #1)."
          : "";
      return Optional.of(notApproved.get() + pointing);
    }
    if (issue.rehearsal().uncleared()) {
      return Optional.of("An unplanned rehearsal with weapons was called on " + scene.toLowerCase(java.util.Locale.ROOT)
          + ": it needs a fresh clearance from " + String.join(" and ", issue.rehearsal().awaiting().stream()
              .map(c -> c.label().toLowerCase(java.util.Locale.ROOT)).toList())
          + " before any weapon is issued for it.");
    }
    return Optional.empty();
  }
}
