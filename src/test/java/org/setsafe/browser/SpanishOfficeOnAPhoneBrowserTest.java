package org.setsafe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.Accounts;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.setsafe.production.ShootingDay;
import org.setsafe.staffing.DayDuty;
import org.setsafe.staffing.RecordHours;
import org.setsafe.staffing.Roster;
import org.setsafe.staffing.Timekeeping;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The office's pages in Spanish, on a 390 px phone, each reached by its links from the dashboard: the UPM reads the
 * pre-production check (its countdown, areas and gaps) and, from it, the training overview with why each
 * qualification is missing; the 1st AD reads a short rest flagged on the day's staffing page; and a grip refused a
 * page, or sent to one that is not there, is told so in Spanish. Each person chose Spanish on their account page.
 */
@SetSafeTest
@Tag("browser")
class SpanishOfficeOnAPhoneBrowserTest {

  @LocalServerPort int port;
  @Autowired Crew crew;
  @Autowired Accounts accounts;
  @Autowired Productions productions;
  @Autowired Schedule schedule;
  @Autowired Roster roster;
  @Autowired Timekeeping timekeeping;

  @Test
  void theUpmReadsThePreProductionCheckAndFromItWhyQualificationsAreMissingInSpanish() throws Exception {
    SetOfItsOwn set = SetOfItsOwn.create(accounts, productions, schedule, "Mesa Roja");
    ShootingDay first = set.day(set.today().plusDays(12), "Rancho Bonanza");
    set.firearmsScene(first, "31", "Shootout at the church");

    try (Phone phone = new Phone(port)) {
      phone.signIn(set.who("leo.upm"), Crew.PASSWORD);
      set.choosesSpanish(phone, "leo.upm");
      phone.follow("Revisión de preproducción");

      assertThat(phone.heading()).isEqualTo("Revisión de preproducción");
      assertThat(phone.textOf("countdown")).startsWith("Faltan 12 días para el primer día de rodaje (");
      assertThat(phone.textOf("summary")).matches("Antes de empezar el rodaje: quedan \\d+ pendientes por resolver\\.");
      assertThat(phone.text()).contains("Locaciones").contains("Contactos de seguridad")
          .contains("Boletines de seguridad").contains("Certificaciones")
          .contains("No hay hospital registrado para Rancho Bonanza (rodaje el ")
          .contains("Registra el hospital más cercano")
          .contains("La producción no tiene asesor de seguridad").contains("No hay contacto de cumplimiento nombrado")
          .contains("Eli Navarro").contains("(California Labor Code §9156)")
          .doesNotContain("days to the first shooting day").doesNotContain("Before shooting starts")
          .doesNotContain("No safety advisor on the production").doesNotContain("No hospital entered for");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("spanish-pre-production-check-phone");

      phone.follow("Certificaciones");
      assertThat(phone.heading()).isEqualTo("Certificaciones");
      assertThat(phone.text())
          .contains("Todos los del equipo a quienes les falta una certificación que pide esta producción")
          .contains("Rosa Delgado").contains("Permiso de armero")
          .contains("No hay registro de permiso de armero (California Labor Code §9156).")
          .contains("Eli Navarro").contains("Capacitación en seguridad con armas de fuego")
          .contains("No hay registro de capacitación en seguridad con armas de fuego (California Labor Code §9156).")
          .contains("Todo el equipo")
          .doesNotContain("on record (California Labor Code").doesNotContain("Everyone on the crew")
          .doesNotContain("Armorer permit");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("spanish-qualifications-overview-phone");
    }
  }

