package org.setsafe.staffing.web;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.production.RefusalFix;
import org.setsafe.production.Scene;
import org.springframework.stereotype.Component;

/** Who fixes the day's staffing, and where: the staffing of the scene's day. */
@Component
class StaffingRefusalFixes implements RefusalFix {

  private static final Map<String, String> WORDS = Map.of(
      "staffing.dedicated-armorer", "A dedicated armorer on a firearms day",
      "staffing.armorer-double-booked", "The armorer on one production at a time",
      "staffing.rest-and-hours", "Rest between days and limited hours");

  @Override
  public Optional<String> inWords(String rule) {
    return Optional.ofNullable(WORDS.get(rule));
  }

  @Override
  public Optional<Fix> fix(String rule, UUID productionId, Scene scene) {
    if (!WORDS.containsKey(rule)) {
      return Optional.empty();
    }
    String base = "/productions/" + productionId;
    String day = scene != null && scene.shootingDayId() != null
        ? base + "/staffing/days/" + scene.shootingDayId() : base + "/schedule";
    return Optional.of(new Fix(Fix.words("refusal.fix.staffing.ask"), Fix.words("refusal.fix.staffing.link"), day));
  }
}
