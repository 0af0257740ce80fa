package org.setsafe.custody.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setsafe.custody.domain.CustodyTestData.ARMORER;
import static org.setsafe.custody.domain.CustodyTestData.PERFORMER;
import static org.setsafe.custody.domain.CustodyTestData.PRODUCTION;
import static org.setsafe.custody.domain.CustodyTestData.aFirearm;
import static org.setsafe.custody.domain.CustodyTestData.id;
import static org.setsafe.custody.domain.CustodyTestData.inspected;
import static org.setsafe.custody.domain.CustodyTestData.issued;
import static org.setsafe.custody.domain.CustodyTestData.lockedUp;
import static org.setsafe.custody.domain.CustodyTestData.minutes;
import static org.setsafe.custody.domain.CustodyTestData.readyToIssue;
import static org.setsafe.custody.domain.CustodyTestData.received;
import static org.setsafe.custody.domain.CustodyTestData.transferred;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.setsafe.custody.domain.CustodyEvents.LockUpGraceSet;
import org.setsafe.custody.domain.NeverUnattendedPolicy.Checkpoint;

/**
 * Never unattended: at the meal break and wrap every weapon not locked up raises an alert wherever it is (the "Rust"
 * lunch cart was "with the armorer"), one out of lock-up with nobody taking a step with it raises one too, and one
 * still out when the grace runs out is overdue.
 */
class NeverUnattendedPolicyTest {

  private final NeverUnattendedPolicy policy = new NeverUnattendedPolicy(Duration.ofMinutes(30));
  private final Weapon revolver = aFirearm().build();
  private final Weapon onTheCart = aFirearm().withSerial("CART1").build();
  private final Weapon locked = aFirearm().withSerial("SAFE1").build();

  @Nested
  class AtTheMealBreakAndWrap {

    @Test
    void everyWeaponNotLockedUpRaisesAnAlertWhereverItIsAndALockedUpOneNone() {
      WeaponCustody withPerformer = readyToIssue(revolver, minutes(60)).then(issued(revolver, PERFORMER, minutes(61)));
      WeaponCustody cart = WeaponCustody.of(onTheCart, List.of(received(onTheCart, minutes(0)),
          inspected(onTheCart, minutes(5))));
      WeaponCustody safe = WeaponCustody.of(locked, List.of(received(locked, minutes(0)), lockedUp(locked, minutes(1))));

      List<UnattendedAlert> alerts = policy.at(Checkpoint.MEAL_BREAK, List.of(withPerformer, cart, safe));

      assertThat(alerts).extracting(UnattendedAlert::weaponId).containsExactly(revolver.id(), onTheCart.id());
      assertThat(alerts.get(0).holderId()).isEqualTo(PERFORMER);
      assertThat(alerts.get(0).reason()).contains("still with a performer at the meal break");
      assertThat(alerts.get(1).holderId()).isEqualTo(ARMORER);
      assertThat(alerts.get(1).reason()).contains("out of lock-up with the armorer at the meal break")
          .contains("locked up");
      assertThat(alerts).allSatisfy(alert -> assertThat(alert.rule()).isEqualTo(NeverUnattendedPolicy.RULE));
    }

    @Test
    void aWeaponHandedBetweenArmorersIsNotLockedUpEither() {
      WeaponCustody handed = WeaponCustody.of(onTheCart, List.of(received(onTheCart, minutes(0)),
          transferred(onTheCart, minutes(3))));

      assertThat(policy.at(Checkpoint.WRAP, List.of(handed))).singleElement()
          .satisfies(alert -> assertThat(alert.reason()).contains("at wrap"));
    }
  }

  @Nested
  class StandingIdle {

    @Test
    void aWeaponOnTheCartWithNoCustodyStepForLongerThanTheLimitRaisesAnAlert() {
      WeaponCustody cart = WeaponCustody.of(onTheCart, List.of(received(onTheCart, minutes(0)),
          inspected(onTheCart, minutes(10))));

      assertThat(policy.idle(List.of(cart), minutes(40))).isEmpty();
      assertThat(policy.idle(List.of(cart), minutes(41))).singleElement()
          .satisfies(alert -> assertThat(alert.reason()).contains("out of lock-up with the armorer")
              .contains("no custody step for more than 30 minutes"));
    }

    @Test
    void aWeaponWithAPerformerIsIdleFromItsLastStepAndALockedUpOneNever() {
      WeaponCustody out = readyToIssue(revolver, minutes(60)).then(issued(revolver, PERFORMER, minutes(61)));
      WeaponCustody safe = WeaponCustody.of(locked, List.of(received(locked, minutes(0)), lockedUp(locked, minutes(1))));

      assertThat(policy.idle(List.of(out, safe), minutes(91))).isEmpty();
      assertThat(policy.idle(List.of(out, safe), minutes(92))).singleElement()
          .satisfies(alert -> assertThat(alert.reason()).contains("still with a performer"));
    }
  }

  @Nested
  class WhenTheGraceRunsOut {

    private final Duration grace = Duration.ofMinutes(10);
    private final WeaponCustody alerted = WeaponCustody.of(onTheCart, List.of(received(onTheCart, minutes(0))));

    @Test
    void aWeaponStillOutIsOverdue() {
      assertThat(policy.overdue(alerted, alerted, false, grace)).hasValueSatisfying(alert ->
          assertThat(alert.reason()).contains("is still out of lock-up with the armorer, 10 minutes after the alert"));
    }

    @Test
    void aWeaponLockedUpWithinTheGraceIsNot() {
      assertThat(policy.overdue(alerted, alerted.then(lockedUp(onTheCart, minutes(5))), false, grace)).isEmpty();
    }

    @Test
    void anIdleWeaponSomeoneTookAStepWithIsNotButOneAlertedAtACheckpointStillIs() {
      WeaponCustody inspectedSince = alerted.then(inspected(onTheCart, minutes(5)));

      assertThat(policy.overdue(alerted, inspectedSince, true, grace)).isEmpty();
      assertThat(policy.overdue(alerted, inspectedSince, false, grace)).isPresent();
    }
  }

  @Nested
  class TheGrace {

    private final Duration installation = Duration.ofMinutes(10);

    @Test
    void theInstallationsGraceAppliesUntilAProductionShortensIt() {
      LockUpGraceSet five = new LockUpGraceSet(id(), PRODUCTION, ARMORER, minutes(30), 5);

      assertThat(LockUpGrace.of(installation, List.of(), null).inForce()).isEqualTo(installation);
      assertThat(LockUpGrace.of(installation, List.of(five), minutes(29)).inForce()).isEqualTo(installation);
      assertThat(LockUpGrace.of(installation, List.of(five), minutes(30)).inForce()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aProductionsGraceLongerThanTheInstallationsGivesWayAndNullGoesBack() {
      LockUpGraceSet twenty = new LockUpGraceSet(id(), PRODUCTION, ARMORER, minutes(30), 20);
      LockUpGraceSet back = new LockUpGraceSet(id(), PRODUCTION, ARMORER, minutes(40), null);

      assertThat(LockUpGrace.of(installation, List.of(twenty), null).inForce()).isEqualTo(installation);
      assertThat(LockUpGrace.of(Duration.ofMinutes(30), List.of(twenty, back), null).inForce())
          .isEqualTo(Duration.ofMinutes(30));
    }
  }
}
