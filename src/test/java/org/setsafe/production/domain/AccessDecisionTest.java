package org.setsafe.production.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Permission;

class AccessDecisionTest {

  @ParameterizedTest(name = "{0} may {1}: {2}")
  @CsvSource({
      "PERFORMER, VIEW, ALLOWED",
      "PERFORMER, MANAGE_MEMBERS, ROLE_DOES_NOT_ALLOW",
      "ARMORER, MANAGE_SCHEDULE, ROLE_DOES_NOT_ALLOW",
      "FIRST_AD, MANAGE_SCHEDULE, ALLOWED",
      "FIRST_AD, MANAGE_MEMBERS, ROLE_DOES_NOT_ALLOW",
      "UPM, MANAGE_MEMBERS, ALLOWED",
      "PRODUCER, MANAGE_MEMBERS, ALLOWED",
      "SAFETY_ADVISOR, EXPORT_EVIDENCE, ALLOWED",
      "PRODUCER, EXPORT_EVIDENCE, ROLE_DOES_NOT_ALLOW",
  })
  void membersMayDoWhatTheirRoleGrants(CrewRole role, Permission permission, AccessDecision expected) {
    assertThat(AccessDecision.decide(permission, false, false, Optional.of(EnumSet.of(role)))).isEqualTo(expected);
  }

  @Test
  void someoneNotOnTheProductionIsToldItIsNotThere() {
    for (Permission permission : Permission.values()) {
      assertThat(AccessDecision.decide(permission, false, false, Optional.empty()))
          .isEqualTo(AccessDecision.NOT_ON_PRODUCTION);
    }
  }

  @Test
  void studioSafetySeesEveryProductionAndExportsEvidenceButChangesNothing() {
    assertThat(AccessDecision.decide(Permission.VIEW, false, true, Optional.empty())).isEqualTo(AccessDecision.ALLOWED);
    assertThat(AccessDecision.decide(Permission.EXPORT_EVIDENCE, false, true, Optional.empty()))
        .isEqualTo(AccessDecision.ALLOWED);
    assertThat(AccessDecision.decide(Permission.MANAGE_MEMBERS, false, true, Optional.empty()))
        .isEqualTo(AccessDecision.ROLE_DOES_NOT_ALLOW);
  }

  @Test
  void administratorsAdministerEveryProductionButRecordOnSetOnlyInACrewRole() {
    for (Permission permission : Permission.values()) {
      AccessDecision offCrew = AccessDecision.decide(permission, true, false, Optional.empty());
      assertThat(offCrew).isEqualTo(permission.grantedToAdministrators()
          ? AccessDecision.ALLOWED : AccessDecision.ADMINISTRATOR_NOT_CREW);
    }
    assertThat(Permission.VIEW.grantedToAdministrators()).isTrue();
    assertThat(Permission.MANAGE_MEMBERS.grantedToAdministrators()).isTrue();
    assertThat(Permission.EXPORT_EVIDENCE.grantedToAdministrators()).isTrue();
    assertThat(Permission.MANAGE_SCHEDULE.grantedToAdministrators()).isFalse();
    assertThat(AccessDecision.decide(Permission.MANAGE_SCHEDULE, true, false, Optional.of(Set.of(CrewRole.FIRST_AD))))
        .isEqualTo(AccessDecision.ALLOWED);
    assertThat(AccessDecision.decide(Permission.MANAGE_SCHEDULE, true, false, Optional.of(Set.of(CrewRole.CAMERA))))
        .isEqualTo(AccessDecision.ROLE_DOES_NOT_ALLOW);
  }
}
