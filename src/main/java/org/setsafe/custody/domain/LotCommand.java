package org.setsafe.custody.domain;

import java.time.LocalDate;
import java.util.UUID;
import org.setsafe.custody.domain.CustodyEvents.DummiesVerified;
import org.setsafe.custody.domain.CustodyEvents.LotKeptInQuarantine;
import org.setsafe.custody.domain.CustodyEvents.LotQuarantined;
import org.setsafe.custody.domain.CustodyEvents.LotReinspected;
import org.setsafe.custody.domain.CustodyEvents.RoundsCounted;
import org.setsafe.custody.domain.CustodyEvents.RoundsReturnedToSupplier;
import org.setsafe.custody.domain.CustodyEvents.RoundsTransferred;
import org.setsafe.shared.InvalidInputException;

/**
 * A step someone asks to take with a lot of rounds, named so that what is typed cannot be swapped (a count is not a
 * return). {@link LotProtocol} says which action it is and decides it on the lot's balance; when the rules pass, the
 * command says which fact records it, stamped with the person and the moment from {@link LotSnapshot}.
 */
public interface LotCommand {

  /** The lot the step is taken with; null for a receipt, whose lot is not registered yet. */
  UUID lotId();

  /** The fact that records this step on {@code lot}; a receipt has no lot yet and registers it instead. */
  LotEvent event(LotBalance lot, LotSnapshot on);

  /** A box of rounds arrives; the class as typed, so that "live" is refused with its rule, not as an unknown word. */
  record ReceiveLot(String roundClass, String caliber, String supplier, LocalDate receivedOn, int count,
      LotOrigin origin) implements LotCommand {
    public UUID lotId() {
      return null;
    }

    public LotEvent event(LotBalance lot, LotSnapshot on) {
      return null;
    }

    /** The lot as received, checked as the register keeps it. */
    public AmmunitionLot lot(LotSnapshot on) {
      return new AmmunitionLot(UUID.randomUUID(), on.productionId(), RoundClass.parse(roundClass), caliber, supplier,
          receivedOn, count, origin);
    }
  }

  /** Dummies checked one by one, how and how many; only a check of every round verifies the lot. */
  record VerifyDummies(UUID lotId, VerificationMethod method, int roundsVerified) implements LotCommand {
    public LotEvent event(LotBalance lot, LotSnapshot on) {
      if (!lot.lot().roundClass().dummy()) {
        throw new InvalidInputException("lotId", "Dummy", lot.lot().displayName()
            + " are not dummies: only dummies are checked round by round")
            .saying("input.custody.verify-dummies.not-dummies", RoundsOnHandPolicy.nameSaid(lot.lot()));
      }
      return new DummiesVerified(UUID.randomUUID(), on.productionId(), lotId, on.personId(), on.now(), method,
          roundsVerified);
    }
  }

  /** The rounds on hand counted, at any time; the count taken at wrap closes the day. */
  record CountRounds(UUID lotId, int counted) implements LotCommand {
    public LotEvent event(LotBalance lot, LotSnapshot on) {
      return new RoundsCounted(UUID.randomUUID(), on.productionId(), lotId, on.personId(), on.now(), counted);
    }
  }

  /** Rounds back to the supplier, from the box. */
  record ReturnRounds(UUID lotId, int count) implements LotCommand {
    public LotEvent event(LotBalance lot, LotSnapshot on) {
      return new RoundsReturnedToSupplier(UUID.randomUUID(), on.productionId(), lotId, on.personId(), on.now(), count);
    }
  }

  /** Rounds into or out of the lot, with the counterpart named. */
  record TransferRounds(UUID lotId, int count, TransferDirection direction, String counterpart) implements LotCommand {
    public LotEvent event(LotBalance lot, LotSnapshot on) {
      return new RoundsTransferred(UUID.randomUUID(), on.productionId(), lotId, on.personId(), on.now(), count,
          direction, counterpart);
    }
  }

  /** The lot taken out of use, with why. */
  record QuarantineLot(UUID lotId, String reason) implements LotCommand {
    public LotEvent event(LotBalance lot, LotSnapshot on) {
      return new LotQuarantined(UUID.randomUUID(), on.productionId(), lotId, on.personId(), on.now(), reason);
    }
  }

  /** A quarantined lot re-inspected and released, with what was found. */
  record ReleaseLot(UUID lotId, String finding) implements LotCommand {
    public LotEvent event(LotBalance lot, LotSnapshot on) {
      return new LotReinspected(UUID.randomUUID(), on.productionId(), lotId, on.personId(), on.now(), finding);
    }
  }

  /** A quarantined lot re-inspected and kept out of use, with what was found. */
  record KeepInQuarantine(UUID lotId, String finding) implements LotCommand {
    public LotEvent event(LotBalance lot, LotSnapshot on) {
      return new LotKeptInQuarantine(UUID.randomUUID(), on.productionId(), lotId, on.personId(), on.now(), finding);
    }
  }
}
