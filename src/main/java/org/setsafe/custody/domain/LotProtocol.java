package org.setsafe.custody.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.setsafe.custody.domain.LotCommand.CountRounds;
import org.setsafe.custody.domain.LotCommand.KeepInQuarantine;
import org.setsafe.custody.domain.LotCommand.QuarantineLot;
import org.setsafe.custody.domain.LotCommand.ReceiveLot;
import org.setsafe.custody.domain.LotCommand.ReleaseLot;
import org.setsafe.custody.domain.LotCommand.ReturnRounds;
import org.setsafe.custody.domain.LotCommand.TransferRounds;
import org.setsafe.custody.domain.LotCommand.VerifyDummies;
import org.setsafe.shared.Refusal;

/**
 * Which rules guard each step with a lot of rounds, in which order, and the decision: as {@link CustodyProtocol} is
 * for a weapon. A step's rules come in three kinds, asked in this order: what was typed (live rounds are never
 * received: a 400 naming the field, recorded all the same), the rules of the trade (only the armorer handles rounds;
 * rounds leave only from the box), and where the lot stands (taken out of use once, released only while out of use),
 * which answers a step out of step with the lot without recording it as an attempt against a rule.
 */
public final class LotProtocol {

  /** One rule of a lot step: its name (its rule code) and its check. */
  public record Rule<C extends LotCommand>(String name, Kind kind, Check<C> check) {}

  /** What a rule judges: the input typed, the trade's rules, or where the lot stands. */
  public enum Kind { INPUT, TRADE, WHERE_THE_LOT_STANDS }

  @FunctionalInterface
  public interface Check<C extends LotCommand> {
    /** {@code lot}: the lot's balance before the step; null for a receipt. */
    Optional<Refusal> check(LotBalance lot, C command, LotSnapshot on);
  }

  private record Step<C extends LotCommand>(CustodyAction action, List<Rule<C>> rules) {}

  private final OnlyArmorerHandlesPolicy onlyArmorer = new OnlyArmorerHandlesPolicy();
  private final NoLiveAmmunitionPolicy noLiveAmmunition = new NoLiveAmmunitionPolicy();
  private final RoundsOnHandPolicy roundsOnHand = new RoundsOnHandPolicy();
  private final QuarantineUntilReinspectedPolicy quarantine = new QuarantineUntilReinspectedPolicy();

  private final Map<Class<? extends LotCommand>, Step<?>> steps = new LinkedHashMap<>();

  public LotProtocol() {
    step(ReceiveLot.class, CustodyAction.RECEIVE, List.of(
        rule(NoLiveAmmunitionPolicy.RULE, Kind.INPUT, (lot, receive, on) ->
            noLiveAmmunition.check(receive.roundClass()).map(refusal -> refusal.at("roundClass"))),
        armorer(CustodyAction.RECEIVE)));
    step(VerifyDummies.class, CustodyAction.VERIFY_DUMMIES, List.of(armorer(CustodyAction.VERIFY_DUMMIES)));
    step(CountRounds.class, CustodyAction.COUNT_ROUNDS, List.of(armorer(CustodyAction.COUNT_ROUNDS)));
    step(ReturnRounds.class, CustodyAction.RETURN_ROUNDS, List.of(armorer(CustodyAction.RETURN_ROUNDS),
        rule(RoundsOnHandPolicy.RULE, Kind.TRADE, (lot, back, on) ->
            roundsOnHand.checkLeaving(lot, back.count(), "returned to the supplier"))));
    step(TransferRounds.class, CustodyAction.TRANSFER_ROUNDS, List.of(armorer(CustodyAction.TRANSFER_ROUNDS),
        rule(RoundsOnHandPolicy.RULE, Kind.TRADE, (lot, transfer, on) -> transfer.direction() == TransferDirection.OUT
            ? roundsOnHand.checkLeaving(lot, transfer.count(), "transferred out") : Optional.empty())));
    step(QuarantineLot.class, CustodyAction.QUARANTINE_LOT, List.of(armorer(CustodyAction.QUARANTINE_LOT),
        rule(QuarantineUntilReinspectedPolicy.RULE, Kind.WHERE_THE_LOT_STANDS, (lot, out, on) ->
            quarantine.checkQuarantine(lot))));
    step(ReleaseLot.class, CustodyAction.REINSPECT_LOT, List.of(armorer(CustodyAction.REINSPECT_LOT),
        rule(QuarantineUntilReinspectedPolicy.RULE, Kind.WHERE_THE_LOT_STANDS, (lot, release, on) ->
            quarantine.checkRelease(lot))));
    step(KeepInQuarantine.class, CustodyAction.REINSPECT_LOT, List.of(armorer(CustodyAction.REINSPECT_LOT),
        rule(QuarantineUntilReinspectedPolicy.RULE, Kind.WHERE_THE_LOT_STANDS, (lot, keep, on) ->
            quarantine.checkKeep(lot))));
  }

