package org.setsafe.custody.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.setsafe.custody.domain.CustodyEvents.DayClosed;
import org.setsafe.custody.domain.CustodyEvents.RoundCountMismatch;
import org.setsafe.custody.domain.CustodyEvents.RoundsCounted;
import org.setsafe.custody.domain.DayCloseProtocol.Kind;
import org.setsafe.shared.Refusal;

/**
 * What {@link DayCloseProtocol} decided about closing the day: refused by a rule of some {@link Kind} (which says how
 * the refusal is answered and whether it is evidence), or accepted. The counts typed are facts to record whenever the
 * input and the rules about who and where the day stands passed: before the close, or before the mismatch they
 * raise ({@link #mismatch()}) when they do not reconcile.
 */
public record DayCloseDecision(Refusal refusal, Kind refusedBy, List<RoundsCounted> counts,
    RoundCountMismatch mismatch, DayClosed closed) {

  public DayCloseDecision {
    counts = counts == null ? List.of() : List.copyOf(counts);
    if ((refusal == null) != (refusedBy == null) || (refusal == null) == (closed == null)
        || (mismatch != null) != (refusedBy == Kind.COUNT)) {
      throw new IllegalArgumentException("a day close is either refused by a rule or closes the day");
    }
  }

  static DayCloseDecision refused(Kind kind, Refusal refusal) {
    return new DayCloseDecision(Objects.requireNonNull(refusal, "refusal"), kind, List.of(), null, null);
  }

  static DayCloseDecision doesNotReconcile(Refusal refusal, List<RoundsCounted> counts, RoundCountMismatch mismatch) {
    return new DayCloseDecision(Objects.requireNonNull(refusal, "refusal"), Kind.COUNT, counts,
        Objects.requireNonNull(mismatch, "mismatch"), null);
  }

  static DayCloseDecision closes(List<RoundsCounted> counts, DayClosed closed) {
    return new DayCloseDecision(null, null, counts, null, Objects.requireNonNull(closed, "closed"));
  }

  public CustodyAction action() {
    return CustodyAction.CLOSE_DAY;
  }

  public boolean accepted() {
    return refusal == null;
  }

  public Optional<Refusal> refusalIfAny() {
    return Optional.ofNullable(refusal);
  }
}
