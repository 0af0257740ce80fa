package org.setsafe.protocol.domain;

import java.util.Optional;
import java.util.stream.Stream;
import org.setsafe.shared.Refusal;

/** Every rule a weapon plan version must keep before it is stored, asked in the order a planner fixes them. */
public final class WeaponPlanPolicies {

  private final WeaponsAndCastPolicy weaponsAndCast = new WeaponsAndCastPolicy();
  private final PlannedDischargePolicy plannedDischarge = new PlannedDischargePolicy();
  private final ReplicaUnlessDischargePolicy replicaUnlessDischarge = new ReplicaUnlessDischargePolicy();
  private final PointingNamedPolicy pointingNamed = new PointingNamedPolicy();
  private final LineOfFirePolicy lineOfFire = new LineOfFirePolicy();

  /** The first rule the plan breaks, or empty when it keeps them all. */
  public Optional<Refusal> check(WeaponPlanContent plan, PlanContext context) {
    return Stream.<java.util.function.Supplier<Optional<Refusal>>>of(
            () -> weaponsAndCast.check(plan, context),
            () -> plannedDischarge.check(plan),
            () -> replicaUnlessDischarge.check(plan),
            () -> pointingNamed.check(plan),
            () -> lineOfFire.check(plan, context))
        .map(java.util.function.Supplier::get).flatMap(Optional::stream).findFirst();
  }
}
