package org.setsafe.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.setsafe.shared.ReasonWords.in;
import static org.setsafe.shared.ReasonWords.saidAsWritten;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.NotFoundException;
import org.setsafe.training.BriefingCommands.RecordBriefing;
import org.setsafe.training.BriefingCommands.SetPerformerRule;
import org.setsafe.training.CertificationCommands.VerifyCertification;
import org.setsafe.training.CertificationCommands.WithdrawCertification;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Whose certificates one may see and record, who briefs performers, and what is not there, is refused in words: in
 * English exactly the message the API answers, in Spanish as well. Nothing here is recorded: every attempt is refused.
 */
@SetSafeTest
class TrainingRefusalsInWordsTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es");

  @Autowired Crew crew;
  @Autowired QualificationRecords records;
  @Autowired CertificateRecording recording;
  @Autowired CertificateVerification verification;
  @Autowired ArmorerBriefings briefings;

  private UUID western;
  private PersonId marcus;

  @BeforeEach
  void western() {
    western = crew.production(Crew.WESTERN).id();
    marcus = new PersonId(crew.id("marcus.camera"));
  }

  @Test
  void seeingRecordingAndVerifyingSomeoneElsesCertificatesIsRefusedInWords() {
    AccessRefusedException see = saidAsWritten(refused("eli.actor", () -> records.of(marcus)));
    assertThat(in(SPANISH, see.said())).startsWith("Solo la persona, y el asesor de seguridad,");
    saidAsWritten(refused("sam.safety", () -> recording.withdraw(new WithdrawCertification(marcus,
        new CertificationId(UUID.randomUUID()), null, "Recorded in error"))));
    saidAsWritten(refused("eli.actor", () -> recording.withdraw(new WithdrawCertification(marcus,
        new CertificationId(UUID.randomUUID()), western, "Recorded in error"))));
    saidAsWritten(refused("eli.actor", () -> verification.verify(new VerifyCertification(marcus,
        new CertificationId(UUID.randomUUID()), western, null))));
  }

  @Test
  void aCertificationOrAMemberThatIsNotThereIsSaidInWords() {
    CertificationId unknown = new CertificationId(UUID.randomUUID());
    NotFoundException certification = saidAsWritten(notFound("sam.safety", () -> recording.withdraw(
        new WithdrawCertification(marcus, unknown, western, "Recorded in error"))));
    assertThat(in(SPANISH, certification.said())).isEqualTo("no hay ninguna certificación " + unknown
        + " de esta persona");
    saidAsWritten(notFound("sam.safety", () -> records.inForce(marcus, unknown)));
    saidAsWritten(notFound("sam.safety", () -> records.scan(marcus, unknown, 1)));
    PersonId stranger = new PersonId(UUID.randomUUID());
    saidAsWritten(notFound("sam.safety", () -> recording.withdraw(new WithdrawCertification(stranger, unknown,
        western, "Recorded in error"))));
    saidAsWritten(notFound("eli.actor", () -> records.of(stranger)));
  }

  @Test
  void briefingAPerformerOrSettingTheirRuleOutsideOnesRoleIsRefusedInWords() {
    AccessRefusedException briefing = saidAsWritten(refused("eli.actor", () -> briefings.record(
        new RecordBriefing(western, marcus, "Treat every firearm as loaded"))));
    assertThat(in(SPANISH, briefing.said())).isEqualTo("No puedes registrar instrucciones del armero: lo hacen los"
        + " armeros y los jefes de utilería.");
    saidAsWritten(refused("eli.actor", () -> briefings.setRule(new SetPerformerRule(western, true, 30))));
  }

  private AccessRefusedException refused(String who, Supplier<?> work) {
    return catchThrowableOfType(() -> crew.as(who, work), AccessRefusedException.class);
  }

  private NotFoundException notFound(String who, Supplier<?> work) {
    return catchThrowableOfType(() -> crew.as(who, work), NotFoundException.class);
  }
}
