package org.setsafe.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setsafe.shared.ReasonWords.in;
import static org.setsafe.shared.ReasonWords.saidAsWritten;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.setsafe.custody.IssueGate.Refused;
import org.setsafe.shared.Refusal;
import org.setsafe.staffing.domain.FlagKind;

/** The staffing gate's refusals (an armorer not the day's dedicated one, an undecided flag) have words, English as written. */
class StaffingGateReasonsTest {

  @Test
  void anArmorerNotScheduledAsTheDedicatedOneIsSaidAsWritten() {
    Refused refused = StaffingGate.notScheduled("Rosa Díaz", LocalDate.of(2026, 3, 10), "Colt SAA #3");
    Refusal refusal = saidAsWritten(new Refusal(refused.rule(), refused.reason(), null, refused.said()));

    assertThat(in(Locale.forLanguageTag("es"), refusal)).startsWith("Rosa Díaz no está programado como armero "
        + "dedicado el 2026-03-10, así que Colt SAA #3 se queda en sus manos.");
  }

  @ParameterizedTest(name = "{0} other flags")
  @ValueSource(ints = {0, 1, 3})
  void aSceneWithAnUndecidedFlagIsSaidAsWritten(int others) {
    Flag flag = new Flag(UUID.randomUUID(), "12A", LocalDate.of(2026, 3, 10), UUID.randomUUID(), "Rosa Díaz",
        "dedicated armorer", FlagKind.REST_SHORT, FlagKind.REST_SHORT.code(), "Rosa Díaz has 8 h of rest before call.",
        null, null);
    Refused refused = StaffingGate.flagged(flag, others, "Colt SAA #3");
    Refusal refusal = saidAsWritten(new Refusal(refused.rule(), refused.reason(), null, refused.said()));

    assertThat(in(Locale.forLanguageTag("es"), refusal)).startsWith("La escena 12A tiene una alerta: Rosa Díaz")
        .endsWith("antes de entregar Colt SAA #3.");
  }
}
