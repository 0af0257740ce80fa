package org.setsafe.custody.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.custody.domain.CustodyEvents.DayClosed;
import org.setsafe.custody.domain.CustodyEvents.RoundCountMismatch;
import org.setsafe.custody.domain.CustodyEvents.RoundsCounted;
import org.setsafe.production.CrewRole;
import org.setsafe.shared.Refusal;

/**
 * Which rules guard the close of the shooting day at wrap (rule 6), in which order, and the decision, as
 * {@link LotProtocol} is for a lot step. Asked in this order: what was typed (a count of a lot on the register, 0 or
 * more rounds: bad input, not evidence), who is closing (only the armorer or property master: a refusal recorded as
 * evidence), where the day stands (closed already with nothing since: a conflict, not evidence), and last what was
 * counted (every lot's latest count of the day against its balance, no rounds left in weapons). A count that does
 * not reconcile still stands as counted, raises a mismatch and refuses the close, recorded.
 */
public final class DayCloseProtocol {

  /** What a rule judges, which says how its refusal is answered. */
  public enum Kind { INPUT, WHO, WHERE_THE_DAY_STANDS, COUNT }

  /** One rule of the close: its name, its kind and its check. */
  public record Rule(String name, Kind kind, Check check) {}

  @FunctionalInterface
  public interface Check {
    /** {@code withCounts}: the production's history with the counts typed now recorded (empty for input rules). */
    Optional<Refusal> check(CloseDay close, DaySnapshot on, List<CustodyEvent> withCounts);
  }

  private final OnlyArmorerHandlesPolicy onlyArmorer = new OnlyArmorerHandlesPolicy();
  private final WrapCountsPolicy wrapCounts = new WrapCountsPolicy();
  private final DayClosedOncePolicy closedOnce = new DayClosedOncePolicy();
  private final RoundsReconcilePolicy reconcile = new RoundsReconcilePolicy();

  private final List<Rule> rules = List.of(
      new Rule(WrapCountsPolicy.RULE, Kind.INPUT, (close, on, withCounts) ->
          wrapCounts.check(close.counts(), on.lots())),
      new Rule(OnlyArmorerHandlesPolicy.RULE, Kind.WHO, (close, on, withCounts) ->
          onlyArmorer.check(CustodyAction.CLOSE_DAY, on.roles())),
      new Rule(DayClosedOncePolicy.RULE, Kind.WHERE_THE_DAY_STANDS, (close, on, withCounts) ->
          closedOnce.check(on.day(), on.history())),
      new Rule(RoundsReconcilePolicy.RULE, Kind.COUNT, (close, on, withCounts) ->
          reconcile.check(balances(on, withCounts), latestCounts(on, withCounts))));

  /** The names of the close's rules, in the order they are asked. */
  public List<String> rules() {
    return rules.stream().map(Rule::name).toList();
  }

  /**
   * Whether the wrap page offers this person the close: the rules about who may close, asked of their roles alone
   * (what they will type and where the day stands are decided when they close).
   */
  public boolean offered(Set<CrewRole> roles) {
    return onlyArmorer.check(CustodyAction.CLOSE_DAY, roles).isEmpty();
  }

  /** Decides the close on one snapshot: the first of its rules that refuses, in order; otherwise the day closed. */
  public DayCloseDecision decide(CloseDay close, DaySnapshot on) {
    boolean built = false;
    List<RoundsCounted> counts = List.of();
    List<CustodyEvent> withCounts = List.of();
    for (Rule rule : rules) {
      // The counts become facts once what was typed passes, so that a count out of shape is never built.
      if (!built && rule.kind() != Kind.INPUT) {
        built = true;
        counts = counted(close, on);
        withCounts = new ArrayList<>(on.history());
        withCounts.addAll(counts);
      }
      Optional<Refusal> refusal = rule.check().check(close, on, withCounts);
      if (refusal.isEmpty()) {
        continue;
      }
      if (rule.kind() != Kind.COUNT) {
        return DayCloseDecision.refused(rule.kind(), refusal.get());
      }
      List<LotDifference> differences = reconcile.differences(balances(on, withCounts), latestCounts(on, withCounts));
      return DayCloseDecision.doesNotReconcile(refusal.get(), counts, new RoundCountMismatch(UUID.randomUUID(),
          on.productionId(), on.personId(), on.now(), on.day(), LotDifference.english(differences), differences));
    }
    Map<UUID, Integer> counted = new LinkedHashMap<>();
    latestCounts(on, withCounts).forEach(count -> counted.put(count.lotId(), count.counted()));
    return DayCloseDecision.closes(counts, new DayClosed(UUID.randomUUID(), on.productionId(), on.personId(),
        on.now(), on.day(), counted));
  }

  /** The counts typed now, as the facts that record them, in the order typed. */
  private static List<RoundsCounted> counted(CloseDay close, DaySnapshot on) {
    List<RoundsCounted> counts = new ArrayList<>();
    close.counts().forEach((lotId, count) -> counts.add(
        new RoundsCounted(UUID.randomUUID(), on.productionId(), lotId, on.personId(), on.now(), count)));
    return counts;
  }

  private static List<LotBalance> balances(DaySnapshot on, List<CustodyEvent> withCounts) {
    return on.lots().stream().map(lot -> LotBalance.of(lot, withCounts)).toList();
  }

  private static List<RoundsCounted> latestCounts(DaySnapshot on, List<CustodyEvent> withCounts) {
    return List.copyOf(DaySnapshot.countsOn(on.zone(), on.day(), withCounts).values());
  }
}
