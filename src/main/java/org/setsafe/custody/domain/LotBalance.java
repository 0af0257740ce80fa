package org.setsafe.custody.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.custody.domain.CustodyEvents.DummiesVerified;
import org.setsafe.custody.domain.CustodyEvents.LotKeptInQuarantine;
import org.setsafe.custody.domain.CustodyEvents.LotQuarantined;
import org.setsafe.custody.domain.CustodyEvents.LotReinspected;
import org.setsafe.custody.domain.CustodyEvents.RoundsCounted;
import org.setsafe.custody.domain.CustodyEvents.RoundsDischarged;
import org.setsafe.custody.domain.CustodyEvents.RoundsReturnedToSupplier;
import org.setsafe.custody.domain.CustodyEvents.RoundsTransferred;
import org.setsafe.custody.domain.CustodyEvents.WeaponLoaded;
import org.setsafe.custody.domain.CustodyEvents.WeaponUnloaded;
import org.setsafe.production.CrewRole;

/**
 * Where a lot's rounds are, folded from the production's custody events: how many should be on hand
 * (received ± transfers − returned − discharged), how many of those are in weapons, how many are left in the
 * box to load, and whether the lot may be used at all (verified, not quarantined). Guards the wrap count:
 * every round is either counted, fired, returned or transferred, never simply gone.
 */
public final class LotBalance {

  private final AmmunitionLot lot;
  private int transferredIn;
  private int transferredOut;
  private int returnedToSupplier;
  private int loaded;
  private int unloadedBack;
  private int discharged;
  private int mostRoundsVerified;
  private boolean reinspected;
  private boolean checkAwaitedSinceTransferIn;
  /** Why the armorer took the lot out of use, until a re-inspection releases it; null when they have not. */
  private String quarantinedBecause;
  private RoundsCounted lastCount;

  private LotBalance(AmmunitionLot lot, List<? extends CustodyEvent> events) {
    this.lot = lot;
    for (CustodyEvent event : events) {
      apply(event);
    }
  }

  /** The lot's balance after the production's events (events about other lots and weapons are skipped). */
  public static LotBalance of(AmmunitionLot lot, List<? extends CustodyEvent> events) {
    return new LotBalance(lot, events);
  }

  /** The same lot once {@code event} is recorded: what a lot step decides, before it is appended. */
  public LotBalance then(CustodyEvent event) {
    LotBalance after = new LotBalance(lot, List.of());
    after.transferredIn = transferredIn;
    after.transferredOut = transferredOut;
    after.returnedToSupplier = returnedToSupplier;
    after.loaded = loaded;
    after.unloadedBack = unloadedBack;
    after.discharged = discharged;
    after.mostRoundsVerified = mostRoundsVerified;
    after.reinspected = reinspected;
    after.checkAwaitedSinceTransferIn = checkAwaitedSinceTransferIn;
    after.quarantinedBecause = quarantinedBecause;
    after.lastCount = lastCount;
    after.apply(event);
    return after;
  }

  /**
   * The steps this person may take with the lot now, as its state and their roles allow: the armorer or property
   * master checks dummies round by round, counts, returns and transfers rounds, and takes the lot out of use or, once
   * it is out of use, re-inspects it. Nobody else handles rounds. {@code roles} empty: not on the crew, so no step.
   */
  public List<CustodyAction> nextSteps(Set<CrewRole> roles) {
    List<CustodyAction> steps = new ArrayList<>();
    if (!armorer(roles)) {
      return steps;
    }
    if (lot.roundClass().dummy()) {
      steps.add(CustodyAction.VERIFY_DUMMIES);
    }
    steps.add(CustodyAction.COUNT_ROUNDS);
    steps.add(CustodyAction.RETURN_ROUNDS);
    steps.add(CustodyAction.TRANSFER_ROUNDS);
    steps.add(quarantined() ? CustodyAction.REINSPECT_LOT : CustodyAction.QUARANTINE_LOT);
    return List.copyOf(steps);
  }

  /** The steps this person may take before any lot is in the box: receiving one, for the armorer. */
  public static List<CustodyAction> stepsWithoutALot(Set<CrewRole> roles) {
    return armorer(roles) ? List.of(CustodyAction.RECEIVE) : List.of();
  }

  private static boolean armorer(Set<CrewRole> roles) {
    return roles != null && (roles.contains(CrewRole.ARMORER) || roles.contains(CrewRole.PROPERTY_MASTER));
  }

