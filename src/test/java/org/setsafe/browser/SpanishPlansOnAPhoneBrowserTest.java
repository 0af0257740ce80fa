package org.setsafe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.custody.Armory;
import org.setsafe.custody.Armory.WeaponDetails;
import org.setsafe.custody.domain.FirearmType;
import org.setsafe.custody.domain.WeaponKind;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Hazard;
import org.setsafe.production.Productions;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.setsafe.production.ShootingDay;
import org.setsafe.protocol.PlanDraft;
import org.setsafe.protocol.PlanDrafting;
import org.setsafe.protocol.PlanSignOffs;
import org.setsafe.protocol.RiskAssessmentCommand.DraftAssessment;
import org.setsafe.protocol.RiskAssessmentCommand.SignAssessment;
import org.setsafe.protocol.RiskDrafting;
import org.setsafe.protocol.RiskSignOffs;
import org.setsafe.protocol.WeaponPlanCommand.RecordPlan;
import org.setsafe.protocol.WeaponPlanCommand.SignPlan;
import org.setsafe.protocol.domain.Control;
import org.setsafe.protocol.domain.ControlLevel;
import org.setsafe.protocol.domain.HazardEntry;
import org.setsafe.protocol.domain.RiskCategory;
import org.setsafe.protocol.domain.SignOffCapacity;
import org.setsafe.protocol.domain.SignOffDuty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The papers a firearms scene needs, read in Spanish on a 390 px phone, each reached by its links from the
 * dashboard: the safety advisor reads the risk assessments (the list, a scene's assessment, and why it no longer
 * stands once the scene moved) and signs again; the 1st AD is told the general assessment waits for her signature
 * and signs it; the armorer, the scene moved to another day, reads that the weapon plan's sign-offs lapsed and signs
 * it again, and the 1st AD reads where the scene shoots, why each sign-off lapsed and, the scene taken off the
 * schedule, that it has no shooting day. Each person chose Spanish on their account page. No date is asserted: how
 * dates are written is changing.
 */
@SetSafeTest
@Tag("browser")
class SpanishPlansOnAPhoneBrowserTest {

  @LocalServerPort int port;
  @Autowired Crew crew;
  @Autowired Accounts accounts;
  @Autowired Productions productions;
  @Autowired Schedule schedule;
  @Autowired Armory armory;
  @Autowired RiskDrafting riskDrafting;
  @Autowired RiskSignOffs riskSignOffs;
  @Autowired PlanDrafting planDrafting;
  @Autowired PlanSignOffs planSignOffs;

  @Test
  void theSafetyAdvisorReadsTheRiskAssessmentsAndWhyTheScenesNoLongerStandsInSpanish() throws Exception {
    SetOfItsOwn set = SetOfItsOwn.create(accounts, productions, schedule, "Mesa Roja")
        .joins("sam.safety", "Samira Haddad", CrewRole.SAFETY_ADVISOR, null);
    crew.holdsArmorerPermit(set.who("rosa.armorer"));
    Scene scene = set.firearmsScene(set.day(set.today(), "Rancho Bonanza"), "12A", "Cole fires a blank toward the altar");
    ShootingDay tomorrow = set.day(set.today().plusDays(1), "Backlot");
    // Samira drafts the scene's assessment and signs it, Rosa signs for the firearms; then the scene moves a day.
    crew.as(set.who("sam.safety"), () -> riskDrafting.draft(set.id(), new DraftAssessment(scene.id(),
        List.of(blankTowardTheAltar()), null)));
    crew.as(set.who("sam.safety"), () -> riskSignOffs.sign(set.id(),
        new SignAssessment(scene.id(), 1, SignOffDuty.SAFETY_ADVISOR)));
    crew.as(set.who("rosa.armorer"), () -> riskSignOffs.sign(set.id(),
        new SignAssessment(scene.id(), 1, SignOffDuty.FIREARMS)));
    SystemActor.call(() -> schedule.scheduleScene(set.id(), scene.id(), tomorrow.id()));

    try (Phone phone = new Phone(port)) {
      phone.signIn(set.who("sam.safety"), Crew.PASSWORD);
      set.choosesSpanish(phone, "sam.safety");
      phone.follow("Evaluaciones de riesgos");

      assertThat(phone.heading()).isEqualTo("Evaluación de riesgos general");
      assertThat(phone.textOf("approval")).contains("Sin aprobar.")
          .contains("La producción no tiene evaluación de riesgos general (California Labor Code §9152).")
          .doesNotContain("Not approved").doesNotContain("no general risk assessment");
      assertThat(phone.textOf("scenes")).contains("Escena 12A")
          .contains("La evaluación de riesgos de la escena 12A venció: la escena 12A pasó de")
          .contains("(ISO 45001 8.1.3)").doesNotContain("lapsed").doesNotContain("moved from");
      assertThat(phone.text()).contains("Escenas de alto riesgo").contains("Redactar la evaluación")
          .doesNotContain("High-risk scenes").doesNotContain("Save as a new version");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("spanish-risk-assessments-phone");

      phone.followContaining("Escena 12A");
      assertThat(phone.heading()).isEqualTo("Escena 12A: evaluación de riesgos");
      assertThat(phone.text()).contains("Marcada con:").contains("Matriz de riesgo residual")
          .contains("Peligros (versión 1)").contains("Antes de los controles:").contains("(alto)")
          .contains("Residual:").contains("(bajo)").contains("Versiones y firmas").contains("ya no cuenta")
          .contains("Samira Haddad (Asesor de seguridad) por el asesor de seguridad")
          .doesNotContain("Residual risk matrix").doesNotContain("Before controls").doesNotContain("no longer counts")
          .doesNotContain("Versions and sign-offs");
      assertThat(phone.textOf("approval")).contains("Sin aprobar.")
          .contains("La evaluación de riesgos de la escena 12A venció: la escena 12A pasó de")
          .contains("después de firmarse; hay que firmarla otra vez").contains("Falta:")
          .contains("el asesor de seguridad").contains("el armero o el jefe de utilería")
          .doesNotContain("Not approved").doesNotContain("moved from").doesNotContain("Awaiting")
          .doesNotContain("after it was signed");
      assertThat(phone.textOf("lapses")).startsWith("Vencida: la escena 12A pasó de").contains(" en Rancho Bonanza a ")
          .contains(" en Backlot").doesNotContain("moved from").doesNotContain(" at ");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("spanish-risk-assessment-lapsed-phone");

      phone.press("Firmar la versión 1 como el asesor de seguridad");
      assertThat(phone.text()).contains("Firmado.").contains("Falta:").contains("el armero o el jefe de utilería")
          .doesNotContain("Signed.");
    }
  }

