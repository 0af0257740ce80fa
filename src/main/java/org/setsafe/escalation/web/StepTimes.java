package org.setsafe.escalation.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.setsafe.escalation.domain.EscalationPolicy;
import org.setsafe.escalation.domain.EscalationStore.FiredStep;
import org.setsafe.shared.LocalTimes;
import org.setsafe.shared.Refusal.Said;
import org.springframework.context.MessageSource;

/**
 * A fired step as the escalation page shows it, on the production's clock with the zone's name: "Level 3, reminder
 * 1: 14:40 MST", or when it fired a minute or more after it was due (an instance died holding it), "Level 3: due
 * 14:30 MST, fired 15:02 MST (32 min late)", so that a late step is seen as late and not as a step that was due
 * later. A step of another day carries its date, as every moment on the pages does; all of it in the reader's
 * language ("Tercer aviso: previsto lun 7 dic 14:30 MST, …"), the clock staying the production's.
 */
record StepTimes(int round, String step, String times) {

  private static final Duration LATE = Duration.ofMinutes(1);

  static StepTimes of(FiredStep fired, ZoneId zone, LocalDate today, MessageSource messages, Locale language) {
    String due = LocalTimes.at(fired.dueAt(), zone, today, language);
    Duration late = Duration.between(fired.dueAt(), fired.firedAt());
    String times = late.compareTo(LATE) < 0 ? due
        : Said.of("escalation.step.late", due, LocalTimes.at(fired.firedAt(), zone, today, language),
            late.toMinutes()).in(messages, language);
    return new StepTimes(fired.round(), inWords(fired.step()).in(messages, language), times);
  }

  /** {@code L3R1} → "Third told, reminder 1"; {@code deadline} → "Resolution deadline". */
  private static Said inWords(String step) {
    if (step.equals("deadline")) {
      return Said.of("escalation.step.deadline");
    }
    int r = step.indexOf('R');
    int number = Integer.parseInt(step.substring(1, r));
    // The place in the order as the escalation's notices say it (EscalationPolicy.told in English).
    Said level = number >= 1 && number <= EscalationPolicy.ORDINALS ? Said.of("notices.escalation.told." + number)
        : Said.of("notices.escalation.told.nth", number);
    String repeat = step.substring(r + 1);
    return repeat.equals("0") ? level : Said.of("escalation.step.reminder", level, repeat);
  }
}
