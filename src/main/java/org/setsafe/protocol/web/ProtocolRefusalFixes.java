package org.setsafe.protocol.web;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.production.RefusalFix;
import org.setsafe.production.Scene;
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
    String ofScene = scene == null ? "" : " for scene " + scene.number();
    String plan = scene == null ? base + "/schedule" : base + "/protocol/scenes/" + scene.id() + "/plan";
    String planText = scene == null ? "The schedule: open the scene's weapon plan" : "The weapon plan" + ofScene;
    return Optional.ofNullable(switch (rule) {
      case "protocol.weapon-plan" -> new Fix("Ask the armorer and the safety advisor to sign the weapon plan"
          + ofScene + " (the armorer writes it first if there is none).", planText, plan);
      case "protocol.two-people-sign" -> new Fix("The other sign-off of the weapon plan" + ofScene + " is another"
          + " person's: ask the armorer or the safety advisor, whichever has not signed.", planText, plan);
      case "protocol.no-blanks-without-discharge", "protocol.discharge-planned", "protocol.blank-distance",
          "protocol.line-of-fire-protected", "protocol.pointing-named", "protocol.performer-in-cast",
          "protocol.replica-unless-discharge", "protocol.weapon-on-register" -> new Fix("Ask the armorer to change"
          + " the weapon plan" + ofScene + ", and the safety advisor to sign it again.", planText, plan);
      case "protocol.risk-assessment" -> new Fix("Ask the safety advisor to complete and sign the risk assessment"
          + ofScene + ", with the department heads who answer for it.", "The risk assessment" + ofScene,
          scene == null ? base + "/protocol/risk" : base + "/protocol/risk/scenes/" + scene.id());
      default -> null;
    });
  }
}
