package org.setsafe.staffing.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.setsafe.shared.FormerMember;
import org.setsafe.shared.Refusal.Said;

/**
 * Fatigue on a firearms day: a person watched on it (the dedicated armorer, the 1st AD, the camera crew) had
 * less than the production's minimum rest before the day (the day's start, their own recorded on time or else the
 * day's call, minus the end of their previous worked day), or more than its weekly hours in the 7 days ending that
 * day. California Labor Code §9152 asks for a risk assessment of its own for weeks over 60 hours, and §9153(a)(6)
 * for sufficient qualified staff; on "Rust" the armorer was overloaded and the crew worked long hours.
 */
public final class RestAndHoursPolicy {

  public static final String RULE = "staffing.rest-and-hours";

  /**
   * One finding about one person: what kind, and what the numbers were, in words: {@code detail} in English (recorded
   * with the flag), {@code detailWords} the same as bundle words, for a page or the meeting in the reader's language.
   */
  public record Finding(FlagKind kind, String detail, Said detailWords) {}

  /**
   * What is wrong with this person's rest and hours before {@code date}. {@code callAt} is the day's call, used as
   * their start when they have no shift recorded that date; {@code shifts} are their shifts in force on any
   * production.
   */
  public List<Finding> check(String personName, LocalDate date, Instant callAt, List<Shift> shifts,
      StaffingRules rules) {
    List<Finding> findings = new ArrayList<>();
    Instant start = shifts.stream().filter(s -> s.workDate().equals(date)).map(Shift::on).min(Comparator.naturalOrder())
        .orElse(callAt);
    Optional<Instant> previousEnd = shifts.stream().filter(s -> s.workDate().isBefore(date) && s.off() != null)
        .map(Shift::off).max(Comparator.naturalOrder());
    if (start != null && previousEnd.isPresent()) {
      Duration rest = Duration.between(previousEnd.get(), start);
      if (rest.compareTo(rules.minRest()) < 0) {
        String had = hours(rest.isNegative() ? Duration.ZERO : rest);
        String minimum = hours(rules.minRest());
        findings.add(new Finding(FlagKind.REST_SHORT, personName + " had " + had + " of rest before " + date
            + "; the production's minimum is " + minimum + " (California Labor Code §9153(a)(6): sufficient qualified "
            + "staff).", Said.of("staffing.flag.detail.rest-short", FormerMember.inWords(personName), had, date,
            minimum)));
      }
    }
    LocalDate weekStart = date.minusDays(6);
    Duration week = shifts.stream().filter(s -> !s.workDate().isBefore(weekStart) && !s.workDate().isAfter(date))
        .map(Shift::worked).reduce(Duration.ZERO, Duration::plus);
    if (week.compareTo(rules.weeklyLimit()) > 0) {
      String worked = hours(week);
      String limit = hours(rules.weeklyLimit());
      findings.add(new Finding(FlagKind.WEEKLY_HOURS_EXCEEDED, personName + " worked " + worked
          + " in the 7 days ending " + date + "; the production's limit is " + limit + " (California Labor Code "
          + "§9152: weeks over 60 hours need a risk assessment of their own).",
          Said.of("staffing.flag.detail.weekly-hours-exceeded", FormerMember.inWords(personName), worked, date,
              limit)));
    }
    return findings;
  }

  /** "8 h", "9 h 30 min": the same in Spanish, so the words place it as written. */
  public static String hours(Duration duration) {
    long minutes = duration.toMinutes();
    return minutes % 60 == 0 ? minutes / 60 + " h" : minutes / 60 + " h " + minutes % 60 + " min";
  }
}
