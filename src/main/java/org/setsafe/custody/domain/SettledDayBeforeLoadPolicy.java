package org.setsafe.custody.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.setsafe.shared.Refusal;
import org.setsafe.shared.Refusal.Said;

/**
 * An earlier shooting day whose rounds are not accounted for (not closed at wrap, or its count did not reconcile)
 * holds every load until the armorer and the safety advisor have each settled it in writing: a round unaccounted
 * for yesterday may be in a gun today (rule 6; on "Rust" nobody could later say where the live rounds came from).
 * Unloading, returning and locking up stay allowed.
 */
public final class SettledDayBeforeLoadPolicy {

  public static final String RULE = "custody.unreconciled-day";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

  public Optional<Refusal> check(List<UnsettledDays.Day> unsettled, CustodyAction action) {
    if (action != CustodyAction.LOAD || unsettled.isEmpty()) {
      return Optional.empty();
    }
    UnsettledDays.Day day = unsettled.get(0);
    String awaited = day.awaited().stream().map(role -> role.label().toLowerCase()).sorted()
        .collect(Collectors.joining(" and "));
    String others = unsettled.size() == 1 ? "" : " (and " + (unsettled.size() - 1) + " more day"
        + (unsettled.size() == 2 ? "" : "s") + ")";
    return Optional.of(new Refusal(RULE, "The rounds of " + DAY.format(day.day()) + others + " are not accounted "
        + "for: " + day.inWords() + ". No weapon is loaded until the " + awaited + " settle that day in writing; "
        + "a round missing then may be in a gun now (rule 6).").saying("reason." + RULE + (unsettled.size() == 1 ? ""
        : unsettled.size() == 2 ? ".and-one-more" : ".and-more"), dayInWords(day.day()),
        String.valueOf(unsettled.size() - 1), day.said(), RoleWords.said(day.awaited())));
  }

  /** The day as {@link #DAY} writes it in English ("Monday 7 December"), its weekday and month in each language. */
  static Said dayInWords(LocalDate day) {
    return Said.of("reason.part.day-month", Said.of("reason.part.weekday." + day.getDayOfWeek().name()),
        String.valueOf(day.getDayOfMonth()), Said.of("reason.part.month." + day.getMonth().name()));
  }
}
