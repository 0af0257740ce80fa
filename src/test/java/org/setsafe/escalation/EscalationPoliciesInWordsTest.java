package org.setsafe.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.escalation.domain.EscalationPolicy;
import org.setsafe.escalation.domain.Level;
import org.setsafe.escalation.domain.Target;
import org.setsafe.reporting.Severity;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.ReasonWords;
import org.springframework.beans.factory.annotation.Autowired;

/** A policy that tells someone not on the production, or says no severity, is refused in the reader's words. */
@SetSafeTest
class EscalationPoliciesInWordsTest {

  @Autowired Crew crew;
  @Autowired EscalationPolicies policies;

  @Test
  void aPolicyForNobodyOnTheProductionOrNoSeverityIsRefusedInTheReadersWords() {
    UUID western = crew.production(Crew.WESTERN).id();
    UUID stranger = UUID.randomUUID();
    EscalationPolicy toAStranger = new EscalationPolicy(List.of(new Level("Stranger", 0,
        List.of(Target.parse("person:" + stranger)), 0, 0)), 60);
    assertThatThrownBy(() -> crew.as("sam.safety", () -> policies.change(western, Severity.LOW, toAStranger)))
        .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
          assertThat(ReasonWords.saidAsWritten(refused).getMessage())
              .isEqualTo("person " + stranger + " is not on this production");
          assertThat(ReasonWords.in(Locale.forLanguageTag("es"), refused))
              .isEqualTo("la persona " + stranger + " no está en esta producción");
        });
    assertThatThrownBy(() -> crew.as("sam.safety", () -> policies.change(western, null, toAStranger)))
        .isInstanceOfSatisfying(InvalidInputException.class, ReasonWords::saidAsWritten);
    assertThatThrownBy(() -> crew.as("sam.safety", () -> policies.change(western, Severity.LOW, null)))
        .isInstanceOfSatisfying(InvalidInputException.class, ReasonWords::saidAsWritten);
  }
}
