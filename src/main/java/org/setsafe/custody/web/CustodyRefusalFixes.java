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
      case "custody.firearms-hold" -> new Fix(Fix.words("refusal.fix.custody.firearms-hold.ask"),
          Fix.words("refusal.fix.custody.holds.link"), base + "/custody/holds");
      case "custody.scene-hold" -> new Fix(Fix.words("refusal.fix.custody.scene-hold.ask"),
          Fix.words("refusal.fix.custody.holds.link"), base + "/custody/holds");
      case "custody.stop-work" -> new Fix(Fix.words("refusal.fix.custody.stop-work.ask"),
          Fix.words("refusal.fix.custody.stop-work.link"), base + "/stop-work");
      case "custody.unreconciled-day" -> new Fix(Fix.words("refusal.fix.custody.unreconciled-day.ask"),
          Fix.words("refusal.fix.custody.unreconciled-day.link"), base + "/custody/days");
      case "custody.armorer-has-no-other-duties", "custody.safety-roles-apart" -> new Fix(
          Fix.words("refusal.fix.custody.second-role.ask"), Fix.words("refusal.fix.custody.second-role.link"),
          base + "/custody/second-roles");
      case "custody.issue-only-to-performer-on-todays-scene" -> new Fix(
          Fix.words("refusal.fix.custody.performer-in-todays-scene.ask"),
          scene == null ? Fix.words("refusal.fix.custody.performer-in-todays-scene.link")
              : Fix.words("refusal.fix.custody.performer-in-todays-scene.link.scene", scene.number()),
          scene == null ? base + "/schedule" : base + "/schedule/scenes/" + scene.id());
      case "custody.show-clear-before-issue", "custody.show-clear-witnessed-by-others" -> new Fix(
          Fix.words("refusal.fix.custody.show-clear.ask"), Fix.words("refusal.fix.custody.show-clear.link"),
          base + "/custody/confirmations");
      default -> null;
    });
  }
}
