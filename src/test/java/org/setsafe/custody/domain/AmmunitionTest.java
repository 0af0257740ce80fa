package org.setsafe.custody.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.setsafe.custody.domain.CustodyTestData.ARMORER;
import static org.setsafe.custody.domain.CustodyTestData.PRODUCTION;
import static org.setsafe.custody.domain.CustodyTestData.aBlankLot;
import static org.setsafe.custody.domain.CustodyTestData.aDummyLot;
import static org.setsafe.custody.domain.CustodyTestData.aFirearm;
import static org.setsafe.custody.domain.CustodyTestData.discharged;
import static org.setsafe.custody.domain.CustodyTestData.id;
import static org.setsafe.custody.domain.CustodyTestData.issued;
import static org.setsafe.custody.domain.CustodyTestData.loaded;
import static org.setsafe.custody.domain.CustodyTestData.minutes;
import static org.setsafe.custody.domain.CustodyTestData.unloaded;
import static org.setsafe.custody.domain.CustodyTestData.verified;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.setsafe.custody.domain.CustodyEvents.LotKeptInQuarantine;
import org.setsafe.custody.domain.CustodyEvents.LotQuarantined;
import org.setsafe.custody.domain.CustodyEvents.LotReinspected;
import org.setsafe.custody.domain.CustodyEvents.RoundsReturnedToSupplier;
import org.setsafe.custody.domain.CustodyEvents.RoundsTransferred;
import org.setsafe.shared.InvalidInputException;

