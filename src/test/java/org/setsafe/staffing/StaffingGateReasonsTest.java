package org.setsafe.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setsafe.shared.ReasonWords.in;
import static org.setsafe.shared.ReasonWords.saidAsWritten;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.setsafe.custody.IssueGate.Refused;
import org.setsafe.shared.Refusal;

/** The staffing gate's refusal of an armorer not scheduled as the day's dedicated one has words, English as written. */
class StaffingGateReasonsTest {

  @Test
  void anArmorerNotScheduledAsTheDedicatedOneIsSaidAsWritten() {
    Refused refused = StaffingGate.notScheduled("Rosa Díaz", LocalDate.of(2026, 3, 10), "Colt SAA #3");
    Refusal refusal = saidAsWritten(new Refusal(refused.rule(), refused.reason(), null, refused.said()));

    assertThat(in(Locale.forLanguageTag("es"), refusal)).startsWith("Rosa Díaz no está programado como armero "
        + "dedicado el 2026-03-10, así que Colt SAA #3 se queda en sus manos.");
  }
}