  /**
   * Decides one lot step on the lot's balance ({@code null} for a receipt): the first of its rules that refuses, in
   * order; otherwise the fact that records it and the balance after it.
   */
  public LotDecision decide(LotBalance lot, LotCommand command, LotSnapshot on) {
    if ((lot == null) != (command instanceof ReceiveLot)) {
      throw new IllegalArgumentException("a receipt has no lot yet; every other lot step has one");
    }
    return decide(lot, command, on, stepOf(command.getClass()));
  }

  private <C extends LotCommand> LotDecision decide(LotBalance lot, LotCommand command, LotSnapshot on, Step<C> step) {
    @SuppressWarnings("unchecked")
    C typed = (C) command;
    CustodyAction action = step.action();
    boolean built = false;
    LotEvent event = null;
    LotBalance after = null;
    for (Rule<C> rule : step.rules()) {
      // Built once the input rules pass, so that a field out of shape is answered as bad input, not a refusal.
      if (!built && rule.kind() != Kind.INPUT) {
        event = command.event(lot, on);
        after = command instanceof ReceiveLot receive ? LotBalance.of(receive.lot(on), List.of()) : lot.then(event);
        built = true;
      }
      Optional<Refusal> refusal = rule.check().check(lot, typed, on);
      if (refusal.isPresent()) {
        return rule.kind() == Kind.WHERE_THE_LOT_STANDS ? LotDecision.outOfStep(action, refusal.get())
            : LotDecision.refused(action, refusal.get());
      }
    }
    if (!built) {
      event = command.event(lot, on);
      after = command instanceof ReceiveLot receive ? LotBalance.of(receive.lot(on), List.of()) : lot.then(event);
    }
    return LotDecision.accepted(action, event, after);
  }

  /** Which action a lot command is, for recording its refusal and offering it as a next step. */
  public CustodyAction action(Class<? extends LotCommand> command) {
    return stepOf(command).action();
  }

  /** The names of a lot step's rules, in the order they are asked. */
  public List<String> rules(Class<? extends LotCommand> command) {
    return stepOf(command).rules().stream().map(Rule::name).toList();
  }

  private Step<?> stepOf(Class<?> command) {
    Step<?> step = steps.get(command);
    if (step == null) {
      throw new IllegalArgumentException("no lot step " + command.getSimpleName());
    }
    return step;
  }

  private <C extends LotCommand> void step(Class<C> type, CustodyAction action, List<Rule<C>> rules) {
    steps.put(type, new Step<>(action, List.copyOf(rules)));
  }

  private static <C extends LotCommand> Rule<C> rule(String name, Kind kind, Check<C> check) {
    return new Rule<>(name, kind, check);
  }

  /** The armorer or property master receives, checks, counts and moves rounds (Labor Code §9153(a)(1)–(2)). */
  private <C extends LotCommand> Rule<C> armorer(CustodyAction action) {
    return rule(OnlyArmorerHandlesPolicy.RULE, Kind.TRADE, (lot, command, on) -> onlyArmorer.check(action, on.roles()));
  }
}
