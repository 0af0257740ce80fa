package org.setsafe.training.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.setsafe.shared.Refusal;

/**
 * Who may take a firearm in hand: anyone handling or near firearms has completed firearms safety training
 * (California Labor Code §9156). Where the production's rules accept it, a performer may instead have been
 * briefed by the armorer on this production within the rules' number of days, the briefing recorded with what it
 * covered. Either way the answer is on record before the firearm is handed over, not assumed.
 */
public final class FirearmsHandlingPolicy {

  public static final String RULE = "training.firearms-safety";

  /** The production's rule on armorer briefings for performers. */
  public record PerformerRule(boolean briefingAccepted, int briefingValidDays) {
    public static final PerformerRule DEFAULT = new PerformerRule(true, 30);

    public PerformerRule {
      if (briefingValidDays < 1 || briefingValidDays > 366) {
        throw new IllegalArgumentException("a briefing counts for 1 to 366 days");
      }
    }

    /** The last day a briefing given on {@code givenOn} counts. */
    public LocalDate lastDay(LocalDate givenOn) {
      return givenOn.plusDays(briefingValidDays - 1L);
    }
  }

  /**
   * Empty when the performer may handle a firearm on {@code day}; otherwise why not. {@code training} is the
   * firearms safety training check (empty when current); {@code briefingsGivenOn} the days the armorer briefed
   * them on this production.
   */
  public Optional<Refusal> check(Optional<Refusal> training, List<LocalDate> briefingsGivenOn,
      PerformerRule rule, LocalDate day) {
    if (training.isEmpty()) {
      return Optional.empty();
    }
    if (!rule.briefingAccepted()) {
      return Optional.of(new Refusal(RULE, training.get().reason()
          + " This production's rules do not accept an armorer's briefing instead.")
          .saying("reason.training.firearms-safety.briefing-not-accepted", words(training.get())));
    }
    Optional<LocalDate> latest = briefingsGivenOn.stream().filter(on -> !on.isAfter(day))
        .max(Comparator.naturalOrder());
    if (latest.isPresent() && !rule.lastDay(latest.get()).isBefore(day)) {
      return Optional.empty();
    }
    if (latest.isPresent()) {
      LocalDate on = latest.get();
      return Optional.of(new Refusal(RULE, training.get().reason() + " The armorer's briefing of " + on
          + " counted through " + rule.lastDay(on) + "; brief them again.")
          .saying("reason.training.firearms-safety.briefing-expired", words(training.get()), on.toString(),
              rule.lastDay(on).toString()));
    }
    return Optional.of(new Refusal(RULE, training.get().reason()
        + " No armorer's briefing on this production is on record either.")
        .saying("reason.training.firearms-safety.no-briefing", words(training.get())));
  }

  /**
   * The training check's reason as the refusal's words begin with it: its own words, or, from a check that has none,
   * its English reason as written.
   */
  private static Object words(Refusal training) {
    return training.said() != null ? training.said() : training.reason();
  }
}
