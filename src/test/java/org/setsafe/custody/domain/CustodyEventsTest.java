package org.setsafe.custody.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.setsafe.custody.domain.CustodyTestData.ARMORER;
import static org.setsafe.custody.domain.CustodyTestData.FIRST_AD;
import static org.setsafe.custody.domain.CustodyTestData.PRODUCTION;
import static org.setsafe.custody.domain.CustodyTestData.aFirearm;
import static org.setsafe.custody.domain.CustodyTestData.id;
import static org.setsafe.custody.domain.CustodyTestData.minutes;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.custody.domain.CustodyEvents.CustodyRefused;
import org.setsafe.custody.domain.CustodyEvents.HoldCleared;
import org.setsafe.custody.domain.CustodyEvents.RoundsDischarged;
import org.setsafe.custody.domain.CustodyEvents.ShownClear;
import org.setsafe.custody.domain.CustodyEvents.WeaponReviewed;
import org.setsafe.production.CrewRole;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Refusal;

class CustodyEventsTest {

  private final UUID weapon = aFirearm().build().id();

  @Test
  void aShowClearWithoutWitnessesCannotBeRecorded() {
    assertThatThrownBy(() -> new ShownClear(id(), PRODUCTION, weapon, ARMORER, minutes(0), Set.of()))
        .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.field()).isEqualTo("witnesses"));
  }

  @Test
  void theArmorerCannotWitnessTheirOwnShowClear() {
    assertThatThrownBy(() -> new ShownClear(id(), PRODUCTION, weapon, ARMORER, minutes(0), Set.of(ARMORER, FIRST_AD)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("own show-clear");
  }

  @Test
  void aFirearmsHoldIsClearedOnlyByTheSafetyAdvisorOrAProducerInWriting() {
    assertThatThrownBy(() -> new HoldCleared(id(), PRODUCTION, FIRST_AD, minutes(0), id(), CrewRole.FIRST_AD, "fine"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("safety advisor and a producer");
    assertThatThrownBy(() -> new HoldCleared(id(), PRODUCTION, FIRST_AD, minutes(0), id(), CrewRole.PRODUCER, " "))
        .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.field()).isEqualTo("finding"));
  }

  @Test
  void aWeaponIsReviewedOnlyByTheArmorerOrTheSafetyAdvisor() {
    assertThatThrownBy(() -> new WeaponReviewed(id(), PRODUCTION, weapon, FIRST_AD, minutes(0), CrewRole.FIRST_AD, "ok"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aDischargeCountsAtLeastOneRound() {
    assertThatThrownBy(() -> new RoundsDischarged(id(), PRODUCTION, weapon, ARMORER, minutes(0), id(), 0))
        .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.field()).isEqualTo("count"));
  }

  @Test
  void aRefusalIsRecordedAsAFactForTheLedger() {
    Refusal refusal = new OnlyArmorerHandlesPolicy().check(CustodyAction.ISSUE, Set.of(CrewRole.FIRST_AD)).orElseThrow();

    CustodyRefused refused = CustodyRefused.of(id(), PRODUCTION, FIRST_AD, minutes(0), CustodyAction.ISSUE, weapon,
        null, refusal);

    assertThat(refused.factId()).isEqualTo(refused.eventId());
    assertThat(refused.kind()).isEqualTo("custody.refused");
    assertThat(refused.subjects()).contains("weapon:" + weapon);
    assertThat(refused.rule()).isEqualTo(OnlyArmorerHandlesPolicy.RULE);
  }
}
