package org.setsafe.custody.web;

import java.util.Optional;
import java.util.UUID;
import org.setsafe.production.RefusalFix;
import org.setsafe.production.Scene;
import org.springframework.stereotype.Component;

/**
 * Who fixes what custody's rules refused, and where: a hold's page, stop-work, the day to settle, second roles, the
 * cast of today's scene, the show-clears to confirm.
 */
@Component
class CustodyRefusalFixes implements RefusalFix {

  @Override
  public Optional<String> inWords(String rule) {
    return rule.startsWith("custody.") ? Optional.of(CustodyView.ruleInWords(rule)) : Optional.empty();
  }

  @Override
  public Optional<Fix> fix(String rule, UUID productionId, Scene scene) {
    String base = "/productions/" + productionId;
    return Optional.ofNullable(switch (rule) {
      case "custody.firearms-hold" -> new Fix("Every firearm stays on hold until the safety advisor and a producer"
          + " each clear it in writing.", "Holds and alerts", base + "/custody/holds");
      case "custody.scene-hold" -> new Fix("The scene stays on hold until the safety advisor and a producer each"
          + " clear it in writing.", "Holds and alerts", base + "/custody/holds");
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
