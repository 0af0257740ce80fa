package org.setsafe.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.custody.Armory;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.CrewRole;
import org.setsafe.production.NeedsYou;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.setsafe.protocol.WeaponPlanCommand.RecordPlan;
import org.setsafe.shared.ReasonWords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A Spanish-reading crew reads what waits for them in Spanish: the safety advisor a weapon plan to sign and a
 * concern nobody has acknowledged, the actor today's safety meeting, the producer a management review and why, on the dashboard and on the productions page
 * alike, with no English sentence left; an English reader reads the English as it always was.
 */
@SetSafeTest
class NeedsYouInTheReadersWordsTest {

  /** Words only the English items use: none may reach a Spanish reader's list. */
  private static final List<String> ENGLISH = List.of("waits for", "Sign the", "Acknowledge", "safety concern",
      "Nobody has", "hazard report", "signature");

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Accounts accounts;
  @Autowired Productions productions;
  @Autowired Schedule schedule;
  @Autowired Armory armory;
  @Autowired PlanDrafting drafting;
  @Autowired org.setsafe.briefing.SafetyMeetings meetings;
  @Autowired List<NeedsYou> needsYou;

  @Test
  void aSpanishReadingCrewReadsWhatWaitsForThemInSpanishAndAnEnglishReaderInEnglish() throws Exception {
    PlanSet home = PlanSet.create(crew, accounts, productions, schedule, armory, "Palabras");
    PlanSet away = PlanSet.create(crew, accounts, productions, schedule, armory, "Palabras fuera");
    SystemActor.run(() -> productions.addMember(away.id(), home.who("sam.safety"), EnumSet.of(CrewRole.SAFETY_ADVISOR),
        null));
    home.as("rosa.armorer", () -> drafting.record(home.id(), new RecordPlan(home.scene.id(), home.coltForEli())));
    away.as("rosa.armorer", () -> drafting.record(away.id(), new RecordPlan(away.scene.id(), away.coltForEli())));
    home.as("dana.ad", () -> meetings.open(home.id(), List.of(home.scene.id())));
    // Grip's third report in a fortnight opens a management review for the producer to answer.
    String title = "Cable across the church door " + UUID.randomUUID().toString().substring(0, 6);
    for (String what : List.of(title + " (1)", title + " (2)", title)) {
      mvc.perform(post("/api/productions/{p}/reports", home.id()).header("Authorization",
              crew.bearer(home.who("eli.actor"))).contentType(MediaType.APPLICATION_JSON).content("""
              {"category":"OTHER","severity":"MEDIUM","title":"%s","description":"Taped down badly","department":"Grip"}"""
              .formatted(what)))
          .andExpect(status().isCreated());
    }

    String dashboard = "/productions/" + home.id();
    String advisor = list(read(home, "sam.safety", dashboard, "es"));
    assertThat(advisor).contains("El plan de armas de la escena 12A espera tu firma.")
        .contains("Firmar el plan de la escena 12A").contains(title);
    assertThat(advisor.contains("Un problema de seguridad de gravedad media espera que alguien lo dé por recibido: " + title + ".")
        || advisor.contains("sin que nadie lo dé por recibido")).as("the concern, waiting or climbed: " + advisor)
        .isTrue();
    assertThat(advisor).doesNotContain(ENGLISH);
    // The block the page asks for again says the same in Spanish (the climb may have moved on in between).
    assertThat(list(read(home, "sam.safety", dashboard + "/needs-you", "es")))
        .contains("El plan de armas de la escena 12A espera tu firma.").doesNotContain(ENGLISH);

    String actor = list(read(home, "eli.actor", dashboard, "es"));
    assertThat(actor).contains("La junta de seguridad de hoy para la escena 12A espera tu confirmación.")
        .contains("Confirmar la junta").doesNotContain(ENGLISH);

    String producer = list(read(home, "grace.producer", dashboard, "es"));
    assertThat(producer).contains("Una revisión de la gerencia espera tu respuesta por escrito: Grip ha presentado 3"
        + " reportes de seguridad en los últimos 14 días.").contains("Responder la revisión").doesNotContain(ENGLISH)
        .doesNotContain("management review");
    assertThat(read(home, "grace.producer", dashboard + "/reports/reviews", "es"))
        .contains("Grip ha presentado 3 reportes de seguridad en los últimos 14 días").doesNotContain("has filed");
    assertThat(mvc.perform(get("/api/productions/{p}/reports/reviews", home.id()).header("Authorization",
            crew.bearer(home.who("grace.producer"))).header("Accept-Language", "es")).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString()).as("the API answers the English as stored, and no words")
        .contains("Grip has filed 3 safety reports in the last 14 days").doesNotContain("whySaid");

    String picker = read(home, "sam.safety", "/", "es");
    String awayLine = line(picker, away.production.name());
    assertThat(awayLine).contains("El plan de armas de la escena 12A espera tu firma.")
        .contains("Firmar el plan de la escena 12A").doesNotContain(ENGLISH);
    assertThat(line(picker, home.production.name() + "<")).contains(title).doesNotContain(ENGLISH);

    String english = list(read(home, "sam.safety", dashboard, null));
    assertThat(english).contains("The weapon plan for scene 12A waits for your signature.")
        .contains("Sign the plan for scene 12A");
    assertThat(english.contains("A medium safety concern waits for someone to acknowledge it: " + title + ".")
        || english.contains("Hazard report (medium): " + title + ". Nobody has acknowledged it for"))
        .as("the concern in English, waiting or climbed: " + english).isTrue();
    assertThat(list(read(home, "eli.actor", dashboard, null)))
        .contains("Today&#39;s safety meeting for scene 12A waits for your acknowledgment.")
        .contains("Acknowledge the meeting");
    assertThat(list(read(home, "grace.producer", dashboard, null))).contains("A management review waits for your"
        + " written answer: Grip has filed 3 safety reports in the last 14 days.").contains("Answer the review");
    assertThat(line(read(home, "sam.safety", "/", null), away.production.name()))
        .contains("The weapon plan for scene 12A waits for your signature.");

    // Every item any module made for them says its English word for word, and has Spanish.
    int said = 0;
    for (String who : List.of("sam.safety", "eli.actor", "rosa.armorer", "dana.ad", "grace.producer")) {
      List<NeedsYou.Item> items = home.as(who, () -> needsYou.stream().flatMap(n -> n.of(home.id()).stream()).toList());
      for (NeedsYou.Item item : items) {
        said++;
        ReasonWords.saidAsWritten(item.whatSaid(), item.what());
        ReasonWords.saidAsWritten(item.actionSaid(), item.action());
      }
    }
    assertThat(said).as("a plan, a meeting and a concern wait for someone").isGreaterThanOrEqualTo(3);
  }

  /** The "needs you now" list alone, as the page has it. */
  private static String list(String page) {
    int start = page.indexOf("needs-you-list");
    assertThat(start).as("a list of what waits").isNotNegative();
    return page.substring(start, page.indexOf("</ol>", start));
  }

  /** One production's line on the productions page. */
  private static String line(String page, String production) {
    int start = page.indexOf(production);
    assertThat(start).as(production + " on the page").isNotNegative();
    return page.substring(start, page.indexOf("</li>", start));
  }

  private String read(PlanSet set, String who, String path, String language) throws Exception {
    var request = get(path).with(crew.signedIn(set.who(who)));
    if (language != null) {
      request = request.header("Accept-Language", language);
    }
    return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }
}
