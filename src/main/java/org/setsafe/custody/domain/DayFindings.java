package org.setsafe.custody.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.setsafe.shared.Refusal.Said;

/**
 * What the watch found about a day's rounds, in parts (rule 6): at wrap, the counts still open and the rounds still
 * in weapons; or, some hours after wrap, that the day was not closed, with the counts still open. A day not
 * reconciled keeps these beside its English findings, so a page says the same in the reader's words without reading
 * the English back. {@link #english()} is the findings the record has always written, word for word.
 *
 * <p>{@code time} is the moment as the production's clock writes it ("19:00 MST", the same in every language);
 * {@code afterWrapMinutes} is {@code null} at wrap and, at the day's end, how long after wrap the day had to close.
 */
public record DayFindings(String time, Long afterWrapMinutes, LocalDate day, List<OpenCount> openCounts,
    List<LotDifference> stillLoaded) {

  /** A count still open: its day, its differences as recorded, and their parts ({@code null} if not kept). */
  public record OpenCount(LocalDate day, String differences, List<LotDifference> lots) {
    public OpenCount {
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(differences, "differences");
      lots = lots == null || lots.isEmpty() ? null : List.copyOf(lots);
    }

    static OpenCount of(CustodyEvents.RoundCountMismatch mismatch) {
      return new OpenCount(mismatch.day(), mismatch.differences(), mismatch.lots());
    }

    /** The differences as words with their full stop, or as recorded when their parts were not kept. */
    Object said() {
      return lots == null ? differences : Said.of("custody.found.sentence", LotDifference.said(lots));
    }

    /** The differences without their full stop, as the findings at wrap quote them. */
    Object saidInBrackets() {
      return lots == null ? differences.replaceAll("\\.$", "") : LotDifference.said(lots);
    }
  }

  public DayFindings {
    Objects.requireNonNull(time, "time");
    openCounts = openCounts == null ? List.of() : List.copyOf(openCounts);
    stillLoaded = stillLoaded == null ? List.of() : List.copyOf(stillLoaded);
    if (afterWrapMinutes != null) {
      Objects.requireNonNull(day, "day");
    }
  }

  /** At wrap: the counts still open and the lots with rounds still in weapons. */
  public static DayFindings atWrap(String time, List<CustodyEvents.RoundCountMismatch> open,
      List<LotDifference> stillLoaded) {
    return new DayFindings(time, null, null, open.stream().map(OpenCount::of).toList(), stillLoaded);
  }

  /** Some hours after wrap, the day not closed, with the counts still open. */
  public static DayFindings dayEnd(String time, long afterWrapMinutes, LocalDate day,
      List<CustodyEvents.RoundCountMismatch> open) {
    return new DayFindings(time, afterWrapMinutes, day, open.stream().map(OpenCount::of).toList(), List.of());
  }

  /** Whether anything was found: at the day's end the day not closed is itself the finding. */
  public boolean any() {
    return afterWrapMinutes != null || !openCounts.isEmpty() || !stillLoaded.isEmpty();
  }

  /** As the record writes it. */
  public String english() {
    if (afterWrapMinutes == null) {
      List<String> findings = new ArrayList<>();
      openCounts.forEach(count -> findings.add("the count of " + count.day() + " is still open ("
          + count.differences().replaceAll("\\.$", "") + ")"));
      stillLoaded.forEach(lot -> findings.add(lot.english()));
      return "At wrap (" + time + ") the rounds do not reconcile: " + String.join("; ", findings)
          + ". The armorer counts every lot and closes the day.";
    }
    String findings = "By " + time + ", " + hours(afterWrapMinutes) + " after wrap, the armorer had not closed " + day
        + ": every lot is counted and the day closed before the crew goes home.";
    if (!openCounts.isEmpty()) {
      findings += " Still open: " + String.join(" ", openCounts.stream().map(OpenCount::differences).toList());
    }
    return findings;
  }

  /** The same as words: times, dates, calibers and suppliers as written, the rest in the reader's language. */
  public Said said() {
    if (afterWrapMinutes == null) {
      List<Object> findings = new ArrayList<>();
      openCounts.forEach(count -> findings.add(Said.of("custody.found.count-open", count.day().toString(),
          count.saidInBrackets())));
      stillLoaded.forEach(lot -> findings.add(lot.said()));
      return Said.of("custody.found.wrap", time, Said.joined("custody.found.and", findings));
    }
    Said closed = Said.of("custody.found.day-end", time, hoursSaid(afterWrapMinutes), day.toString());
    if (openCounts.isEmpty()) {
      return closed;
    }
    List<Object> open = openCounts.stream().map(OpenCount::said).toList();
    return Said.of("custody.found.still-open", closed, open.size() == 1 && !(open.get(0) instanceof Said)
        ? Said.of("custody.found.as-written", open.get(0)) : Said.joined("custody.found.then", open));
  }

  /** The words, when they say exactly what was recorded; {@code null} otherwise (the English then stands). */
  public static Said saying(DayFindings findings, String recorded) {
    return findings != null && findings.english().equals(recorded) ? findings.said() : null;
  }

  private static String hours(long minutes) {
    if (minutes % 60 == 0) {
      return minutes / 60 + (minutes == 60 ? " hour" : " hours");
    }
    return minutes + " minutes";
  }

  private static Said hoursSaid(long minutes) {
    if (minutes % 60 == 0) {
      return minutes == 60 ? Said.of("custody.found.one-hour") : Said.of("custody.found.hours",
          String.valueOf(minutes / 60));
    }
    return Said.of("custody.found.minutes", String.valueOf(minutes));
  }
}
