package org.setsafe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.LedgerLanding;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.InstallationRole;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Hazard;
import org.setsafe.production.Productions;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.setsafe.protocol.RiskAssessmentCommand.DraftAssessment;
import org.setsafe.protocol.RiskAssessmentCommand.SignAssessment;
import org.setsafe.protocol.RiskDrafting;
import org.setsafe.protocol.RiskSignOffs;
import org.setsafe.protocol.domain.Control;
import org.setsafe.protocol.domain.ControlLevel;
import org.setsafe.protocol.domain.HazardEntry;
import org.setsafe.protocol.domain.RiskCategory;
import org.setsafe.protocol.domain.SignOffDuty;
import org.setsafe.reporting.NewReport;
import org.setsafe.reporting.ReportFiling;
import org.setsafe.reporting.Severity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pages that look over a production, or every production, read in Spanish on a 390 px phone, each reached by its
 * links from where the person lands: studio safety's table of every production and the trends over the weeks; what
 * needs the UPM now, on the productions page and the dashboard, and what needs the producer, a risk assessment she
 * signs because its residual risk is high; and the safety advisor's ledger and a person's history, each fact a
 * sentence in Spanish. Each person chose Spanish on their account page. What people typed stays as typed, and no date
 * is asserted: how dates are written is changing.
 */
@SetSafeTest
@Tag("browser")
class SpanishOverviewsOnAPhoneBrowserTest {

  private static final String LADDER = "Ladder without a foot by the cyc";
  private static final String LADDER_WAITS =
      "Un problema de seguridad de gravedad alta espera que alguien lo dé por recibido: " + LADDER + ".";

  @LocalServerPort int port;
  @Autowired Crew crew;
  @Autowired Accounts accounts;
  @Autowired Productions productions;
  @Autowired Schedule schedule;
  @Autowired ReportFiling filing;
  @Autowired RiskDrafting riskDrafting;
  @Autowired RiskSignOffs riskSignOffs;
  @Autowired JdbcTemplate jdbc;

  @Test
  void studioSafetyReadsEveryProductionAndTheTrendsInSpanish() throws Exception {
    SetOfItsOwn set = SetOfItsOwn.create(accounts, productions, schedule, "Mesa Roja");
    set.day(set.today().plusDays(3), "Rancho Bonanza");
    crew.as(set.who("tess.grip"), () -> filing.file(set.id(), new NewReport(Hazard.HEIGHTS, Severity.HIGH, LADDER,
        "The ladder by the cyc has no one footing it.", null, "Stage 4", "Grip", false), null));
    String studio = "studio." + UUID.randomUUID().toString().substring(0, 8);
    accounts.createWithPassword(SystemActor.ID, studio, "Inés Ortega", null, InstallationRole.STUDIO_SAFETY,
        Crew.PASSWORD);

    try (Phone phone = new Phone(port)) {
      phone.signIn(studio, Crew.PASSWORD);
      choosesSpanish(phone, "Inés Ortega");
      phone.follow("Vista del estudio: todas las producciones de un vistazo");

      assertThat(phone.heading()).isEqualTo("Todas las producciones");
      assertThat(phone.text()).contains("Lo que necesita la atención del estudio en cada producción ahora.")
          .contains("Ordenar por").contains("Solo producciones con").contains("El nombre contiene")
          .contains("Descargar en CSV").doesNotContain("Sort by").doesNotContain("Every production")
          .doesNotContain("Download as CSV");
      phone.type("name", set.name()).press("Mostrar");
      assertThat(phone.textOf("studio-count")).matches("1 de \\d+ producciones");
      assertThat(phone.textOf("studio-table")).contains(set.name()).contains("1 alto; el más antiguo lleva")
          .contains("faltantes o vencidas").doesNotContain("1 high").doesNotContain("oldest")
          .doesNotContain("missing or expiring").doesNotContain("First shooting day");
      // On a phone each production is a card, its cells' headings read out to screen readers, not shown.
      assertThat(phone.script("return Array.from(document.querySelectorAll('[data-testid=studio-row] td'))"
          + ".map(td => td.dataset.label).join(' | ')")).asString().contains("Reportes de peligro abiertos")
          .contains("Trabajo parado").contains("Armas fuera del resguardo ahora").contains("Pendientes de preproducción")
          .doesNotContain("Open reports").doesNotContain("Weapons out now").doesNotContain("Stop-work");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("spanish-studio-view-phone");

      phone.follow("Tendencias de las semanas");
      assertThat(phone.heading()).isEqualTo("Tendencias de las semanas");
      assertThat(phone.text()).contains("Todas las producciones juntas, las últimas 12 semanas")
          .contains("Reportes por cada 100 días-persona del equipo").contains("Casi accidentes y lesiones")
          .contains("Tiempo para dar por recibidos y para resolver los reportes")
          .contains("Fallos de disparo y disparos accidentales").contains("Descargar en CSV")
          .doesNotContain("Trends over the weeks").doesNotContain("Reports per 100 crew-days")
          .doesNotContain("Near misses").doesNotContain("Time to acknowledge")
          .doesNotContain("Misfires and accidental discharges")
          .doesNotContain("Download as CSV");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("spanish-studio-trends-phone");

      phone.follow("Todas las producciones");
      assertThat(phone.heading()).isEqualTo("Todas las producciones");
    }
  }