  @Test
  void theFirstAdReadsACameraHeadsShortRestOnTheDaysStaffingPageInSpanish() throws Exception {
    SetOfItsOwn set = SetOfItsOwn.create(accounts, productions, schedule, "Mesa Roja");
    ShootingDay today = set.day(set.today(), "Rancho Bonanza");
    set.firearmsScene(today, "12A", "Cole fires a blank toward the church altar");
    // The UPM schedules Rosa as the day's dedicated armorer and records that Marcus wrapped at 23:30 last night:
    // called at 06:30, he had seven hours' rest, three short of the production's minimum.
    crew.as(set.who("leo.upm"), () -> {
      roster.schedule(set.id(), new DayDuty(today.id(), set.person("rosa.armorer"), CrewRole.ARMORER));
      return timekeeping.recordHours(set.id(), new RecordHours(set.person("marcus.camera"), set.today().minusDays(1),
          LocalTime.of(12, 0), LocalTime.of(23, 30), null));
    });

    try (Phone phone = new Phone(port)) {
      phone.signIn(set.who("dana.ad"), Crew.PASSWORD);
      set.choosesSpanish(phone, "dana.ad");
      phone.follow("Plan de rodaje");
      assertThat(phone.heading()).isEqualTo("Plan de rodaje");
      phone.follow("Personal");

      assertThat(phone.heading()).startsWith("Personal — ");
      assertThat(phone.text()).contains("Armas de fuego en la escena 12A.").contains("Alertas")
          .contains("Vigilado como").contains("Horas y descanso").contains("Lista del día");
      assertThat(phone.textOf("flags")).contains("Escena 12A: Descanso corto")
          .contains("Marcus Oyelaran (equipo de cámara)")
          .contains("Marcus Oyelaran tuvo 7 h de descanso antes del")
          .contains("el mínimo de la producción es de 10 h (California Labor Code §9153(a)(6): personal calificado"
              + " suficiente).")
          .contains("Un productor o el gerente de producción (UPM) registra qué se hace al respecto")
          .doesNotContain("Short rest").doesNotContain("of rest before").doesNotContain("camera crew");
      assertThat(phone.textOf("hours")).contains("armero dedicado").contains("equipo de cámara")
          .doesNotContain("dedicated armorer").doesNotContain("Watched as");
      assertThat(phone.textOf("roster")).contains("Rosa Delgado").contains("Armero dedicado");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("spanish-staffing-day-phone");
    }
  }

  @Test
  void aGripRefusedAPageOrSentToOneNotThereIsToldWhyInSpanish() throws Exception {
    SetOfItsOwn set = SetOfItsOwn.create(accounts, productions, schedule, "Mesa Roja");
    String production = "/productions/" + set.id();

    try (Phone phone = new Phone(port)) {
      phone.signIn(set.who("tess.grip"), Crew.PASSWORD);
      set.choosesSpanish(phone, "tess.grip");
      // Her dashboard offers no pre-production check; the address, typed or kept from before, is refused.
      assertThat(phone.offers("Revisión de preproducción")).isFalse();

      phone.open(production + "/pre-production");
      assertThat(phone.heading()).isEqualTo("No permitido");
      assertThat(phone.text()).contains("La revisión de preproducción es para los productores, el gerente de producción"
              + " (UPM), el 1er AD, el asesor de seguridad y el armero de esta producción.")
          .doesNotContain("Not allowed").doesNotContain("The pre-production check is for")
          .doesNotContain("Back to my productions");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("spanish-not-allowed-phone");
      phone.follow("Volver a mis producciones");
      assertThat(phone.heading()).isEqualTo(set.name());

      UUID gone = UUID.randomUUID();
      phone.open(production + "/briefing/meetings/" + gone + "/acknowledge");
      assertThat(phone.heading()).isEqualTo("No encontrado");
      assertThat(phone.text()).contains("no hay ninguna junta de seguridad " + gone + " en esta producción")
          .doesNotContain("Not found").doesNotContain("no safety meeting").doesNotContain("Back to my productions");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("spanish-not-found-phone");

      phone.open(production + "/no-such-page");
      assertThat(phone.heading()).isEqualTo("No encontrado");
      assertThat(phone.text()).contains("No hay nada en esta dirección.").contains("Volver a mis producciones")
          .doesNotContain("There is nothing at this address.").doesNotContain("Back to my productions");
      phone.follow("Volver a mis producciones");
      assertThat(phone.heading()).isEqualTo(set.name());
    }
  }
}
