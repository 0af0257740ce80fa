package org.setsafe.custody.domain;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.setsafe.custody.domain.CustodyEvents.AccidentalDischarge;
import org.setsafe.custody.domain.CustodyEvents.LoadShowConfirmed;
import org.setsafe.custody.domain.CustodyEvents.LoadShowRefused;
import org.setsafe.custody.domain.CustodyEvents.LoadShown;
import org.setsafe.custody.domain.CustodyEvents.Malfunction;
import org.setsafe.custody.domain.CustodyEvents.Misfire;
import org.setsafe.custody.domain.CustodyEvents.RoundsDischarged;
import org.setsafe.custody.domain.CustodyEvents.ShowClearConfirmed;
import org.setsafe.custody.domain.CustodyEvents.ShowClearRefused;
import org.setsafe.custody.domain.CustodyEvents.ShownClear;
import org.setsafe.custody.domain.CustodyEvents.WeaponDisposed;
import org.setsafe.custody.domain.CustodyEvents.WeaponInspected;
import org.setsafe.custody.domain.CustodyEvents.WeaponIssued;
import org.setsafe.custody.domain.CustodyEvents.WeaponLoaded;
import org.setsafe.custody.domain.CustodyEvents.WeaponLockedUp;
import org.setsafe.custody.domain.CustodyEvents.WeaponReceived;
import org.setsafe.custody.domain.CustodyEvents.WeaponReturned;
import org.setsafe.custody.domain.CustodyEvents.WeaponReviewed;
import org.setsafe.custody.domain.CustodyEvents.WeaponTransferred;
import org.setsafe.custody.domain.CustodyEvents.WeaponUnloaded;
import org.setsafe.custody.domain.CustodyEvents.WeaponUnlocked;
import org.setsafe.production.CrewRole;

/**
 * A step someone asks to take with a weapon, named so that its ids cannot be swapped ({@code IssueWeapon(weaponId,
 * performerId, sceneId)}, not three UUIDs in a row). {@link CustodyProtocol} decides it; when the rules pass, the
 * command says which event records it, stamped with the person and the moment from {@link StepSnapshot}.
 */
public interface CustodyCommand {

  UUID weaponId();

  CustodyAction action();

  /** The event that records this step on this weapon; built before or after the rules, as the protocol says. */
  WeaponEvent event(WeaponCustody custody, StepSnapshot on);

  record ReceiveWeapon(UUID weaponId, String receivedFrom, String licenceNumber) implements CustodyCommand {
    public CustodyAction action() {
      return CustodyAction.RECEIVE;
    }

    public WeaponEvent event(WeaponCustody custody, StepSnapshot on) {
      return new WeaponReceived(UUID.randomUUID(), on.productionId(), weaponId, on.personId(), on.now(), receivedFrom,
          licenceNumber);
    }
  }

  record InspectWeapon(UUID weaponId, String finding) implements CustodyCommand {
    public CustodyAction action() {
      return CustodyAction.INSPECT;
    }

    public WeaponEvent event(WeaponCustody custody, StepSnapshot on) {
      return new WeaponInspected(UUID.randomUUID(), on.productionId(), weaponId, on.personId(), on.now(), finding);
    }
  }

  /** Every round by position, each naming its lot; the lots' balances are in {@link StepSnapshot#lots()}. */
  record LoadWeapon(UUID weaponId, Map<String, LoadedRound> manifest) implements CustodyCommand {
    public CustodyAction action() {
      return CustodyAction.LOAD;
    }

    public WeaponEvent event(WeaponCustody custody, StepSnapshot on) {
      return new WeaponLoaded(UUID.randomUUID(), on.productionId(), weaponId, on.personId(), on.now(), manifest);
    }
  }

  record UnloadWeapon(UUID weaponId, Map<UUID, Integer> roundsBackToLot) implements CustodyCommand {
    public CustodyAction action() {
      return CustodyAction.UNLOAD;
    }

    public WeaponEvent event(WeaponCustody custody, StepSnapshot on) {
      return new WeaponUnloaded(UUID.randomUUID(), on.productionId(), weaponId, on.personId(), on.now(),
          roundsBackToLot);
    }
  }

