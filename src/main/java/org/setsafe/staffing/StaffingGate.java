package org.setsafe.staffing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.custody.IssueGate;
import org.setsafe.identity.Accounts;
import org.setsafe.production.Scene;
import org.setsafe.shared.Refusal.Said;
import org.setsafe.staffing.StaffingReads.IssueRoster;
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

  private final StaffingReads reads;
  private final FatigueFlags flags;
  private final Accounts accounts;

  StaffingGate(StaffingReads reads, FatigueFlags flags, Accounts accounts) {
    this.reads = reads;
    this.flags = flags;
    this.accounts = accounts;
  }

  @Override
  public Optional<Refused> check(WeaponIssue issue) {
    if (!issue.firearm()) {
      return Optional.empty();
    }
    Scene scene = issue.scene();
    IssueRoster roster = reads.rosterForIssue(issue.productionId(), issue.shootingDate(), issue.armorerId(),
        scene.shootingDayId());
    if (!roster.dedicatedArmorer()) {
      return Optional.of(notScheduled(nameOf(issue.armorerId()), issue.shootingDate(), issue.weaponLabel()));
    }
    List<Flag> undecided = flags.undecidedOnScene(scene, issue.shootingDate(), roster.sceneDay());
    if (!undecided.isEmpty()) {
      return Optional.of(flagged(undecided.get(0), undecided.size() - 1, issue.weaponLabel()));
    }
    return Optional.empty();
  }

  /** The scene's first undecided rest or hours flag (and how many others); with its words. */
  static Refused flagged(Flag first, int others, String weaponLabel) {
    String more = others > 0 ? " (and " + others + " more flag" + (others > 1 ? "s" : "") + ")" : "";
    Object detail = first.detailWords() != null ? first.detailWords() : first.detail();
    Said words = others == 0
        ? Said.of("reason.staffing.flagged", first.sceneNumber(), detail, weaponLabel)
        : Said.of("reason.staffing.flagged.more", first.sceneNumber(), detail, weaponLabel,
            Said.of(others > 1 ? "reason.staffing.flagged.more.many" : "reason.staffing.flagged.more.one", others));
    return new Refused(RestAndHoursPolicy.RULE, "Scene " + first.sceneNumber() + " is flagged: " + first.detail()
        + more + " A producer or the UPM records what was done about it (a relief armorer brought in, hours cut) on "
        + "the day's staffing page before " + weaponLabel + " is issued.", words);
  }

  /** The armorer issuing is not the day's dedicated armorer; with its words, for a page in the reader's language. */
  static Refused notScheduled(String armorer, LocalDate date, String weaponLabel) {
    return new Refused(DEDICATED_ARMORER, armorer + " is not scheduled as "
        + "the dedicated armorer on " + date + ", so " + weaponLabel + " stays in their "
        + "hands. The UPM, 1st AD or a producer schedules the day's dedicated armorer on the day's staffing page "
        + "(California Labor Code §9153(a)(3): the armorer has no other duties from preparation until the "
        + "firearms are locked away).", Said.of("reason." + DEDICATED_ARMORER, armorer, date, weaponLabel));
  }

  private String nameOf(UUID userId) {
    return accounts.findById(userId).map(a -> a.displayName()).orElse("someone no longer on record");
  }
}