class AmmunitionTest {

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"live", "LIVE", " Live ", "live-round", "LIVE_ROUND"})
  void liveAmmunitionCannotBeRegistered(String typed) {
    assertThatThrownBy(() -> RoundClass.parse(typed))
        .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
          assertThat(refused.rule()).isEqualTo(RoundClass.NO_LIVE_AMMUNITION);
          assertThat(refused.getMessage()).contains("California Labor Code §9155").contains("bulletin #1");
        });
  }

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource({"dummy, DUMMY", "Blank-Quarter, BLANK_QUARTER", "blank half, BLANK_HALF", "BLANK_FULL, BLANK_FULL"})
  void theClassesALotMayHoldAreReadAsTypedOrScanned(String typed, RoundClass expected) {
    assertThat(RoundClass.parse(typed)).isEqualTo(expected);
  }

  @Test
  void aLotVerifiedBySampleIsNotVerified() {
    AmmunitionLot lot = aDummyLot().withCount(50).build();

    LotBalance sampled = LotBalance.of(lot, List.of(verified(lot, 10, minutes(0)), verified(lot, 40, minutes(5))));

    assertThat(sampled.verified()).isFalse();
    assertThat(sampled.mostRoundsVerified()).isEqualTo(40);
  }

  @Test
  void aLotIsVerifiedWhenEveryRoundWasVerifiedAtOnce() {
    AmmunitionLot lot = aDummyLot().withCount(50).build();

    assertThat(LotBalance.of(lot, List.of()).verified()).isFalse();
    assertThat(LotBalance.of(lot, List.of(verified(lot, 50, minutes(0)))).verified()).isTrue();
  }

  @Test
  void aLotFromAnotherProductionIsQuarantinedUntilReinspected() {
    AmmunitionLot blanks = aBlankLot().fromAnotherProduction().build();
    LotReinspected reinspection = new LotReinspected(id(), PRODUCTION, blanks.id(), ARMORER, minutes(0),
        "sealed boxes, crimps intact, colour code matches");

    assertThat(LotBalance.of(blanks, List.of()).quarantined()).isTrue();
    assertThat(LotBalance.of(blanks, List.of(reinspection)).quarantined()).isFalse();
  }

  @Test
  void aLotIsNamedByCaliberClassWithItsLoadAndMakerNotByItsId() {
    AmmunitionLot dummies = aDummyLot().build();
    AmmunitionLot halfLoads = aBlankLot().ofClass(RoundClass.BLANK_HALF).build();

    assertThat(dummies.displayName()).isEqualTo(".45 Colt dummies from Starline Props");
    assertThat(halfLoads.displayName()).isEqualTo(".45 Colt half-load blanks from Starline Props");
    assertThat(dummies.shortId()).isEqualTo(dummies.id().toString().substring(0, 8).toUpperCase())
        .isNotEqualTo(halfLoads.shortId());
  }

  @Test
  void aLotTheArmorerQuarantinedStaysOutOfUseUntilAReinspectionReleasesIt() {
    AmmunitionLot dummies = aDummyLot().withCount(50).build();
    LotQuarantined quarantined = new LotQuarantined(id(), PRODUCTION, dummies.id(), ARMORER, minutes(5),
        "One round rattles wrong");
    LotKeptInQuarantine kept = new LotKeptInQuarantine(id(), PRODUCTION, dummies.id(), ARMORER, minutes(6),
        "Two rounds have live primers");
    LotReinspected released = new LotReinspected(id(), PRODUCTION, dummies.id(), ARMORER, minutes(7),
        "Both pulled and handed to the safety advisor; the other 48 checked");

    LotBalance out = LotBalance.of(dummies, List.of(verified(dummies, 50, minutes(0)), quarantined));
    assertThat(out.quarantined()).isTrue();
    assertThat(out.quarantineReason()).contains("One round rattles wrong");
    assertThat(LotBalance.of(dummies, List.of(verified(dummies, 50, minutes(0)), quarantined,
        verified(dummies, 50, minutes(6)))).quarantined()).as("a dummy check is not the re-inspection asked for")
        .isTrue();
    LotBalance stillOut = LotBalance.of(dummies, List.of(verified(dummies, 50, minutes(0)), quarantined, kept));
    assertThat(stillOut.quarantined()).isTrue();
    assertThat(stillOut.quarantineReason()).contains("Two rounds have live primers");
    LotBalance back = LotBalance.of(dummies, List.of(verified(dummies, 50, minutes(0)), quarantined, kept, released));
    assertThat(back.quarantined()).isFalse();
    assertThat(back.quarantineReason()).isEmpty();
  }

  @Test
  void aQuarantineOrAKeptReinspectionSaysWhy() {
    AmmunitionLot dummies = aDummyLot().build();
    assertThatThrownBy(() -> new LotQuarantined(id(), PRODUCTION, dummies.id(), ARMORER, minutes(0), " "))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
    assertThatThrownBy(() -> new LotKeptInQuarantine(id(), PRODUCTION, dummies.id(), ARMORER, minutes(0), ""))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("finding"));
  }

  @Test
  void dummiesFromAnotherProductionLeaveQuarantineOnlyWhenEveryRoundIsVerified() {
    AmmunitionLot dummies = aDummyLot().withCount(50).fromAnotherProduction().build();

    assertThat(LotBalance.of(dummies, List.of(verified(dummies, 45, minutes(0)))).quarantined()).isTrue();
    assertThat(LotBalance.of(dummies, List.of(verified(dummies, 50, minutes(0)))).quarantined()).isFalse();
  }

  @Test
  void theBalanceFollowsEveryRoundReceivedLoadedFiredReturnedAndTransferred() {
    AmmunitionLot blanks = aBlankLot().withCount(100).build();
    Weapon revolver = aFirearm().build();

    LotBalance balance = LotBalance.of(blanks, List.of(
        loaded(revolver, blanks, 6, RoundClass.BLANK_QUARTER, minutes(10)),
        issued(revolver, CustodyTestData.PERFORMER, minutes(12)),
        discharged(revolver, blanks, 4, minutes(20)),
        unloaded(revolver, blanks, 2, minutes(30)),
        new RoundsReturnedToSupplier(id(), PRODUCTION, blanks.id(), ARMORER, minutes(40), 10),
        new RoundsTransferred(id(), PRODUCTION, blanks.id(), ARMORER, minutes(41), 5, TransferDirection.OUT,
            "second unit kit"),
        new RoundsTransferred(id(), PRODUCTION, blanks.id(), ARMORER, minutes(42), 3, TransferDirection.IN,
            "second unit kit")));

    assertThat(balance.discharged()).isEqualTo(4);
    assertThat(balance.onHand()).isEqualTo(100 - 4 - 10 - 5 + 3);
    assertThat(balance.inWeapons()).isZero();
    assertThat(balance.remaining()).isEqualTo(84);
  }

  @Test
  void aLotNeedsAPositiveCountAndItsSupplier() {
    assertThatThrownBy(() -> aDummyLot().withCount(0).build())
        .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.field()).isEqualTo("count"));
  }
}
