package org.setsafe.custody;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.custody.CustodyDesk.Caller;
import org.setsafe.custody.domain.AmmunitionLot;
import org.setsafe.custody.domain.CustodyStore;
import org.setsafe.custody.domain.LotBalance;
import org.setsafe.custody.domain.LotCommand;
import org.setsafe.custody.domain.LotCommand.ReceiveLot;
import org.setsafe.custody.domain.LotDecision;
import org.setsafe.custody.domain.LotProtocol;
import org.setsafe.custody.domain.LotSnapshot;
import org.setsafe.shared.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * How a step with a lot of rounds is taken, whichever page or route asks: the lot is loaded and locked, its balance
 * and who is acting are handed to {@link LotProtocol}, and what it decided is recorded: a refusal as evidence (then
 * thrown), a step out of step with the lot answered as a conflict, or the fact appended and published.
 */
@Component
class LotSteps {

  private final CustodyStore store;
  private final CustodyDesk desk;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  /** Which rules guard each lot step, in which order. */
  private final LotProtocol protocol = new LotProtocol();

  LotSteps(CustodyStore store, CustodyDesk desk, ApplicationEventPublisher events, Clock clock) {
    this.store = store;
    this.desk = desk;
    this.events = events;
    this.clock = clock;
  }

  /** Decides and records one step with a registered lot; the decision carries the fact and the lot after it. */
  LotDecision take(Caller caller, LotCommand command) {
    if (command instanceof ReceiveLot) {
      throw new IllegalArgumentException("a lot is received by the register");
    }
    AmmunitionLot lot = store.lot(caller.productionId(), command.lotId())
        .orElseThrow(() -> NotOnThisProduction.lot(command.lotId()));
    // Locked before its balance is read: of two steps at once, the second sees what the first recorded.
    store.lockLots(caller.productionId(), List.of(lot.id()));
    LotDecision decision = decided(caller, LotBalance.of(lot, store.lotFacts(caller.productionId())), command);
    store.append(decision.event());
    events.publishEvent(decision.event());
    return decision;
  }

  /** Decides a receipt: the lot as it will be registered, once the rules pass; the register records it. */
  AmmunitionLot receive(Caller caller, ReceiveLot receipt) {
    return decided(caller, null, receipt).after().lot();
  }

  private LotDecision decided(Caller caller, LotBalance lot, LotCommand command) {
    LotDecision decision = protocol.decide(lot, command,
        new LotSnapshot(caller.productionId(), caller.userId(), caller.roles(), clock.instant()));
    if (decision.accepted()) {
      return decision;
    }
    Refusal refusal = decision.refusal();
    if (decision.conflict()) {
      throw CustodyDesk.conflict("lotId", refusal);
    }
    if (refusal.field() != null) {
      desk.checkInput(caller, decision.action(), null, refusal.field(), () -> Optional.of(refusal));
    }
    throw desk.refuse(caller, decision.action(), null, command.lotId(), refusal);
  }
}
