package org.setsafe.training.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setsafe.shared.ReasonWords.in;
import static org.setsafe.shared.ReasonWords.saidAsWritten;
import static org.setsafe.training.domain.CurrentQualificationPolicyTest.aPermit;
import static org.setsafe.training.domain.CurrentQualificationPolicyTest.withdrawn;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.setsafe.shared.Refusal;
import org.setsafe.training.domain.FirearmsHandlingPolicy.PerformerRule;

/** Training's refusals have words, and in English those words are exactly the reason the policy wrote. */
class TrainingReasonsInWordsTest {

  private static final LocalDate ISSUED = LocalDate.of(2025, 10, 1);
  private static final LocalDate EXPIRES = LocalDate.of(2026, 10, 1);
  private static final String PERMIT = "ARMORER_PERMIT";

  private final CurrentQualificationPolicy current = new CurrentQualificationPolicy();
  private final FirearmsHandlingPolicy handling = new FirearmsHandlingPolicy();

  @Test
  void aQualificationExpiredNotYetValidWithdrawnOrMissingIsSaidAsWritten() {
    CertificationRecord permit = aPermit(ISSUED, EXPIRES);
    saidAsWritten(check(List.of(permit), EXPIRES.plusDays(1)));
    saidAsWritten(check(List.of(permit), ISSUED.minusDays(1)));
    saidAsWritten(check(List.of(withdrawn(permit)), EXPIRES));
    Refusal none = saidAsWritten(check(List.of(), EXPIRES));

    assertThat(none.reason()).isEqualTo("No armorer permit on record (California Labor Code §9156).");
  }

  @Test
  void aPerformerWithoutTrainingIsToldAboutTheBriefingInTheSameWordsAfterTheTrainingReason() {
    Optional<Refusal> untrained = Optional.of(check(List.of(), EXPIRES));
    LocalDate day = LocalDate.of(2026, 11, 25);
    saidAsWritten(handling.check(untrained, List.of(), new PerformerRule(true, 30), day).orElseThrow());
    saidAsWritten(handling.check(untrained, List.of(), new PerformerRule(false, 30), day).orElseThrow());
    Refusal stale = saidAsWritten(handling.check(untrained, List.of(day.minusDays(30)), new PerformerRule(true, 30),
        day).orElseThrow());

    assertThat(in(Locale.forLanguageTag("es"), stale)).startsWith("No hay registro de permiso de armero")
        .endsWith("valía hasta el 2026-11-24; vuelve a darle la instrucción.");
  }

  @Test
  void aBuiltInQualificationIsNamedInTheReadersWordsAndOneAnAdministratorAddedAsTyped() {
    Refusal expired = saidAsWritten(check(List.of(aPermit(ISSUED, EXPIRES)), EXPIRES.plusDays(1)));
    Refusal pyro = saidAsWritten(current.check(List.of(), "PYRO_LICENCE", "Pyro licence", EXPIRES).orElseThrow());
    Refusal renamed = saidAsWritten(current.check(List.of(), PERMIT, "Permit to arm", EXPIRES).orElseThrow());

    assertThat(in(Locale.forLanguageTag("es"), expired)).startsWith("Permiso de armero: venció el 2026-10-01");
    assertThat(in(Locale.forLanguageTag("es"), pyro)).startsWith("No hay registro de pyro licence");
    assertThat(in(Locale.forLanguageTag("es"), renamed)).startsWith("No hay registro de permit to arm");
  }

  @Test
  void aTrainingReasonWithoutWordsIsPlacedAsWrittenAndTheRestSaidInTheReadersWords() {
    Optional<Refusal> untrained = Optional.of(new Refusal(CurrentQualificationPolicy.RULE, "Not on record."));

    Refusal refusal = handling.check(untrained, List.of(), new PerformerRule(true, 30), EXPIRES).orElseThrow();
    assertThat(in(Locale.ENGLISH, refusal)).isEqualTo(refusal.reason());
    assertThat(in(Locale.forLanguageTag("es"), refusal)).isEqualTo("Not on record. Tampoco hay registrada ninguna "
        + "instrucción del armero en esta producción.");
  }

  private Refusal check(List<CertificationRecord> certifications, LocalDate day) {
    return current.check(certifications, PERMIT, "Armorer permit", day).orElseThrow();
  }
}
