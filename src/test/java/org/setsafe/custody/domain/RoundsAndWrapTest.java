package org.setsafe.custody.domain;
import static org.setsafe.shared.ReasonWords.saidAsWritten;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.setsafe.custody.domain.CustodyTestData.ARMORER;
import static org.setsafe.custody.domain.CustodyTestData.PRODUCTION;
import static org.setsafe.custody.domain.CustodyTestData.TODAY;
import static org.setsafe.custody.domain.CustodyTestData.aBlankLot;
import static org.setsafe.custody.domain.CustodyTestData.aDummyLot;
import static org.setsafe.custody.domain.CustodyTestData.aFirearm;
import static org.setsafe.custody.domain.CustodyTestData.id;
import static org.setsafe.custody.domain.CustodyTestData.inspected;
import static org.setsafe.custody.domain.CustodyTestData.loaded;
import static org.setsafe.custody.domain.CustodyTestData.minutes;
import static org.setsafe.custody.domain.CustodyTestData.received;
import static org.setsafe.custody.domain.CustodyTestData.verified;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.setsafe.custody.domain.CustodyEvents.DayClosed;
import org.setsafe.custody.domain.CustodyEvents.LotReinspected;
import org.setsafe.custody.domain.CustodyEvents.Malfunction;
import org.setsafe.custody.domain.CustodyEvents.RoundCountMismatch;
import org.setsafe.custody.domain.CustodyEvents.RoundsCounted;
import org.setsafe.custody.domain.CustodyEvents.RoundsReturnedToSupplier;
import org.setsafe.custody.domain.CustodyEvents.RoundsTransferred;
import org.setsafe.custody.domain.CustodyEvents.WeaponDisposed;
import org.setsafe.shared.InvalidInputException;

/** Rounds leaving only from where they are, a malfunction's inspection, transfers in, and the closed day. */
class RoundsAndWrapTest {

  private final Weapon revolver = aFirearm().build();

  @Nested
  class RoundsOnHand {

    private final RoundsOnHandPolicy policy = new RoundsOnHandPolicy();
    private final AmmunitionLot blanks = aBlankLot().withCount(50).build();
    private final AmmunitionLot dummies = aDummyLot().withCount(50).build();

    @Test
    void aDischargeIsAllowedUpToTheRoundsOfThatLotLoaded() {
      WeaponCustody loadedWithSix = WeaponCustody.of(revolver, List.of(received(revolver, minutes(0)),
          loaded(revolver, blanks, 6, RoundClass.BLANK_QUARTER, minutes(1))));

      assertThat(policy.checkDischarge(loadedWithSix, blanks, 6)).isEmpty();
      assertThat(policy.checkDischarge(loadedWithSix, blanks, 7))
          .hasValueSatisfying(refusal -> assertThat(saidAsWritten(refusal).reason()).contains("holds 6"));
      assertThat(policy.checkDischarge(loadedWithSix, dummies, 1))
          .hasValueSatisfying(refusal -> assertThat(saidAsWritten(refusal).rule()).isEqualTo(RoundsOnHandPolicy.RULE));
    }

    @Test
    void roundsLeaveALotOnlyFromTheBoxNotFromTheWeapons() {
      Weapon other = aFirearm().withSerial("B2").build();
      LotBalance balance = LotBalance.of(blanks, List.of(received(other, minutes(0)),
          loaded(other, blanks, 6, RoundClass.BLANK_QUARTER, minutes(1))));

      assertThat(policy.checkLeaving(balance, 44, "returned to the supplier")).isEmpty();
      assertThat(policy.checkLeaving(balance, 45, "returned to the supplier"))
          .hasValueSatisfying(refusal -> assertThat(saidAsWritten(refusal).reason()).contains("Only 44").contains("6 more are loaded"));
    }
  }

  @Nested
  class DummiesDoNotFire {

    private final DummiesDoNotFirePolicy policy = new DummiesDoNotFirePolicy();

    @Test
    void aDummyThatFiredIsALiveRoundNotRoundsFired() {
      assertThat(policy.checkDischarge(aDummyLot().build())).hasValueSatisfying(refusal -> {
        assertThat(saidAsWritten(refusal).rule()).isEqualTo(DummiesDoNotFirePolicy.RULE);
        assertThat(refusal.reason()).contains("it was a live round").contains("report a live round found")
            .contains(".45 Colt dummies from Starline Props");
      });
      assertThat(policy.checkDischarge(aBlankLot().build())).isEmpty();
    }
  }

  @Nested
  class InspectAfterMalfunction {

    private final InspectAfterMalfunctionPolicy policy = new InspectAfterMalfunctionPolicy();

    @Test
    void aMalfunctionNeedsTheArmorersInspectionBeforeTheNextShowClear() {
      WeaponCustody jammed = WeaponCustody.of(revolver, List.of(received(revolver, minutes(0)),
          inspected(revolver, minutes(1)),
          new Malfunction(id(), PRODUCTION, revolver.id(), ARMORER, minutes(2), "Cylinder did not index")));

      assertThat(policy.check(jammed)).hasValueSatisfying(refusal -> assertThat(saidAsWritten(refusal).reason()).contains("malfunctioned"));
      assertThat(policy.check(jammed.then(inspected(revolver, minutes(3))))).isEmpty();
      assertThat(jammed.onHold()).as("not a hold for the safety advisor").isFalse();
    }
  }

