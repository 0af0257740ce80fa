package org.setsafe.custody.web;

import java.util.Optional;
import java.util.UUID;
import org.setsafe.production.Scene;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who can fix what a rule refused, and where: a refusal on a page names the person whose step is missing ("Ask the
 * safety advisor to sign the weapon plan for scene 31") and links to the page where they take it, so the person
 * refused is never left with a rule and nowhere to go. Rules the refused person fixes on the same page have none.
 * Pages reach it as {@code @refusalFixes}.
 */
@Component("refusalFixes")
public class RefusalFixes {

  /** What to ask of whom, and the page where it is done. */
  public record Fix(String ask, String linkText, String link) {}

  private final ShootingSchedule schedule;

  RefusalFixes(ShootingSchedule schedule) {
    this.schedule = schedule;
  }

  /** The fix of a refusal shown on a page of this production; empty when the refused person fixes it right there. */
  public Optional<Fix> of(CustodyPages.Refused refusal, UUID productionId) {
    if (refusal == null || productionId == null) {
      return Optional.empty();
    }
    Scene scene = null;
    if (refusal.sceneId() != null) {
      try {
        scene = schedule.scene(productionId, refusal.sceneId());
      } catch (NotFoundException gone) {
        scene = null;
      }
    }
    return fix(refusal.rule(), productionId, scene);
  }

  static Optional<Fix> fix(String rule, UUID productionId, Scene scene) {
    if (rule == null) {
      return Optional.empty();
    }
    String base = "/productions/" + productionId;
    String ofScene = scene == null ? "" : " for scene " + scene.number();
    String plan = scene == null ? base + "/schedule" : base + "/protocol/scenes/" + scene.id() + "/plan";
    String planText = scene == null ? "The schedule: open the scene's weapon plan" : "The weapon plan" + ofScene;
    return Optional.ofNullable(switch (rule) {
      case "protocol.weapon-plan" -> new Fix("Ask the armorer and the safety advisor to sign the weapon plan"
          + ofScene + " (the armorer writes it first if there is none).", planText, plan);
      case "protocol.no-blanks-without-discharge", "protocol.discharge-planned", "protocol.blank-distance",
          "protocol.line-of-fire-protected", "protocol.pointing-named", "protocol.performer-in-cast",
          "protocol.replica-unless-discharge", "protocol.weapon-on-register" -> new Fix("Ask the armorer to change"
          + " the weapon plan" + ofScene + ", and the safety advisor to sign it again.", planText, plan);
      case "protocol.risk-assessment" -> new Fix("Ask the safety advisor to complete and sign the risk assessment"
          + ofScene + ", with the department heads who answer for it.", "The risk assessment" + ofScene,
          scene == null ? base + "/protocol/risk" : base + "/protocol/risk/scenes/" + scene.id());
      case "briefing.safety-meeting" -> new Fix("Ask the 1st AD or the safety advisor to hold today's safety"
          + " meeting" + ofScene + "; everyone in the scene acknowledges it.", "Today's safety meeting",
          base + "/briefing/meetings");
      case "staffing.dedicated-armorer", "staffing.armorer-double-booked", "staffing.rest-and-hours" -> {
        String day = scene != null && scene.shootingDayId() != null
            ? base + "/staffing/days/" + scene.shootingDayId() : base + "/schedule";
        yield new Fix("Ask the UPM to staff the day with a dedicated, rested armorer.", "Staffing of the day", day);
      }
      case "training.firearms-safety", "training.current-qualification" -> new Fix("Ask the safety advisor to"
          + " record the missing qualification, or the armorer to brief the performer, before the weapon goes out.",
          "Qualifications", base + "/qualifications");
      case "custody.firearms-hold" -> new Fix("Every firearm stays on hold until the safety advisor and a producer"
          + " each clear it in writing.", "Holds and alerts", base + "/custody/holds");
      case "custody.stop-work" -> new Fix("Work resumes only when the safety advisor writes down why it is safe.",
          "Stop-work", base + "/stop-work");
      case "custody.unreconciled-day" -> new Fix("The armorer and the safety advisor each settle the earlier day in"
          + " writing.", "Settle the day", base + "/custody/days");
      case "custody.armorer-has-no-other-duties", "custody.safety-roles-apart" -> new Fix("Only a producer may"
          + " record why a second role is allowed that day.", "Second roles", base + "/custody/second-roles");
      case "custody.issue-only-to-performer-on-todays-scene" -> new Fix("Ask the 1st AD to put the performer in"
          + " the cast of a scene shot today.", scene == null ? "The schedule" : "Scene " + scene.number(),
          scene == null ? base + "/schedule" : base + "/schedule/scenes/" + scene.id());
      case "custody.show-clear-before-issue", "custody.show-clear-witnessed-by-others" -> new Fix("The armorer shows"
          + " it clear to the 1st AD, the camera head and the performer, and each confirms what they saw.",
          "Show-clears to confirm", base + "/custody/confirmations");
      default -> null;
    });
  }
}