  private void apply(CustodyEvent event) {
    UUID id = lot.id();
    if (event instanceof WeaponLoaded load) {
      loaded += load.roundsFrom(id);
    } else if (event instanceof WeaponUnloaded unload) {
      unloadedBack += unload.roundsBackToLot().getOrDefault(id, 0);
    } else if (event instanceof RoundsDischarged fired && fired.lotId().equals(id)) {
      discharged += fired.count();
    } else if (event instanceof LotEvent lotEvent && lotEvent.lotId().equals(id)) {
      if (event instanceof RoundsTransferred transfer) {
        if (transfer.direction() == TransferDirection.IN) {
          transferredIn += transfer.count();
          // Rounds from elsewhere mixed into the lot: none of it is trusted again until checked.
          checkAwaitedSinceTransferIn = true;
        } else {
          transferredOut += transfer.count();
        }
      } else if (event instanceof RoundsReturnedToSupplier returned) {
        returnedToSupplier += returned.count();
      } else if (event instanceof DummiesVerified verified) {
        mostRoundsVerified = Math.max(mostRoundsVerified, verified.roundsVerified());
        if (verified.roundsVerified() >= remaining()) {
          checkAwaitedSinceTransferIn = false;
        }
      } else if (event instanceof LotQuarantined quarantine) {
        quarantinedBecause = quarantine.reason();
      } else if (event instanceof LotKeptInQuarantine kept) {
        quarantinedBecause = kept.finding();
      } else if (event instanceof LotReinspected) {
        reinspected = true;
        checkAwaitedSinceTransferIn = false;
        quarantinedBecause = null;
      } else if (event instanceof RoundsCounted counted) {
        lastCount = counted;
      }
    }
  }

  public AmmunitionLot lot() {
    return lot;
  }

  public UUID lotId() {
    return lot.id();
  }

  public int received() {
    return lot.count();
  }

  /** What the armorer should be able to count: received ± transfers − returned − discharged. */
  public int onHand() {
    return lot.count() + transferredIn - transferredOut - returnedToSupplier - discharged;
  }

  /** Rounds from this lot loaded in weapons and not fired. */
  public int inWeapons() {
    return loaded - unloadedBack - discharged;
  }

  /** Rounds left in the box to load. */
  public int remaining() {
    return onHand() - inWeapons();
  }

  public int discharged() {
    return discharged;
  }

  /** Rounds moved into this lot from elsewhere (another kit, another production). */
  public int transferredIn() {
    return transferredIn;
  }

  /** Rounds moved out of this lot to someone named. */
  public int transferredOut() {
    return transferredOut;
  }

  public int returnedToSupplier() {
    return returnedToSupplier;
  }

  /** The largest count any single verification covered. */
  public int mostRoundsVerified() {
    return mostRoundsVerified;
  }

  /**
   * Whether the lot is verified for use. Blanks come sealed from the supplier; dummies count only when one
   * verification covered every round received: a sample proves nothing about the rounds not checked.
   */
  public boolean verified() {
    if (!lot.roundClass().dummy()) {
      return true;
    }
    return mostRoundsVerified >= lot.count() && !checkAwaitedSinceTransferIn;
  }

  /**
   * Rounds were transferred into the lot from elsewhere and it has not been checked since: dummies need every
   * round in the box verified again, blanks a written re-inspection. Mixing rounds of unknown history into a
   * checked lot is how leftover rounds reached the "Rust" set.
   */
  public boolean checkAwaitedSinceTransferIn() {
    return checkAwaitedSinceTransferIn;
  }

  /**
   * Rounds from another production stay quarantined until re-inspected, and so do blanks transferred in from
   * elsewhere. For dummies, verifying every round is that re-inspection; blanks need a written re-inspection.
   * A lot the armorer quarantined with a reason needs a written re-inspection whatever its class.
   */
  public boolean quarantined() {
    if (quarantinedBecause != null) {
      return true;
    }
    if (checkAwaitedSinceTransferIn && !lot.roundClass().dummy()) {
      return true;
    }
    if (!lot.origin().quarantinedOnArrival() || reinspected) {
      return false;
    }
    return !(lot.roundClass().dummy() && verified());
  }

  /**
   * Why the lot is out of use, in words: the armorer's reason (or the latest finding that kept it), else where it
   * came from; empty when it is not quarantined.
   */
  public Optional<String> quarantineReason() {
    if (!quarantined()) {
      return Optional.empty();
    }
    if (quarantinedBecause != null) {
      return Optional.of(quarantinedBecause);
    }
    return Optional.of(checkAwaitedSinceTransferIn ? "Rounds were transferred in and the lot has not been re-inspected."
        : "It came from another production and has not been re-inspected.");
  }

  public Optional<RoundsCounted> lastCount() {
    return Optional.ofNullable(lastCount);
  }
}
