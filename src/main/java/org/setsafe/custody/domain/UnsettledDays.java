package org.setsafe.custody.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.setsafe.custody.domain.CustodyEvents.DayClosed;
import org.setsafe.custody.domain.CustodyEvents.DaySettled;
import org.setsafe.custody.domain.CustodyEvents.RoundCountMismatch;
import org.setsafe.custody.domain.CustodyEvents.WeaponLoaded;
import org.setsafe.production.CrewRole;
import org.setsafe.shared.Refusal.Said;

/**
 * The shooting days whose rounds are not accounted for, folded from the production's events: a day rounds went
 * into weapons that the armorer did not close at wrap, or whose wrap count did not reconcile and was not closed
 * after. Such a day stays unsettled until the armorer (or property master) and the safety advisor have each
 * settled it in writing; until then it holds every load on a later day (rule 6). On "Rust" nobody could later say
 * where the live rounds came from.
 */
public final class UnsettledDays {

  /** One day: the wrap-count mismatches raised for it (empty when it was simply not closed), and who settled it. */
  public record Day(LocalDate day, List<RoundCountMismatch> mismatches, Set<CrewRole> settledBy) {

    /** Whose written settlement the day still waits for, named by the role that gives it. */
    public Set<CrewRole> awaited() {
      Set<CrewRole> awaited = EnumSet.noneOf(CrewRole.class);
      if (!settledBy.contains(CrewRole.ARMORER) && !settledBy.contains(CrewRole.PROPERTY_MASTER)) {
        awaited.add(CrewRole.ARMORER);
      }
      if (!settledBy.contains(CrewRole.SAFETY_ADVISOR)) {
        awaited.add(CrewRole.SAFETY_ADVISOR);
      }
      return Set.copyOf(awaited);
    }

    /** Not closed at all, or closed never after its count failed to reconcile. */
    public boolean notReconciled() {
      return !mismatches.isEmpty();
    }

    /** What is wrong with the day, in words a refusal can quote. */
    public String inWords() {
      return notReconciled()
          ? "its round count did not reconcile (" + mismatches.get(mismatches.size() - 1).differences() + ")"
          : "it was not closed at wrap, so its rounds were never counted back";
    }

    /** {@link #inWords()} as words: the count's differences from their parts, or as recorded if none were kept. */
    public Said said() {
      if (!notReconciled()) {
        return Said.of("reason.unsettled-day.not-closed");
      }
      RoundCountMismatch last = mismatches.get(mismatches.size() - 1);
      Said differences = last.differencesSaid();
      return Said.of("reason.unsettled-day.not-reconciled", differences == null ? last.differences() : differences);
    }
  }

  private static final class State {
    boolean roundsOut;
    boolean closed;
    final List<RoundCountMismatch> mismatches = new ArrayList<>();
    final Set<CrewRole> settledBy = EnumSet.noneOf(CrewRole.class);
  }

  private final TreeMap<LocalDate, State> days = new TreeMap<>();

  private UnsettledDays(List<? extends CustodyEvent> events, ZoneId zone) {
    for (CustodyEvent event : events) {
      if (event instanceof WeaponLoaded loaded) {
        State day = day(loaded.occurredAt().atZone(zone).toLocalDate());
        day.roundsOut = true;
        day.closed = false;
      } else if (event instanceof RoundCountMismatch mismatch) {
        State day = day(mismatch.day());
        day.roundsOut = true;
        day.closed = false;
        day.mismatches.add(mismatch);
      } else if (event instanceof DayClosed closed) {
        State day = day(closed.day());
        day.closed = true;
        day.mismatches.clear();
      } else if (event instanceof DaySettled settled) {
        day(settled.day()).settledBy.add(settled.settledAs());
      }
    }
  }

  private State day(LocalDate date) {
    return days.computeIfAbsent(date, d -> new State());
  }

  /** The production's settling facts (loads, mismatches, closes, settlements), oldest first; days in its zone. */
  public static UnsettledDays of(List<? extends CustodyEvent> events, ZoneId zone) {
    return new UnsettledDays(events, zone);
  }

  /** Days before {@code today} not settled, oldest first. Today itself is still being worked: wrap closes it. */
  public List<Day> before(LocalDate today) {
    List<Day> open = new ArrayList<>();
    days.headMap(today, false).forEach((date, state) -> {
      Day day = new Day(date, List.copyOf(state.mismatches), Set.copyOf(state.settledBy));
      if (state.roundsOut && !state.closed && !day.awaited().isEmpty()) {
        open.add(day);
      }
    });
    return List.copyOf(open);
  }
}
