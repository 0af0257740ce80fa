package org.setsafe.protocol.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.custody.domain.WeaponKind;

class PlanChangeTest {

  private final UUID colt = UUID.randomUUID();
  private final UUID rifle = UUID.randomUUID();
  private final UUID eli = UUID.randomUUID();
  private final UUID june = UUID.randomUUID();
  private final Map<UUID, String> names = Map.of(eli, "Eli", june, "June");

  @Test
  void aPlanThatNowFiresSaysSoWithItsLoad() {
    WeaponPlanContent before = new WeaponPlanContent(false, null, null, List.of(line(colt, "the revolver", eli)), List.of());
    WeaponPlanContent after = new WeaponPlanContent(true, "quarter load", "the altar",
        List.of(line(colt, "the revolver", eli)), List.of());
    assertThat(PlanChange.between(before, after, names::get))
        .containsExactly("it now fires blanks (quarter load)", "it fires toward the altar");
    assertThat(PlanChange.between(after, before, names::get)).containsExactly("it no longer fires anything");
  }

  @Test
  void weaponsAddedRemovedAndHandedToAnotherPerformerAreNamed() {
    WeaponPlanContent before = new WeaponPlanContent(false, null, null,
        List.of(line(colt, "the revolver", eli), line(rifle, "the rifle", eli)), List.of());
    WeaponPlanContent after = new WeaponPlanContent(false, null, null, List.of(line(colt, "the revolver", june)),
        List.of(new WeaponPlanContent.LineOfFire(null, "A camera", Protection.SHIELD, 25)));
    assertThat(PlanChange.between(before, after, names::get)).containsExactly("the revolver now goes to June",
        "the rifle is no longer in the scene", "who and what stands in the line of fire changed");
  }

  @Test
  void theSamePlanHasNoChange() {
    WeaponPlanContent plan = new WeaponPlanContent(false, null, null, List.of(line(colt, "the revolver", eli)), List.of());
    assertThat(PlanChange.between(plan, plan, names::get)).isEmpty();
  }

  private static WeaponPlanContent.WeaponLine line(UUID weapon, String label, UUID performer) {
    return new WeaponPlanContent.WeaponLine(weapon, label, WeaponKind.FIREARM, performer, false, null, "close-up");
  }
}
