package org.setsafe.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setsafe.shared.ReasonWords.in;
import static org.setsafe.shared.ReasonWords.saidAsWritten;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.custody.IssueGate.Refused;
import org.setsafe.custody.SecondRoles.DoubledRoleHeld;
import org.setsafe.production.CrewRole;
import org.setsafe.shared.Refusal;

/** The safety roles gate holds a firearm back in words a Spanish armorer reads too, the English as recorded. */
class SafetyRolesGateWordsTest {

  @Test
  void aSafetyRoleHeldWithAnotherDutyHoldsTheFirearmBackInWords() {
    // The doubled role's own reason, as the safety roles rule wrote it; its words are that rule's to test.
    DoubledRoleHeld held = new DoubledRoleHeld(UUID.randomUUID(), "Samira Haddad", CrewRole.SAFETY_ADVISOR,
        CrewRole.CAMERA, "Samira Haddad is the safety advisor and also Camera crew today.", null);

    Refused refused = SafetyRolesGate.refused(held, "Colt SAA #3");
    Refusal refusal = saidAsWritten(new Refusal(refused.rule(), refused.reason(), null, refused.said()));

    assertThat(refused.reason()).endsWith("Until then Colt SAA #3 stays with the armorer.");
    assertThat(in(Locale.forLanguageTag("es"), refusal)).endsWith("Mientras tanto, Colt SAA #3 se queda con el armero.");
  }
}
