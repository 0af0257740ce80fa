package org.setsafe.custody;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.setsafe.custody.domain.ClosedDays;
import org.setsafe.custody.domain.CustodyAction;
import org.setsafe.custody.domain.CustodyEvent;
import org.setsafe.custody.domain.FirearmsHold;
import org.setsafe.custody.domain.LotBalance;
import org.setsafe.custody.domain.NextStep;
import org.setsafe.custody.domain.RoundClass;
import org.setsafe.custody.domain.ShowClear;
import org.setsafe.custody.domain.UnsettledDays;
import org.setsafe.custody.domain.WeaponCustody;
import org.setsafe.custody.domain.WeaponKind;
import org.setsafe.custody.domain.WeaponState;
import org.setsafe.custody.domain.WorkStop;
import org.setsafe.production.CrewRole;
import org.setsafe.shared.Refusal.Said;

/**
 * Where everything is now: every weapon, every lot and the production's firearms hold, folded from the custody
 * events at the moment of asking. Nothing here is stored, so it can always be rebuilt from the history.
 */
public record CustodyBoard(Instant at, List<WeaponStatus> weapons, List<LotStatus> lots, HoldStatus firearmsHold,
    List<CountMismatch> openCountMismatches, List<WorkStop> workStopped, List<DayNotSettled> daysNotSettled) {

  /** Work is stopped on the whole production: no firearm is issued, loaded or shown clear. */
  public boolean productionStopped() {
    return workStopped.stream().anyMatch(WorkStop::wholeProduction);
  }

  /**
   * An earlier shooting day whose rounds are not accounted for (not closed at wrap, or its count did not reconcile),
   * which holds every load until the armorer and the safety advisor each settle it in writing.
   */
  public record DayNotSettled(LocalDate day, String what, boolean notReconciled, Set<CrewRole> awaited,
      @JsonIgnore Said whatSaid) {
    static DayNotSettled of(UnsettledDays.Day day) {
      return new DayNotSettled(day.day(), day.inWords(), day.notReconciled(), day.awaited(), day.said());
    }
  }

  /**
   * One weapon now. {@code streamVersion} is how many events its history holds. {@code next} is the armorer's next
   * step in the order of custody; {@code nextSteps} the steps the one asking may take now, as the custody domain
   * says ({@link WeaponCustody#nextSteps}).
   */
  public record WeaponStatus(UUID weaponId, String label, WeaponKind kind, int recordVersion, WeaponState state,
      UUID holderId, String lockUpLocation, Map<UUID, Integer> roundsInWeapon, boolean cold, boolean onHold,
      Set<CrewRole> reviewsAwaited, ShowClear showClear, Set<UUID> showClearAwaiting, Instant lastEventAt,
      int streamVersion, NextStep next, List<CustodyAction> nextSteps) {

    static WeaponStatus of(WeaponCustody custody, int recordVersion, Instant now, java.time.Duration window,
        List<CustodyAction> nextSteps) {
      ShowClear shown = custody.showClear().orElse(null);
      return new WeaponStatus(custody.weaponId(), custody.weapon().label(), custody.weapon().kind(), recordVersion,
          custody.state(), custody.holder().orElse(null), custody.lockUpLocation().orElse(null),
          custody.roundsInWeapon(), custody.cold(now, window), custody.onHold(), custody.reviewsAwaited(), shown,
          shown == null ? Set.of() : shown.awaiting(), custody.lastEventAt().orElse(null), custody.history().size(),
          custody.nextStep(), List.copyOf(nextSteps));
    }

    /** Whether the one asking may take this step now. */
    public boolean may(CustodyAction action) {
      return nextSteps.contains(action);
    }
  }

  /**
   * One lot now: what should be on hand, in weapons and left to load, and whether it may be used; {@code name} is
   * how people call it ({@link org.setsafe.custody.domain.AmmunitionLot#displayName()}), {@code shortId} what its
   * tag prints, and {@code quarantineReason} why it is out of use, if it is.
   */
  public record LotStatus(UUID lotId, RoundClass roundClass, String caliber, String supplier, int received,
      int onHand, int inWeapons, int remaining, int discharged, boolean verified, boolean quarantined,
      String name, String shortId, java.time.LocalDate receivedOn, String quarantineReason) {

    static LotStatus of(LotBalance balance) {
      return new LotStatus(balance.lotId(), balance.lot().roundClass(), balance.lot().caliber(),
          balance.lot().supplier(), balance.received(), balance.onHand(), balance.inWeapons(), balance.remaining(),
          balance.discharged(), balance.verified(), balance.quarantined(), balance.lot().displayName(),
          balance.lot().shortId(), balance.lot().receivedOn(), balance.quarantineReason().orElse(null));
    }
  }

  /**
   * The production's firearms hold (a stand-down): every live round found, accidental discharge and second misfire
   * of a day not yet cleared by both the safety advisor and a producer.
   */
  public record HoldStatus(boolean active, List<OpenFind> openFinds) {}

  /**
   * One open hold. {@code liveRoundFoundId} names the event that put it on (the find, the discharge, the misfire:
   * what a clearance names); {@code cause} says which, {@code what} in words; {@code where} is where a live round
   * was found, and {@code weaponId} the weapon that discharged or misfired.
   */
  public record OpenFind(UUID liveRoundFoundId, String where, Instant foundAt, Set<CrewRole> clearancesAwaited,
      FirearmsHold.Cause cause, String what, UUID weaponId, String description) {

    static OpenFind of(FirearmsHold.Reason reason, Set<CrewRole> awaited) {
      return new OpenFind(reason.eventId(), reason.where(), reason.occurredAt(), awaited, reason.cause(),
          reason.title(), reason.weaponId(), reason.description());
    }
  }

  /**
   * A wrap count that did not reconcile (rule 6), open until a later close of the day reconciles every lot:
   * which day, and what differed.
   */
  public record CountMismatch(UUID mismatchId, LocalDate day, String differences, Instant raisedAt,
      @JsonIgnore Said differencesSaid) {
    static List<CountMismatch> of(ClosedDays days) {
      return days.openMismatches().stream().map(m -> new CountMismatch(m.eventId(), m.day(), m.differences(),
          m.occurredAt(), m.differencesSaid())).toList();
    }
  }

  /** A recorded custody fact: the event itself, with what it is. */
  public record Recorded(UUID eventId, String kind, WeaponStatus weapon) {
    static Recorded of(CustodyEvent event, WeaponStatus weapon) {
      return new Recorded(event.eventId(), event.kind(), weapon);
    }
  }

  /** One step in a weapon's history. */
  public record HistoryEntry(int version, String kind, UUID actorId, Instant occurredAt, CustodyEvent event) {}
}