  record ShowItClear(UUID weaponId, Set<UUID> witnesses) implements CustodyCommand {
    public CustodyAction action() {
      return CustodyAction.SHOW_CLEAR;
    }

    public WeaponEvent event(WeaponCustody custody, StepSnapshot on) {
      return new ShownClear(UUID.randomUUID(), on.productionId(), weaponId, on.personId(), on.now(), witnesses);
    }
  }

  /** Shows the load as recorded, in the witnesses' words; put into words only once the rules pass. */
  record ShowTheLoad(UUID weaponId, Set<UUID> witnesses) implements CustodyCommand {
    public CustodyAction action() {
      return CustodyAction.SHOW_LOAD;
    }

    public WeaponEvent event(WeaponCustody custody, StepSnapshot on) {
      return new LoadShown(UUID.randomUUID(), on.productionId(), weaponId, on.personId(), on.now(), witnesses,
          custody.manifest(), ShownWords.load(custody.weapon(), custody.manifest()));
    }
  }

  /** A witness confirms, from their own session, the show-clear they saw. */
  record ConfirmShowClear(UUID weaponId) implements CustodyCommand {
    public CustodyAction action() {
      return CustodyAction.WITNESS_SHOW_CLEAR;
    }

    public WeaponEvent event(WeaponCustody custody, StepSnapshot on) {
      return new ShowClearConfirmed(UUID.randomUUID(), on.productionId(), weaponId, on.personId(), on.now(),
          custody.showClear().orElseThrow().eventId());
    }
  }

  /** A witness confirms the load they were shown; the record keeps the words they saw. */
  record ConfirmShownLoad(UUID weaponId) implements CustodyCommand {
    public CustodyAction action() {
      return CustodyAction.WITNESS_SHOW_CLEAR;
    }

    public WeaponEvent event(WeaponCustody custody, StepSnapshot on) {
      ShowClear shown = custody.showClear().orElseThrow();
      return new LoadShowConfirmed(UUID.randomUUID(), on.productionId(), weaponId, on.personId(), on.now(),
          shown.eventId(), shown.shown());
    }
  }

  /** A witness refuses what they were shown, clear or the load, and says why. */
  record RefuseShowing(UUID weaponId, String reason) implements CustodyCommand {
    public CustodyAction action() {
      return CustodyAction.WITNESS_SHOW_CLEAR;
    }

    public WeaponEvent event(WeaponCustody custody, StepSnapshot on) {
      ShowClear shown = custody.showClear().orElseThrow();
      return shown.clear()
          ? new ShowClearRefused(UUID.randomUUID(), on.productionId(), weaponId, on.personId(), on.now(),
              shown.eventId(), reason)
          : new LoadShowRefused(UUID.randomUUID(), on.productionId(), weaponId, on.personId(), on.now(),
              shown.eventId(), reason);
    }
  }

  /** Hands the weapon to a performer for a scene; the scene as the call sheet has it is in {@link StepSnapshot#recipient()}. */
  record IssueWeapon(UUID weaponId, UUID performerId, UUID sceneId) implements CustodyCommand {
    public CustodyAction action() {
      return CustodyAction.ISSUE;
    }

    public WeaponEvent event(WeaponCustody custody, StepSnapshot on) {
      return new WeaponIssued(UUID.randomUUID(), on.productionId(), weaponId, on.personId(), on.now(), performerId,
          sceneId);
    }
  }

  /** The armorer collects the weapon from whoever holds it. */
  record CollectWeapon(UUID weaponId) implements CustodyCommand {
    public CustodyAction action() {
      return CustodyAction.COLLECT;
    }

    public WeaponEvent event(WeaponCustody custody, StepSnapshot on) {
      return new WeaponReturned(UUID.randomUUID(), on.productionId(), weaponId, on.personId(), on.now(),
          custody.holder().orElse(on.personId()));
    }
  }

  /** To another armorer or property master, whose roles are in {@link StepSnapshot#recipient()}. */
  record TransferWeapon(UUID weaponId, UUID toArmorerId) implements CustodyCommand {
    public CustodyAction action() {
      return CustodyAction.TRANSFER;
    }

