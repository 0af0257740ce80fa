package org.setsafe.custody.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.setsafe.custody.domain.CustodyEvents.CustodyRefused;
import org.setsafe.custody.domain.CustodyEvents.DayClosed;
import org.setsafe.custody.domain.CustodyEvents.RoundCountMismatch;

/**
 * The shooting days closed at wrap and the round-count mismatches still open, folded from the production's
 * custody events. A mismatch stays open until a later close reconciles every lot: the reconciled count is
 * what settles it for custody (the report reporting opened from the mismatch is followed up there).
 */
public final class ClosedDays {

  private DayClosed lastClose;
  private boolean changedSinceLastClose;
  private final List<RoundCountMismatch> openMismatches = new ArrayList<>();

  private ClosedDays(List<? extends CustodyEvent> events) {
    for (CustodyEvent event : events) {
      if (event instanceof DayClosed closed) {
        lastClose = closed;
        changedSinceLastClose = false;
        openMismatches.clear();
      } else if (event instanceof RoundCountMismatch mismatch) {
        openMismatches.add(mismatch);
      } else if (!(event instanceof CustodyRefused) && !watchFact(event)) {
        changedSinceLastClose = true;
      }
    }
  }

  /** What the watch records about the day changes nothing that a close would count. */
  private static boolean watchFact(CustodyEvent event) {
    return event instanceof CustodyEvents.WeaponLeftUnattended || event instanceof CustodyEvents.LockUpOverdue
        || event instanceof CustodyEvents.DayNotReconciled || event instanceof CustodyEvents.LockUpGraceSet;
  }

  /** The production's events in the order recorded. */
  public static ClosedDays of(List<? extends CustodyEvent> events) {
    return new ClosedDays(events);
  }

  public Optional<DayClosed> lastClose() {
    return Optional.ofNullable(lastClose);
  }

  /**
   * Whether this day is closed with nothing recorded since, so closing it again would say nothing new. A day
   * closed and then worked on again (a night scene after wrap) is closed again at its second wrap.
   */
  public boolean closedWithNothingSince(java.time.LocalDate day) {
    return lastClose != null && lastClose.day().equals(day) && !changedSinceLastClose;
  }

  /** Whether anything was recorded since the last close (or ever, with no close yet) that a close must count. */
  public boolean openSinceLastClose() {
    return changedSinceLastClose;
  }

  /** Mismatches raised since the last close, oldest first. */
  public List<RoundCountMismatch> openMismatches() {
    return Collections.unmodifiableList(openMismatches);
  }
}
