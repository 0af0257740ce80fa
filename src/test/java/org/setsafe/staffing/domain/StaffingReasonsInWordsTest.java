package org.setsafe.staffing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setsafe.shared.ReasonWords.in;
import static org.setsafe.shared.ReasonWords.saidAsWritten;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.production.CrewRole;
import org.setsafe.shared.Refusal;

/** The dedicated armorer's refusals have words; in English exactly the reason, in Spanish the roles' own words. */
class StaffingReasonsInWordsTest {

  private static final UUID HERE = UUID.randomUUID();
  private static final UUID ELSEWHERE = UUID.randomUUID();
  private static final UUID DAY = UUID.randomUUID();
  private static final UUID ROSA = UUID.randomUUID();
  private static final LocalDate DATE = LocalDate.of(2026, 3, 10);

  private final ArmorerDoubleBookedPolicy policy = new ArmorerDoubleBookedPolicy();

  @Test
  void everyWayTheDedicatedArmorerIsDoubleBookedIsSaidAsWritten() {
    Refusal onOtherDuty = saidAsWritten(check(CrewRole.ARMORER, new Assignment(HERE, DAY, DATE, ROSA,
        CrewRole.PROPERTY_MASTER), new Assignment(HERE, DAY, DATE, ROSA, CrewRole.CAMERA)));
    saidAsWritten(check(CrewRole.ARMORER, new Assignment(ELSEWHERE, UUID.randomUUID(), DATE, ROSA, CrewRole.CREW)));
    Refusal armorerHere = saidAsWritten(check(CrewRole.FIRST_AD, new Assignment(HERE, DAY, DATE, ROSA,
        CrewRole.ARMORER)));
    saidAsWritten(check(CrewRole.FIRST_AD, new Assignment(ELSEWHERE, UUID.randomUUID(), DATE, ROSA,
        CrewRole.ARMORER)));

    assertThat(onOtherDuty.reason()).contains("on duty as Camera crew, Property master on 2026-03-10");
    assertThat(in(Locale.forLanguageTag("es"), armorerHere)).contains("(Primer asistente de dirección: rechazado)");
  }

  private Refusal check(CrewRole duty, Assignment... standing) {
    return policy.check(HERE, DAY, DATE, "Rosa Díaz", duty, List.of(standing)).orElseThrow();
  }
}
