package org.setsafe.escalation.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.setsafe.escalation.domain.EscalationStore.FiredStep;
import org.setsafe.shared.LocalTimes;

/**
 * A fired step as the escalation page shows it, on the production's clock with the zone's name: "Level 3, reminder
 * 1: 14:40 MST", or when it fired a minute or more after it was due (an instance died holding it), "Level 3: due
 * 14:30 MST, fired 15:02 MST (32 min late)", so that a late step is seen as late and not as a step that was due
 * later. A step of another day carries its date, as every moment on the pages does.
 */
record StepTimes(int round, String step, String times) {

  private static final Duration LATE = Duration.ofMinutes(1);

  static StepTimes of(FiredStep fired, ZoneId zone, LocalDate today) {
    String due = LocalTimes.at(fired.dueAt(), zone, today);
    Duration late = Duration.between(fired.dueAt(), fired.firedAt());
    String times = late.compareTo(LATE) < 0 ? due
        : "due " + due + ", fired " + LocalTimes.at(fired.firedAt(), zone, today) + " (" + late.toMinutes()
            + " min late)";
    return new StepTimes(fired.round(), inWords(fired.step()), times);
  }

  /** {@code L3R1} → "Third told, reminder 1"; {@code deadline} → "Resolution deadline". */
  private static String inWords(String step) {
    if (step.equals("deadline")) {
      return "Resolution deadline";
    }
    int r = step.indexOf('R');
    String level = org.setsafe.escalation.domain.EscalationPolicy.told(Integer.parseInt(step.substring(1, r)));
    String repeat = step.substring(r + 1);
    return repeat.equals("0") ? level : level + ", reminder " + repeat;
  }
}
