package org.setsafe.protocol.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.custody.domain.WeaponKind;
import org.setsafe.protocol.domain.WeaponPlanContent.LineOfFire;
import org.setsafe.protocol.domain.WeaponPlanContent.WeaponLine;
import org.setsafe.shared.Refusal;

/** The weapon plan rules and the approval, without a database. */
class WeaponPlanRulesTest {

  private final UUID colt = UUID.randomUUID();
  private final UUID eli = UUID.randomUUID();
  private final UUID marcus = UUID.randomUUID();
  private final PlanContext context = new PlanContext("12A", Set.of(eli), Map.of(colt, WeaponKind.FIREARM),
      Set.of(eli, marcus), 20);
  private final WeaponPlanPolicies policies = new WeaponPlanPolicies();

  @Test
  void aPlanNamesOnlyThePerformersInTheCast() {
    UUID june = UUID.randomUUID();
    WeaponPlanContent plan = new WeaponPlanContent(true, "half-load blank", "away from camera",
        List.of(new WeaponLine(colt, "Colt", WeaponKind.FIREARM, june, false, null, null)), List.of());
    assertThat(policies.check(plan, context)).get().extracting(Refusal::rule).isEqualTo(WeaponsAndCastPolicy.IN_CAST);
  }

  @Test
  void aDischargeNeedsItsLoadAndDirection() {
    WeaponPlanContent plan = new WeaponPlanContent(true, null, "away from camera", List.of(firing()), List.of());
    assertThat(policies.check(plan, context)).get().extracting(Refusal::field).isEqualTo("load");
  }

  @Test
  void exactlyTheMinimumDistanceWithAShieldIsEnough() {
    WeaponPlanContent plan = new WeaponPlanContent(true, "quarter-load blank", "toward the altar", List.of(firing()),
        List.of(new LineOfFire(marcus, null, Protection.SHIELD, 20)));
    assertThat(policies.check(plan, context)).isEmpty();
    WeaponPlanContent closer = new WeaponPlanContent(true, "quarter-load blank", "toward the altar",
        List.of(firing()), List.of(new LineOfFire(marcus, null, Protection.REMOTE_OPERATION, 19)));
    assertThat(policies.check(closer, context)).get().extracting(Refusal::rule).isEqualTo(LineOfFirePolicy.DISTANCE);
  }

  @Test
  void aSignOffForAnotherDayOrLocationHasLapsedAndTheNewestInEachCapacityCounts() {
    UUID day = UUID.randomUUID();
    ScenePlacement stage = new ScenePlacement(day, LocalDate.of(2026, 11, 25), "Stage 4");
    ScenePlacement backlot = new ScenePlacement(UUID.randomUUID(), LocalDate.of(2026, 11, 26), "Backlot");
    List<PlanSignOff> signed = List.of(signOff(SignOffCapacity.ARMORER, stage),
        signOff(SignOffCapacity.SAFETY_ADVISOR, stage));

    assertThat(PlanApproval.of(signed, stage).approved()).isTrue();
    PlanApproval moved = PlanApproval.of(signed, backlot);
    assertThat(moved.approved()).isFalse();
    assertThat(moved.lapses()).hasSize(2);
    assertThat(moved.whyNot("12A")).get().asString()
        .contains("scene 12A moved from 2026-11-25 at Stage 4 to 2026-11-26 at Backlot");

    List<PlanSignOff> again = new java.util.ArrayList<>(signed);
    again.add(signOff(SignOffCapacity.ARMORER, backlot));
    PlanApproval half = PlanApproval.of(again, backlot);
    assertThat(half.lapses()).extracting(PlanApproval.Lapse::capacity).containsExactly(SignOffCapacity.SAFETY_ADVISOR);
    assertThat(PlanApproval.of(again, stage).approved()).as("moved back: the armorer signed last for the backlot")
        .isFalse();
  }

  @Test
  void aRehearsalIsClearedOnlyByBoth() {
    RehearsalCall call = new RehearsalCall(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), eli,
        Instant.EPOCH, null);
    RehearsalClearance armorer = new RehearsalClearance(UUID.randomUUID(), call.id(), SignOffCapacity.ARMORER, eli,
        Instant.EPOCH, null);
    assertThat(RehearsalStatus.of(List.of(call), List.of(armorer)).awaiting())
        .containsExactly(SignOffCapacity.SAFETY_ADVISOR);
    RehearsalClearance safety = new RehearsalClearance(UUID.randomUUID(), call.id(), SignOffCapacity.SAFETY_ADVISOR,
        marcus, Instant.EPOCH, null);
    assertThat(RehearsalStatus.of(List.of(call), List.of(armorer, safety)).uncleared()).isFalse();
  }

  private WeaponLine firing() {
    return new WeaponLine(colt, "Colt", WeaponKind.FIREARM, eli, false, null, null);
  }

  private static PlanSignOff signOff(SignOffCapacity capacity, ScenePlacement placement) {
    return new PlanSignOff(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), capacity,
        UUID.randomUUID(), Instant.EPOCH, placement);
  }
}
