package org.setsafe.training.web;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.production.RefusalFix;
import org.setsafe.production.Scene;
import org.setsafe.training.domain.CurrentQualificationPolicy;
import org.setsafe.training.domain.FirearmsHandlingPolicy;
import org.springframework.stereotype.Component;

/**
 * Who fixes a missing qualification, and where. A performer's missing firearms training is the safety advisor's or
 * the armorer's to close, on the production's qualifications; a step refused for the refused person's own lapsed
 * qualification (an armorer's permit) is theirs to close, by recording the renewed certificate on their own page.
 */
@Component
class TrainingRefusalFixes implements RefusalFix {

  private static final Map<String, String> WORDS = Map.of(
      FirearmsHandlingPolicy.RULE, "Firearms safety training before handling a firearm",
      CurrentQualificationPolicy.RULE, "A current qualification");

  @Override
  public Optional<String> inWords(String rule) {
    return Optional.ofNullable(WORDS.get(rule));
  }

  @Override
  public Optional<Fix> fix(String rule, UUID productionId, Scene scene) {
    if (FirearmsHandlingPolicy.RULE.equals(rule)) {
      return Optional.of(new Fix(Fix.words("refusal.fix.training.firearms-safety.ask"),
          Fix.words("refusal.fix.training.firearms-safety.link"), "/productions/" + productionId + "/qualifications"));
    }
    if (CurrentQualificationPolicy.RULE.equals(rule)) {
      return Optional.of(new Fix(Fix.words("refusal.fix.training.current-qualification.ask"),
          Fix.words("refusal.fix.training.current-qualification.link"), "/account/qualifications"));
    }
    return Optional.empty();
  }
}
