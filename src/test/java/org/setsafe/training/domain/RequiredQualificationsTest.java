package org.setsafe.training.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.setsafe.production.CrewRole;

class RequiredQualificationsTest {

  private final RequiredQualifications required = new RequiredQualifications();

  @Test
  void theArmorerAndPropertyMasterNeedAPermitAndFirearmsTraining() {
    assertThat(required.of(Set.of(CrewRole.ARMORER), "Armory"))
        .containsExactly("ARMORER_PERMIT", "FIREARMS_SAFETY", "PRODUCTION_SAFETY");
    assertThat(required.of(Set.of(CrewRole.PROPERTY_MASTER), "Props")).contains("ARMORER_PERMIT");
  }

  @Test
  void performersTheFirstAdAndCameraNeedFirearmsTraining() {
    assertThat(required.of(Set.of(CrewRole.PERFORMER), "Cast")).containsExactly("FIREARMS_SAFETY", "PRODUCTION_SAFETY");
    assertThat(required.of(Set.of(CrewRole.FIRST_AD), null)).contains("FIREARMS_SAFETY");
    assertThat(required.of(Set.of(CrewRole.CREW), "Camera")).contains("FIREARMS_SAFETY");
  }

  @Test
  void everyoneElseNeedsProductionSafetyTraining() {
    assertThat(required.of(Set.of(CrewRole.CREW), "Grip")).containsExactly("PRODUCTION_SAFETY");
    assertThat(required.of(Set.of(CrewRole.PRODUCER), null)).containsExactly("PRODUCTION_SAFETY");
  }
}
