package org.setsafe.budget;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.setsafe.shared.RecordedFact;
import org.setsafe.shared.RefusedFact;

/** What happens to a production's safety budget, as facts for the ledger. */
public final class BudgetEvents {

  private BudgetEvents() {}

  /** A safety line got a new version: planned units at a rate, committed and actual, in cents of the currency. */
  public record LineChanged(UUID factId, UUID actorId, Instant occurredAt, UUID productionId, UUID versionId,
      String kind, String line, int version, String currency, String plannedUnits, long rateCents, long committedCents,
      long actualCents, String neededUnits, String reason) implements RecordedFact {
    @Override public String kind() { return "budget.line-changed"; }
    @Override public List<String> subjects() { return List.of("budget:" + productionId); }
  }

  /** A change cut a safety line below the schedule's need or by more than the allowed share: a review opened. */
  public record CutFlagged(UUID factId, UUID actorId, Instant occurredAt, UUID productionId, String kind,
      String line, int version, String cut, String reason, UUID reviewId) implements RecordedFact {
    @Override public String kind() { return "budget.cut-flagged"; }
    @Override public List<String> subjects() {
      return List.of("budget:" + productionId, "review:" + reviewId);
    }
  }

  /** A change to a safety line was refused by a rule (a cut without a written reason): the attempt is evidence. */
  public record ChangeRefused(UUID factId, UUID actorId, Instant occurredAt, UUID productionId, String kind,
      String line, String rule, String reason) implements RefusedFact {
    @Override public String kind() { return "budget.change-refused"; }
    @Override public List<String> subjects() { return List.of("budget:" + productionId); }
  }
}
