package org.setsafe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.Accounts;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.setsafe.production.ShootingDay;
import org.setsafe.staffing.RecordHours;
import org.setsafe.staffing.Timekeeping;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The morning's safety meeting in Spanish, on two 390 px phones: the 1st AD, who chose Spanish on her account page,
 * reads the day's agenda worded in Spanish (no weapon plan, no dedicated armorer, a camera head's short rest) and
 * opens the meeting; the performer, who chose Spanish too, follows his dashboard's link to acknowledge it and reads
 * what it covered in Spanish. What the office typed (the scene's description, in English) is read as typed.
 */
@SetSafeTest
@Tag("browser")
class SpanishMeetingOnAPhoneBrowserTest {

  /** Typed by the office in English: the agenda shows it as typed, whatever the reader's language. */
  private static final String TYPED = "Cole fires a blank toward the church altar";

  @LocalServerPort int port;
  @Autowired Crew crew;
  @Autowired Accounts accounts;
  @Autowired Productions productions;
  @Autowired Schedule schedule;
  @Autowired Timekeeping timekeeping;

  @Test
  void theFirstAdOpensTheMeetingAndThePerformerAcknowledgesItBothReadingItsAgendaInSpanish() throws Exception {
    SetOfItsOwn set = SetOfItsOwn.create(accounts, productions, schedule, "Sierra Roja");
    ShootingDay today = set.day(set.today(), "Rancho Bonanza");
    set.firearmsScene(today, "12A", TYPED);
    // Marcus wrapped at 23:30 last night and is called at 06:30: seven hours' rest, three short of the minimum.
    crew.as(set.who("leo.upm"), () -> timekeeping.recordHours(set.id(), new RecordHours(set.person("marcus.camera"),
        set.today().minusDays(1), LocalTime.of(12, 0), LocalTime.of(23, 30), null)));

    try (Phone ad = new Phone(port)) {
      ad.signIn(set.who("dana.ad"), Crew.PASSWORD);
      set.choosesSpanish(ad, "dana.ad");
      ad.waitForText("safety-meeting", "La junta de hoy");
      ad.follow("La junta de hoy");

      assertThat(ad.heading()).isEqualTo("Junta de seguridad");
      assertThat(ad.text()).contains("Todavía no hay junta este día.").contains("Abrir la junta de hoy")
          .contains("Temas").contains("Peligros: Armas de fuego").contains("Reparto: Eli Navarro")
          .contains("Escena 12A: sin plan de armas")
          .contains("La escena 12A lleva armas de fuego y no tiene plan de armas")
          .contains("Escena 12A: sin evaluación de riesgos")
          .contains("Sin armero dedicado").contains("No hay armero dedicado en el horario")
          .contains("Escena 12A: descanso corto — Marcus Oyelaran")
          .contains("Marcus Oyelaran tuvo 7 h de descanso antes del")
          .contains("el mínimo de la producción es de 10 h")
          .contains("Todavía no hay una decisión registrada de un productor o del UPM.")
          .contains(TYPED)
          .doesNotContain("Open today's meeting").doesNotContain("no weapon plan")
          .doesNotContain("No dedicated armorer").doesNotContain("of rest before").doesNotContain("Hazards:");
      assertThat(ad.fitsTheScreenWidth()).isTrue();
      ad.screenshot("spanish-meeting-agenda-phone");

      ad.press("Abrir la junta");
      assertThat(ad.text()).contains("Junta abierta para 1 escena. Cada quien la confirma en su propio teléfono.")
          .contains("por Dana Whitcombe — abierta").contains("0 confirmaron").contains("Registrar como hecha")
          .doesNotContain("Meeting opened").doesNotContain("Record it held");

      try (Phone performer = new Phone(port)) {
        performer.signIn(set.who("eli.actor"), Crew.PASSWORD);
        set.choosesSpanish(performer, "eli.actor");
        assertThat(performer.waitForText("safety-meeting", "Junta de seguridad por confirmar"))
            .contains("Confirmar la junta (Esc. 12A)").doesNotContain("Acknowledge");
        performer.follow("Confirmar la junta (Esc. 12A)");

        assertThat(performer.heading()).isEqualTo("Junta de seguridad");
        assertThat(performer.text()).contains("abierta a las").contains("por Dana Whitcombe")
            .contains("¿Estuviste ahí?").contains("Confirma solo si estuviste en la junta en persona y la entendiste.")
            .contains("Qué se vio");
        assertThat(performer.textOf("agenda")).contains("Escena 12A: sin plan de armas")
            .contains("La escena 12A lleva armas de fuego y no tiene plan de armas")
            .contains("No hay armero dedicado en el horario")
            .contains("Marcus Oyelaran tuvo 7 h de descanso antes del").contains(TYPED)
            .doesNotContain("no weapon plan").doesNotContain("No dedicated armorer").doesNotContain("of rest before");
        assertThat(performer.text()).doesNotContain("Were you there?").doesNotContain("What it covered")
            .doesNotContain("I was at the meeting and understood it");
        assertThat(performer.fitsTheScreenWidth()).isTrue();
        performer.screenshot("spanish-meeting-acknowledge-phone");

        performer.press("Estuve en la junta y la entendí");
        assertThat(performer.textOf("notice")).isEqualTo("Gracias: tu confirmación quedó registrada.");
        assertThat(performer.textOf("acknowledged")).contains("Confirmada").contains("Confirmaste esta junta a las");
        assertThat(performer.text()).doesNotContain("Estuve en la junta y la entendí")
            .doesNotContain("You acknowledged this meeting");
        assertThat(performer.fitsTheScreenWidth()).isTrue();
        performer.screenshot("spanish-meeting-acknowledged-phone");
      }

      ad.reload();
      assertThat(ad.textOf("meeting")).contains("1 confirmaron").contains("Eli Navarro");
      ad.press("Registrar como hecha");
      assertThat(ad.text()).contains("Registrada como hecha, con 1 confirmación.")
          .doesNotContain("Recorded held");
      assertThat(ad.textOf("meeting")).contains("hecha a las");
      assertThat(ad.fitsTheScreenWidth()).isTrue();
      ad.screenshot("spanish-meeting-held-phone");
    }
  }
}