  @Test
  void theFirstAdIsToldTheGeneralAssessmentWaitsForHerAndSignsItInSpanish() throws Exception {
    SetOfItsOwn set = SetOfItsOwn.create(accounts, productions, schedule, "Mesa Roja")
        .joins("sam.safety", "Samira Haddad", CrewRole.SAFETY_ADVISOR, null);
    set.day(set.today(), "Rancho Bonanza");
    crew.as(set.who("sam.safety"), () -> riskDrafting.draft(set.id(), DraftAssessment.general(List.of(
        new HazardEntry(RiskCategory.GENERAL, "Heat on the ranch at midday", 3, 3,
            List.of(new Control(ControlLevel.ADMINISTRATIVE, "Water and shade at every setup")), 2, 2)), null)));
    crew.as(set.who("sam.safety"), () -> riskSignOffs.sign(set.id(),
        SignAssessment.general(1, SignOffDuty.SAFETY_ADVISOR)));

    try (Phone phone = new Phone(port)) {
      phone.signIn(set.who("dana.ad"), Crew.PASSWORD);
      set.choosesSpanish(phone, "dana.ad");
      assertThat(phone.textOf("needs-you")).contains("Te necesitan ahora")
          .contains("La evaluación de riesgos general espera tu firma.")
          .doesNotContain("waits for your signature").doesNotContain("Needs you now");
      phone.follow("Firmar la evaluación de riesgos");

      assertThat(phone.heading()).isEqualTo("Evaluación de riesgos general");
      assertThat(phone.textOf("approval")).contains("Sin aprobar.")
          .contains("La evaluación de riesgos general de la producción (versión 1) está pendiente de firma por")
          .contains("el primer asistente de dirección").doesNotContain("is awaiting").doesNotContain("Awaiting");
      assertThat(phone.textOf("hazards")).contains("General").contains("Heat on the ranch at midday")
          .contains("Administrativo").contains("Water and shade at every setup");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("spanish-general-risk-assessment-phone");

      phone.press("Firmar la versión 1 como el primer asistente de dirección");
      assertThat(phone.text()).contains("Firmado.").doesNotContain("Signed.");
      assertThat(phone.textOf("approval")).contains("Aprobada: versión 1").contains(", firmada por todos los que pide.")
          .doesNotContain("Approved").doesNotContain("signed by everyone");
      phone.follow("← Tablero");
      assertThat(phone.textOf("needs-you")).contains("Ahora nada te necesita.")
          .doesNotContain("Nothing needs you now.");
    }
  }

