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
      return Optional.of(said(new Refusal(RULE, training.get().reason()
          + " This production's rules do not accept an armorer's briefing instead."), training.get(),
          "briefing-not-accepted"));
    }
    Optional<LocalDate> latest = briefingsGivenOn.stream().filter(on -> !on.isAfter(day))
        .max(Comparator.naturalOrder());
    if (latest.isPresent() && !rule.lastDay(latest.get()).isBefore(day)) {
      return Optional.empty();
    }
    String briefing = latest.map(on -> " The armorer's briefing of " + on + " counted through " + rule.lastDay(on)
        + "; brief them again.").orElse(" No armorer's briefing on this production is on record either.");
    Refusal refusal = new Refusal(RULE, training.get().reason() + briefing);
    return Optional.of(latest.isPresent()
        ? said(refusal, training.get(), "briefing-expired", latest.get(), rule.lastDay(latest.get()))
        : said(refusal, training.get(), "no-briefing"));
  }

  /**
   * The refusal with words when the training check it extends has some: its words come first, as in the reason.
   * Without them the reason stays English only, rather than half translated.
   */
  private static Refusal said(Refusal refusal, Refusal training, String variant, Object... args) {
    if (training.said() == null) {
      return refusal;
    }
    Object[] all = new Object[args.length + 1];
    all[0] = training.said();
    System.arraycopy(args, 0, all, 1, args.length);
    return refusal.saying("reason." + RULE + "." + variant, all);
  }
}
