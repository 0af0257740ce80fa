package org.setsafe.training.web;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.production.RefusalFix;
import org.setsafe.production.Scene;
import org.springframework.stereotype.Component;

/** Who fixes a missing qualification, and where: the production's qualifications. */
@Component
class TrainingRefusalFixes implements RefusalFix {

  private static final Map<String, String> WORDS = Map.of(
      "training.firearms-safety", "Firearms safety training before handling a firearm",
      "training.current-qualification", "A current qualification");

  @Override
  public Optional<String> inWords(String rule) {
    return Optional.ofNullable(WORDS.get(rule));
  }

  @Override
  public Optional<Fix> fix(String rule, UUID productionId, Scene scene) {
    if (!WORDS.containsKey(rule)) {
      return Optional.empty();
    }
    return Optional.of(new Fix("Ask the safety advisor to record the missing qualification, or the armorer to brief"
        + " the performer, before the weapon goes out.", "Qualifications",
        "/productions/" + productionId + "/qualifications"));
  }
}