  @Test
  void theArmorerSignsTheMovedPlanAgainAndTheFirstAdReadsWhySignOffsLapsedInSpanish() throws Exception {
    SetOfItsOwn set = SetOfItsOwn.create(accounts, productions, schedule, "Mesa Roja")
        .joins("sam.safety", "Samira Haddad", CrewRole.SAFETY_ADVISOR, null);
    crew.holdsArmorerPermit(set.who("rosa.armorer"));
    Scene scene = set.firearmsScene(set.day(set.today(), "Rancho Bonanza"), "12A", "Cole fires a blank toward the altar");
    ShootingDay tomorrow = set.day(set.today().plusDays(1), "Backlot");
    String serial = "MR" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    UUID colt = crew.as(set.who("rosa.armorer"), () -> armory.registerWeapon(set.id(), new WeaponDetails(
        WeaponKind.FIREARM, serial, "Colt", "SAA", FirearmType.REVOLVER, ".45 Colt", "Gunslinger Rentals",
        "9-85-049-01", "Good", null))).weapon().id();
    crew.as(set.who("rosa.armorer"), () -> planDrafting.record(set.id(), new RecordPlan(scene.id(), new PlanDraft(
        false, null, null, List.of(new PlanDraft.LineDraft(colt, set.person("eli.actor"), false, null,
            "The cylinder turns in close-up; a replica's does not.")), List.of(), null))));
    crew.as(set.who("rosa.armorer"), () -> planSignOffs.sign(set.id(),
        new SignPlan(scene.id(), 1, SignOffCapacity.ARMORER)));
    crew.as(set.who("sam.safety"), () -> planSignOffs.sign(set.id(),
        new SignPlan(scene.id(), 1, SignOffCapacity.SAFETY_ADVISOR)));
    SystemActor.call(() -> schedule.scheduleScene(set.id(), scene.id(), tomorrow.id()));

    try (Phone rosa = new Phone(port)) {
      rosa.signIn(set.who("rosa.armorer"), Crew.PASSWORD);
      set.choosesSpanish(rosa, "rosa.armorer");
      rosa.follow("Plan de rodaje");
      rosa.follow("12A");
      rosa.followContaining("Plan de armas");

      assertThat(rosa.heading()).isEqualTo("Plan de armas, escena 12A");
      assertThat(rosa.textOf("status")).contains("Firmas vencidas")
          .contains("No se entrega ningún arma para esta escena hasta que el plan esté aprobado.")
          .doesNotContain("Sign-offs lapsed").doesNotContain("No weapon is issued");
      assertThat(rosa.text()).contains("Se rueda").contains(" en Backlot").contains("Escena con armas de fuego")
          .contains("Firmar como armero").contains("Por qué no una réplica:")
          .doesNotContain(" at Backlot").doesNotContain("Sign as armorer").doesNotContain("Why not a replica");
      assertThat(rosa.fitsTheScreenWidth()).isTrue();
      rosa.screenshot("spanish-weapon-plan-lapsed-armorer-phone");
      rosa.press("Firmar como armero");
      assertThat(rosa.text()).contains("Firmado.").doesNotContain("Signed.");
    }

    try (Phone dana = new Phone(port)) {
      dana.signIn(set.who("dana.ad"), Crew.PASSWORD);
      set.choosesSpanish(dana, "dana.ad");
      dana.follow("Plan de rodaje");
      dana.follow("12A");
      dana.followContaining("Plan de armas");

      assertThat(dana.heading()).isEqualTo("Plan de armas, escena 12A");
      assertThat(dana.textOf("status")).contains("Firmas vencidas").doesNotContain("Sign-offs lapsed");
      assertThat(dana.textOf("current")).contains("Vencida: se firmó otra vez después")
          .contains("Vencida: la escena 12A pasó de").contains(" en Rancho Bonanza a ").contains(" en Backlot")
          .contains("Sigue vigente").doesNotContain("Lapsed").doesNotContain("moved from")
          .doesNotContain("signed again since").doesNotContain("Still valid");
      assertThat(dana.fitsTheScreenWidth()).isTrue();
      dana.screenshot("spanish-weapon-plan-first-ad-phone");

      SystemActor.call(() -> schedule.scheduleScene(set.id(), scene.id(), null));
      dana.reload();
      assertThat(dana.text()).contains("sin día de rodaje").doesNotContain("no shooting day");
    }
  }

  /** Kept low by its controls (residual 4), so the producer need not sign too. */
  private static HazardEntry blankTowardTheAltar() {
    return new HazardEntry(RiskCategory.of(Hazard.FIREARMS), "Blank fired toward the altar", 3, 5,
        List.of(new Control(ControlLevel.ENGINEERING, "Lexan shield in front of the camera"),
            new Control(ControlLevel.PPE, "Ear protection for everyone on the set")), 1, 4);
  }
}