  @Test
  void theUpmAndTheProducerReadWhatNeedsThemNowInSpanish() throws Exception {
    SetOfItsOwn set = SetOfItsOwn.create(accounts, productions, schedule, "Mesa Roja")
        .joins("sam.safety", "Samira Haddad", CrewRole.SAFETY_ADVISOR, null);
    SetOfItsOwn other = SetOfItsOwn.create(accounts, productions, schedule, "Río Seco");
    set.alsoOn(other, "leo.upm", CrewRole.UPM);
    crew.holdsArmorerPermit(set.who("rosa.armorer"));
    Scene scene = set.firearmsScene(set.day(set.today(), "Rancho Bonanza"), "12A", "Cole fires a blank toward the altar");
    crew.as(set.who("tess.grip"), () -> filing.file(set.id(), new NewReport(Hazard.HEIGHTS, Severity.HIGH, LADDER,
        "The ladder by the cyc has no one footing it.", null, "Stage 4", "Grip", false), null));
    // The blank's residual risk stays at 3 × 4 = 12 with its controls: the producer signs too.
    crew.as(set.who("sam.safety"), () -> riskDrafting.draft(set.id(), new DraftAssessment(scene.id(), List.of(
        new HazardEntry(RiskCategory.of(Hazard.FIREARMS), "Blank fired toward the altar", 4, 5,
            List.of(new Control(ControlLevel.ENGINEERING, "Lexan shield in front of the camera")), 3, 4)), null)));
    crew.as(set.who("sam.safety"), () -> riskSignOffs.sign(set.id(),
        new SignAssessment(scene.id(), 1, SignOffDuty.SAFETY_ADVISOR)));
    crew.as(set.who("rosa.armorer"), () -> riskSignOffs.sign(set.id(),
        new SignAssessment(scene.id(), 1, SignOffDuty.FIREARMS)));

    try (Phone leo = new Phone(port)) {
      leo.signIn(set.who("leo.upm"), Crew.PASSWORD);
      choosesSpanish(leo, "Leo Park");

      assertThat(leo.heading()).isEqualTo("Tus producciones");
      assertThat(leo.textOf("needs-you-first")).contains("1 cosa te necesita ahora")
          .contains(LADDER_WAITS)
          .contains("Dar por recibido").doesNotContain("needs you now").doesNotContain("waits for someone")
          .doesNotContain("Acknowledge");
      assertThat(leo.text()).contains(other.name());
      assertThat(leo.fitsTheScreenWidth()).isTrue();
      leo.screenshot("spanish-productions-needs-you-phone");

      leo.follow(set.name());
      assertThat(leo.heading()).isEqualTo(set.name());
      assertThat(leo.textOf("needs-you")).contains("Te necesitan ahora")
          .contains(LADDER_WAITS)
          .contains("Dar por recibido").doesNotContain("Needs you now").doesNotContain("waits for someone")
          .doesNotContain("Acknowledge");
      assertThat(leo.fitsTheScreenWidth()).isTrue();
      leo.follow("Dar por recibido");
      assertThat(leo.url()).contains("/productions/" + set.id() + "/reports/");
      assertThat(leo.text()).contains(LADDER);
    }

    try (Phone grace = new Phone(port)) {
      grace.signIn(set.who("grace.producer"), Crew.PASSWORD);
      set.choosesSpanish(grace, "grace.producer");
      assertThat(grace.textOf("needs-you")).contains("Te necesitan ahora")
          .contains("La evaluación de riesgos de la escena 12A espera tu firma.")
          .contains(LADDER_WAITS)
          .contains("Firmar la evaluación de riesgos").doesNotContain("waits for your signature")
          .doesNotContain("Sign the risk assessment");
      assertThat(grace.fitsTheScreenWidth()).isTrue();
      grace.screenshot("spanish-dashboard-needs-you-producer-phone");

      grace.follow("Firmar la evaluación de riesgos");
      assertThat(grace.heading()).isEqualTo("Escena 12A: evaluación de riesgos");
      assertThat(grace.textOf("approval")).contains("Sin aprobar.")
          .contains("La evaluación de riesgos de la escena 12A (versión 1) espera la firma del productor: riesgo"
              + " residual 12 (").contains("(California Labor Code §9152)").contains("el productor")
          .doesNotContain("awaiting the producer").doesNotContain("residual risk");
      grace.press("Firmar la versión 1 como el productor");
      assertThat(grace.textOf("approval")).contains("Aprobada: versión 1").doesNotContain("Approved");
    }
  }

