package org.setsafe.custody;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.setsafe.custody.CustodyBoard.HistoryEntry;
import org.setsafe.custody.CustodyBoard.LotStatus;
import org.setsafe.custody.domain.AmmunitionLot;
import org.setsafe.custody.domain.CustodyEvent;
import org.setsafe.custody.domain.CustodyEvents.DummiesVerified;
import org.setsafe.custody.domain.CustodyEvents.HoldCleared;
import org.setsafe.custody.domain.CustodyEvents.LiveRoundFound;
import org.setsafe.custody.domain.CustodyEvents.RoundCountMismatch;
import org.setsafe.custody.domain.CustodyEvents.RoundsDischarged;
import org.setsafe.custody.domain.CustodyEvents.WeaponLeftUnattended;
import org.setsafe.custody.domain.CustodyEvents.WeaponLoaded;
import org.setsafe.custody.domain.CustodyEvents.WeaponUnloaded;
import org.setsafe.custody.domain.CustodyStore;
import org.setsafe.custody.domain.FirearmsHold;
import org.setsafe.custody.domain.LotBalance;
import org.setsafe.custody.domain.LotEvent;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Production;
import org.springframework.stereotype.Service;

/**
 * Custody facts read back for the people who act on them: one lot with its balance, its dummy checks and
 * every fact that touched its rounds; every live round found with the clearances given and still awaited;
 * and the alerts and discrepancies recorded (a weapon left unattended, a round count that did not
 * reconcile). Read only, for anyone on the production, and all of it folded from the events at the moment
 * of asking.
 */
@Service
public class CustodyFacts {

  /** One lot now: its record, its balance, each dummy check, and its history, oldest first. */
  public record LotRecord(AmmunitionLot lot, LotBalance balance, List<DummiesVerified> verifications,
      List<HistoryEntry> history) {}

  /**
   * A firearms hold (a live round found, an accidental discharge, a second misfire of the day), the written
   * clearances it has had, and whose it still awaits (none once lifted).
   */
  public record Find(FirearmsHold.Reason find, List<HoldCleared> clearances, Set<CrewRole> clearancesAwaited) {
    public boolean open() {
      return !clearancesAwaited.isEmpty();
    }
  }

  private final CustodyStore store;
  private final CustodyDesk desk;

  CustodyFacts(CustodyStore store, CustodyDesk desk) {
    this.store = store;
    this.desk = desk;
  }

  public LotRecord lot(UUID productionId, UUID lotId) {
    desk.viewer(productionId);
    AmmunitionLot lot = store.lot(productionId, lotId)
        .orElseThrow(() -> NotOnThisProduction.lot(lotId));
    List<CustodyEvent> events = store.productionEvents(productionId);
    List<DummiesVerified> verifications = new ArrayList<>();
    List<HistoryEntry> history = new ArrayList<>();
    for (CustodyEvent event : events) {
      if (!touches(event, lotId)) {
        continue;
      }
      if (event instanceof DummiesVerified verified) {
        verifications.add(verified);
      }
      history.add(new HistoryEntry(history.size() + 1, event.kind(), event.actorId(), event.occurredAt(), event));
    }
    return new LotRecord(lot, LotBalance.of(lot, events), List.copyOf(verifications), List.copyOf(history));
  }

  /** Every lot now, with its balance and whether it may be used. */
  public List<LotStatus> lots(UUID productionId) {
    desk.viewer(productionId);
    List<CustodyEvent> events = store.lotFacts(productionId);
    return store.lots(productionId).stream().map(lot -> LotStatus.of(LotBalance.of(lot, events))).toList();
  }

  /** Every firearms hold of the production, newest first, open or cleared. */
  public List<Find> finds(UUID productionId) {
    Production production = desk.viewer(productionId);
    List<CustodyEvent> events = store.firearmsHoldFacts(productionId);
    FirearmsHold hold = FirearmsHold.of(events, production.timeZone());
    List<Find> finds = new ArrayList<>();
    for (FirearmsHold.Reason reason : hold.all()) {
      List<HoldCleared> clearances = events.stream().filter(e -> e instanceof HoldCleared cleared
          && cleared.liveRoundFoundId().equals(reason.eventId())).map(HoldCleared.class::cast).toList();
      finds.add(new Find(reason, clearances, hold.clearancesAwaited(reason.eventId())));
    }
    finds.sort(Comparator.comparing((Find f) -> f.find().occurredAt()).reversed());
    return List.copyOf(finds);
  }

  /** Weapons found unattended and wrap counts that did not reconcile, newest first. */
  public List<CustodyEvent> alerts(UUID productionId) {
    desk.viewer(productionId);
    List<CustodyEvent> alerts = new ArrayList<>(store.factsOf(productionId,
        List.of(WeaponLeftUnattended.class, RoundCountMismatch.class)));
    alerts.sort(Comparator.comparing(CustodyEvent::occurredAt).reversed());
    return List.copyOf(alerts);
  }

  /** Whether the fact moved, checked or concerned rounds of this lot. */
  private static boolean touches(CustodyEvent event, UUID lotId) {
    if (event instanceof LotEvent lotEvent) {
      return lotEvent.lotId().equals(lotId);
    }
    if (event instanceof WeaponLoaded load) {
      return load.roundsFrom(lotId) > 0;
    }
    if (event instanceof WeaponUnloaded unload) {
      return unload.roundsBackToLot().getOrDefault(lotId, 0) > 0;
    }
    if (event instanceof RoundsDischarged fired) {
      return fired.lotId().equals(lotId);
    }
    return event instanceof LiveRoundFound found && lotId.equals(found.lotId());
  }
}