  @Nested
  class TransfersIn {

    @Test
    void dummiesTransferredInMustAllBeVerifiedAgain() {
      AmmunitionLot dummies = aDummyLot().withCount(20).build();
      RoundsTransferred in = new RoundsTransferred(id(), PRODUCTION, dummies.id(), ARMORER, minutes(2), 10,
          TransferDirection.IN, "Leftovers from another show");
      LotBalance mixed = LotBalance.of(dummies, List.of(verified(dummies, 20, minutes(1)), in));

      assertThat(mixed.verified()).isFalse();
      assertThat(mixed.checkAwaitedSinceTransferIn()).isTrue();
      assertThat(LotBalance.of(dummies, List.of(verified(dummies, 20, minutes(1)), in, verified(dummies, 20, minutes(3))))
          .verified()).as("a sample of the box is not every round").isFalse();
      assertThat(LotBalance.of(dummies, List.of(verified(dummies, 20, minutes(1)), in, verified(dummies, 30, minutes(3))))
          .verified()).isTrue();
    }

    @Test
    void blanksTransferredInAreQuarantinedUntilReinspected() {
      AmmunitionLot blanks = aBlankLot().withCount(20).build();
      RoundsTransferred in = new RoundsTransferred(id(), PRODUCTION, blanks.id(), ARMORER, minutes(2), 5,
          TransferDirection.IN, "Second unit kit");

      assertThat(LotBalance.of(blanks, List.of(in)).quarantined()).isTrue();
      assertThat(LotBalance.of(blanks, List.of(in, new LotReinspected(id(), PRODUCTION, blanks.id(), ARMORER,
          minutes(3), "Sealed, labels match"))).quarantined()).isFalse();
    }

    @Test
    void roundsReturnedOrTransferredOutLeaveTheBalance() {
      AmmunitionLot blanks = aBlankLot().withCount(50).build();
      LotBalance balance = LotBalance.of(blanks, List.of(
          new RoundsReturnedToSupplier(id(), PRODUCTION, blanks.id(), ARMORER, minutes(1), 10),
          new RoundsTransferred(id(), PRODUCTION, blanks.id(), ARMORER, minutes(2), 5, TransferDirection.OUT, "B unit")));
      assertThat(balance.onHand()).isEqualTo(35);
      assertThat(balance.quarantined()).isFalse();
    }
  }

  @Nested
  class TheClosedDay {

    @Test
    void aMismatchStaysOpenUntilALaterCloseReconciles() {
      AmmunitionLot lot = aBlankLot().build();
      RoundCountMismatch mismatch = new RoundCountMismatch(id(), PRODUCTION, ARMORER, minutes(600), TODAY,
          "counted 48, expected 50.", null);
      DayClosed closed = new DayClosed(id(), PRODUCTION, ARMORER, minutes(610), TODAY, Map.of(lot.id(), 50));

      assertThat(ClosedDays.of(List.of(mismatch)).openMismatches()).containsExactly(mismatch);
      ClosedDays afterClose = ClosedDays.of(List.of(mismatch, closed));
      assertThat(afterClose.openMismatches()).isEmpty();
      assertThat(afterClose.closedWithNothingSince(TODAY)).isTrue();
      assertThat(afterClose.closedWithNothingSince(TODAY.plusDays(1))).isFalse();
      assertThat(ClosedDays.of(List.of(mismatch, closed,
          new RoundsCounted(id(), PRODUCTION, lot.id(), ARMORER, minutes(700), 50))).closedWithNothingSince(TODAY))
          .as("worked on after the close: it is closed again at the next wrap").isFalse();
    }

    @Test
    void theReconcileNamesEachDifference() {
      AmmunitionLot lot = aBlankLot().withCount(50).build();
      assertThat(new RoundsReconcilePolicy().differences(List.of(LotBalance.of(lot, List.of())),
          List.of(new RoundsCounted(id(), PRODUCTION, lot.id(), ARMORER, minutes(600), 47))).stream()
          .map(LotDifference::english))
          .containsExactly(".45 Colt quarter-load blanks from Starline Props: counted 47, expected 50");
    }
  }

  @Test
  void aDispositionNamesTheRecipientsAddressOrLicence() {
    assertThatThrownBy(() -> new WeaponDisposed(id(), PRODUCTION, revolver.id(), ARMORER, minutes(1),
        "Western Prop Rentals", null, " ", "Returned to the rental house"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.rule()).isEqualTo("27 CFR 478.125"));
    assertThat(new WeaponDisposed(id(), PRODUCTION, revolver.id(), ARMORER, minutes(1), "Western Prop Rentals",
        null, "9-88-001-01-2K-12345", "Returned to the rental house").licenceNumber()).isEqualTo("9-88-001-01-2K-12345");
  }
}
