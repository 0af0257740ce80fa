package org.setsafe.protocol.web;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.production.RefusalFix;
import org.setsafe.production.Scene;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

/** Who fixes what the weapon plan and the risk assessments refused, and where: the scene's plan or assessment. */
@Component
class ProtocolRefusalFixes implements RefusalFix {

  private static final Map<String, String> WORDS = Map.of(
      "protocol.no-blanks-without-discharge", "No blanks where the plan fires nothing",
      "protocol.weapon-plan", "A signed weapon plan for the scene",
      "protocol.risk-assessment", "A signed risk assessment",
      "protocol.two-people-sign", "Two people sign a weapon plan");

  @Override
  public Optional<String> inWords(String rule) {
    return Optional.ofNullable(WORDS.get(rule));
  }

  @Override
  public Optional<Fix> fix(String rule, UUID productionId, Scene scene) {
    String base = "/productions/" + productionId;
    String plan = scene == null ? base + "/schedule" : base + "/protocol/scenes/" + scene.id() + "/plan";
    MessageSourceResolvable planText = ofScene("refusal.fix.protocol.plan.link", scene);
    return Optional.ofNullable(switch (rule) {
      case "protocol.weapon-plan" -> new Fix(ofScene("refusal.fix.protocol.weapon-plan.ask", scene), planText, plan);
      case "protocol.two-people-sign" -> new Fix(ofScene("refusal.fix.protocol.two-people-sign.ask", scene),
          planText, plan);
      case "protocol.no-blanks-without-discharge", "protocol.discharge-planned", "protocol.blank-distance",
          "protocol.line-of-fire-protected", "protocol.pointing-named", "protocol.performer-in-cast",
          "protocol.replica-unless-discharge", "protocol.weapon-on-register" -> new Fix(
          ofScene("refusal.fix.protocol.change-plan.ask", scene), planText, plan);
      case "protocol.risk-assessment" -> new Fix(ofScene("refusal.fix.protocol.risk-assessment.ask", scene),
          ofScene("refusal.fix.protocol.risk-assessment.link", scene),
          scene == null ? base + "/protocol/risk" : base + "/protocol/risk/scenes/" + scene.id());
      default -> null;
    });
  }

  /** The message about the refused step's scene (its key + ".scene", the scene's number as {0}), or about none. */
  private static MessageSourceResolvable ofScene(String key, Scene scene) {
    return scene == null ? Fix.words(key) : Fix.words(key + ".scene", scene.number());
  }
}
