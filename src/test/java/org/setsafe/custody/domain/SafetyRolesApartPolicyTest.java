package org.setsafe.custody.domain;
import static org.setsafe.shared.ReasonWords.saidAsWritten;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.custody.domain.CustodyEvents.SecondRoleAuthorised;
import org.setsafe.custody.domain.SafetyRolesApartPolicy.DoubledRole;
import org.setsafe.production.CrewRole;
import org.setsafe.shared.ReasonWords;
import org.setsafe.shared.Refusal;

class SafetyRolesApartPolicyTest {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 7);
  private final SafetyRolesApartPolicy policy = new SafetyRolesApartPolicy();
  private final UUID dana = UUID.randomUUID();

  @Test
  void aSafetyAdvisorWithAnyOtherRoleIsDoubled() {
    assertThat(SafetyRolesApartPolicy.doubled(EnumSet.of(CrewRole.SAFETY_ADVISOR, CrewRole.PRODUCER, CrewRole.CAMERA)))
        .containsExactly(new DoubledRole(CrewRole.SAFETY_ADVISOR, CrewRole.CAMERA),
            new DoubledRole(CrewRole.SAFETY_ADVISOR, CrewRole.PRODUCER));
    assertThat(SafetyRolesApartPolicy.doubled(EnumSet.of(CrewRole.SAFETY_ADVISOR))).isEmpty();
  }

  @Test
  void theFirstAdAsSafetyAdvisorOrArmorerIsDoubledButNotWithOtherRoles() {
    assertThat(SafetyRolesApartPolicy.doubled(EnumSet.of(CrewRole.FIRST_AD, CrewRole.SAFETY_ADVISOR)))
        .containsExactly(new DoubledRole(CrewRole.SAFETY_ADVISOR, CrewRole.FIRST_AD));
    assertThat(SafetyRolesApartPolicy.doubled(EnumSet.of(CrewRole.FIRST_AD, CrewRole.PROPERTY_MASTER)))
        .containsExactly(new DoubledRole(CrewRole.PROPERTY_MASTER, CrewRole.FIRST_AD));
    assertThat(SafetyRolesApartPolicy.doubled(EnumSet.of(CrewRole.FIRST_AD, CrewRole.CREW))).isEmpty();
  }

  @Test
  void onlyWhatAChangeOfRolesNewlyDoublesIsChecked() {
    assertThat(SafetyRolesApartPolicy.newlyDoubled(EnumSet.of(CrewRole.SAFETY_ADVISOR, CrewRole.CAMERA),
        EnumSet.of(CrewRole.SAFETY_ADVISOR, CrewRole.CAMERA, CrewRole.FIRST_AD)))
        .containsExactly(new DoubledRole(CrewRole.SAFETY_ADVISOR, CrewRole.FIRST_AD));
  }

  @Test
  void aProducersOverrideAllowsThatPersonRoleAndDayOnly() {
    List<DoubledRole> doubled = SafetyRolesApartPolicy.doubled(EnumSet.of(CrewRole.FIRST_AD, CrewRole.SAFETY_ADVISOR));
    assertThat(policy.check(dana, "Dana Whitcombe", doubled, DAY, List.of()).map(ReasonWords::saidAsWritten)).get()
        .extracting(Refusal::rule).isEqualTo(SafetyRolesApartPolicy.RULE);
    assertThat(policy.check(dana, "Dana Whitcombe", doubled, DAY, List.of(override(dana, CrewRole.FIRST_AD, DAY))))
        .isEmpty();
    assertThat(policy.check(dana, "Dana Whitcombe", doubled, DAY,
        List.of(override(dana, CrewRole.FIRST_AD, DAY.minusDays(1)), override(UUID.randomUUID(), CrewRole.FIRST_AD, DAY),
            override(dana, CrewRole.CAMERA, DAY)))).get().extracting(Refusal::reason).asString()
        .contains("Dana Whitcombe is safety advisor and also 1st AD on " + DAY).contains("§9152");
  }

  @Test
  void aFirstAdWhoIsAlsoTheArmorerIsSaidAsWritten() {
    Refusal refusal = saidAsWritten(SafetyRolesApartPolicy.refusal("Dana Whitcombe",
        new DoubledRole(CrewRole.PROPERTY_MASTER, CrewRole.FIRST_AD), DAY));

    assertThat(refusal.reason()).contains("Dana Whitcombe is 1st AD and also property master on " + DAY);
  }

  private static SecondRoleAuthorised override(UUID person, CrewRole role, LocalDate day) {
    return new SecondRoleAuthorised(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), Instant.now(),
        CrewRole.PRODUCER, person, role, day, "Written reason for the override");
  }
}