    public WeaponEvent event(WeaponCustody custody, StepSnapshot on) {
      return new WeaponTransferred(UUID.randomUUID(), on.productionId(), weaponId, on.personId(), on.now(),
          toArmorerId);
    }
  }

  /** {@code loadedReason}: why it is locked up with rounds in it; kept only when it has rounds in it. */
  record LockUpWeapon(UUID weaponId, String location, String loadedReason) implements CustodyCommand {
    public CustodyAction action() {
      return CustodyAction.LOCK_UP;
    }

    public WeaponEvent event(WeaponCustody custody, StepSnapshot on) {
      return new WeaponLockedUp(UUID.randomUUID(), on.productionId(), weaponId, on.personId(), on.now(), location,
          custody.loaded() ? loadedReason : null);
    }
  }

  record UnlockWeapon(UUID weaponId) implements CustodyCommand {
    public CustodyAction action() {
      return CustodyAction.UNLOCK;
    }

    public WeaponEvent event(WeaponCustody custody, StepSnapshot on) {
      return new WeaponUnlocked(UUID.randomUUID(), on.productionId(), weaponId, on.personId(), on.now());
    }
  }

  /** What anyone on the crew may report: a misfire, an accidental discharge or a malfunction. */
  record ReportTrouble(UUID weaponId, Report report, String description) implements CustodyCommand {
    public enum Report { MISFIRE, ACCIDENTAL_DISCHARGE, MALFUNCTION }

    public CustodyAction action() {
      return CustodyAction.REPORT;
    }

    public WeaponEvent event(WeaponCustody custody, StepSnapshot on) {
      switch (report) {
        case MISFIRE:
          return new Misfire(UUID.randomUUID(), on.productionId(), weaponId, on.personId(), on.now(), description);
        case ACCIDENTAL_DISCHARGE:
          return new AccidentalDischarge(UUID.randomUUID(), on.productionId(), weaponId, on.personId(), on.now(),
              description);
        default:
          return new Malfunction(UUID.randomUUID(), on.productionId(), weaponId, on.personId(), on.now(), description);
      }
    }
  }

  /** A review after a misfire or accidental discharge, as the side the person's roles make them. */
  record ReviewWeapon(UUID weaponId, String finding) implements CustodyCommand {
    public CustodyAction action() {
      return CustodyAction.REVIEW;
    }

    public WeaponEvent event(WeaponCustody custody, StepSnapshot on) {
      return new WeaponReviewed(UUID.randomUUID(), on.productionId(), weaponId, on.personId(), on.now(),
          reviewedAs(on.roles()), finding);
    }

    /** The safety advisor reviews as such; otherwise the armorer or property master; null for anyone else. */
    static CrewRole reviewedAs(Set<CrewRole> roles) {
      return roles.contains(CrewRole.SAFETY_ADVISOR) ? CrewRole.SAFETY_ADVISOR
          : roles.contains(CrewRole.ARMORER) ? CrewRole.ARMORER
          : roles.contains(CrewRole.PROPERTY_MASTER) ? CrewRole.PROPERTY_MASTER : null;
    }
  }

  /** Rounds fired from one lot, the lot as registered. */
  record RecordDischarge(UUID weaponId, AmmunitionLot lot, int count) implements CustodyCommand {
    public CustodyAction action() {
      return CustodyAction.DISCHARGE;
    }

    public WeaponEvent event(WeaponCustody custody, StepSnapshot on) {
      return new RoundsDischarged(UUID.randomUUID(), on.productionId(), weaponId, on.personId(), on.now(), lot.id(),
          count);
    }
  }

  /** The weapon leaves the production, with what a disposition entry asks (27 CFR 478.125). */
  record DisposeWeapon(UUID weaponId, String recipient, String address, String licenceNumber, String disposition)
      implements CustodyCommand {
    public CustodyAction action() {
      return CustodyAction.DISPOSE;
    }

    public WeaponEvent event(WeaponCustody custody, StepSnapshot on) {
      return new WeaponDisposed(UUID.randomUUID(), on.productionId(), weaponId, on.personId(), on.now(), recipient,
          address, licenceNumber, disposition);
    }
  }
}
