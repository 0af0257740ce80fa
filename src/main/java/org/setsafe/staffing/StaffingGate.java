package org.setsafe.staffing;

import java.util.List;
import java.util.Optional;
import org.setsafe.custody.IssueGate;
import org.setsafe.staffing.Staffing.Flag;
import org.setsafe.staffing.domain.RestAndHoursPolicy;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Before a firearm goes to a performer: the armorer handing it over is the day's dedicated armorer, scheduled to
 * do nothing else that day (California Labor Code §9153(a)(3)); and the scene carries no rest or hours flag that a
 * producer or UPM has not decided on (§9152, §9153(a)(6)). Replicas and rubber props are not held back.
 */
@Component
@Order(30)
class StaffingGate implements IssueGate {

  static final String DEDICATED_ARMORER = "staffing.dedicated-armorer";

  private final Staffing staffing;

  StaffingGate(Staffing staffing) {
    this.staffing = staffing;
  }

  @Override
  public Optional<Refused> check(WeaponIssue issue) {
    if (!issue.firearm()) {
      return Optional.empty();
    }
    if (!staffing.dedicatedArmorerOn(issue.productionId(), issue.shootingDate(), issue.armorerId())) {
      return Optional.of(new Refused(DEDICATED_ARMORER, staffing.nameOf(issue.armorerId()) + " is not scheduled as "
          + "the dedicated armorer on " + issue.shootingDate() + ", so " + issue.weaponLabel() + " stays in their "
          + "hands. The UPM, 1st AD or a producer schedules the day's dedicated armorer on the day's staffing page "
          + "(California Labor Code §9153(a)(3): the armorer has no other duties from preparation until the "
          + "firearms are locked away)."));
    }
    List<Flag> flags = staffing.undecidedFlags(issue.scene(), issue.shootingDate());
    if (!flags.isEmpty()) {
      Flag first = flags.get(0);
      String more = flags.size() > 1 ? " (and " + (flags.size() - 1) + " more flag" + (flags.size() > 2 ? "s" : "")
          + ")" : "";
      return Optional.of(new Refused(RestAndHoursPolicy.RULE, "Scene " + first.sceneNumber() + " is flagged: "
          + first.detail() + more + " A producer or the UPM records what was done about it (a relief armorer "
          + "brought in, hours cut) on the day's staffing page before " + issue.weaponLabel() + " is issued."));
    }
    return Optional.empty();
  }
}