  @Test
  void theSafetyAdvisorReadsTheLedgerAndAPersonsHistoryInSpanishSentences() throws Exception {
    SetOfItsOwn set = SetOfItsOwn.create(accounts, productions, schedule, "Mesa Roja")
        .joins("sam.safety", "Samira Haddad", CrewRole.SAFETY_ADVISOR, null);
    set.firearmsScene(set.day(set.today().plusDays(2), "Rancho Bonanza"), "12A", "Cole fires a blank toward the altar");
    crew.as(set.who("tess.grip"), () -> filing.file(set.id(), new NewReport(Hazard.HEIGHTS, Severity.HIGH, LADDER,
        "The ladder by the cyc has no one footing it.", null, "Stage 4", "Grip", false), null));
    LedgerLanding.awaitFactsOf(jdbc, set.id());

    try (Phone phone = new Phone(port)) {
      phone.signIn(set.who("sam.safety"), Crew.PASSWORD);
      set.choosesSpanish(phone, "sam.safety");
      phone.follow("Libro de registro");

      assertThat(phone.heading()).isEqualTo("Libro de registro");
      assertThat(phone.text()).contains("Últimas entradas").contains("El registro firmado")
          .contains("Tess Lindqvist reportó un peligro: “" + LADDER + "”.")
          .contains("agregó la escena 12A: “Cole fires a blank toward the altar”.")
          .contains("programó un día de rodaje el").contains(" en Rancho Bonanza").contains("agregó a Samira Haddad al equipo")
          .contains("marcó los peligros de la escena 12A.").contains("nombró al reparto de la escena 12A.")
          .doesNotContain("reported a hazard").doesNotContain("added scene").doesNotContain("to the crew")
          .doesNotContain("scheduled a shooting day").doesNotContain("scene 12A").doesNotContain("Latest entries")
          .doesNotContain("The signed record");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("spanish-ledger-phone");

      phone.follow("← " + set.name());
      phone.follow("Equipo");
      phone.follow("Historial");
      assertThat(phone.heading()).startsWith("Historial de ");
      assertThat(phone.text()).contains("al equipo").doesNotContain("to the crew")
          .doesNotContain("every recorded fact about").doesNotContain("newest first");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("spanish-person-history-phone");
    }
  }

  /**
   * Someone on no production or on several, signed in on this phone on an English page, chooses Spanish on their
   * account page, from the link with their name in the page's bar, and goes back by the SetSafe link.
   */
  private static void choosesSpanish(Phone phone, String displayName) {
    phone.follow(displayName);
    assertThat(phone.heading()).isEqualTo("My account");
    phone.choose("language", "es").press("Use this language");
    assertThat(phone.heading()).isEqualTo("Mi cuenta");
    assertThat(phone.script("return document.documentElement.lang")).isEqualTo("es");
    phone.follow("SetSafe");
    assertThat(phone.heading()).isEqualTo("Tus producciones");
  }
}
