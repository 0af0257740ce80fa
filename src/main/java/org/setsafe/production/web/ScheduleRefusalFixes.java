package org.setsafe.production.web;

import java.util.Optional;
import java.util.UUID;
import org.setsafe.production.RefusalFix;
import org.setsafe.production.Scene;
import org.springframework.stereotype.Component;

/**
 * Who fixes a step refused because today is not on the schedule (a safety meeting, a meal break with no shooting day
 * today), and where: the schedule, which the 1st AD keeps.
 */
@Component
class ScheduleRefusalFixes implements RefusalFix {

  @Override
  public Optional<String> inWords(String rule) {
    return switch (rule) {
      case "ShootingDay" -> Optional.of("A shooting day on today's call sheet");
      case "Scenes" -> Optional.of("Scenes scheduled today");
      default -> Optional.empty();
    };
  }

  @Override
  public Optional<Fix> fix(String rule, UUID productionId, Scene scene) {
    if (!rule.equals("ShootingDay") && !rule.equals("Scenes")) {
      return Optional.empty();
    }
    return Optional.of(new Fix(Fix.words("refusal.fix.schedule.ask"), Fix.words("refusal.fix.schedule.link"),
        "/productions/" + productionId + "/schedule"));
  }
}
