package org.setsafe.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.LedgerLanding;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Production;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.setsafe.protocol.WeaponPlanRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A Spanish reader reads a production's ledger and a person's history in Spanish: each fact a Spanish sentence, its
 * kind a Spanish label rather than a code; an English reader reads the sentences as they always were.
 */
@SetSafeTest
class LedgerPageInTheReadersWordsTest {

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Productions productions;
  @Autowired Schedule schedule;
  @Autowired JdbcTemplate jdbc;
  @Autowired WeaponPlanRules rules;

  @Test
  void aSpanishReaderReadsEachFactInSpanishAndAnEnglishReaderAsBefore() throws Exception {
    Production production = SystemActor.call(() -> productions.create("Palabras "
        + UUID.randomUUID().toString().substring(0, 6), "UTC"));
    SystemActor.run(() -> productions.addMember(production.id(), "sam.safety", Set.of(CrewRole.SAFETY_ADVISOR),
        "Safety"));
    SystemActor.run(() -> productions.addMember(production.id(), "dana.ad", Set.of(CrewRole.FIRST_AD),
        "Assistant directors"));
    SystemActor.run(() -> schedule.scheduleDay(production.id(), LocalDate.of(2027, 3, 2), LocalTime.of(7, 0),
        "Rancho Sierra", LocalTime.of(13, 0), LocalTime.of(19, 0)));
    LedgerLanding.awaitFactsOf(jdbc, production.id());
    String dana = crew.account("dana.ad").displayName();
    String ledger = "/productions/" + production.id() + "/ledger";

    String spanish = page(ledger, "es");
    assertThat(spanish).contains("SetSafe agregó a " + dana + " al equipo.",
            "SetSafe programó un día de rodaje el 2027-03-02 en Rancho Sierra.",
            "SetSafe fijó la hora de comida y el fin de un día de rodaje.",
            "Día de rodaje planeado", "Agregado al equipo")
        .doesNotContain("to the crew", "scheduled a shooting day", "planned the meal break");
    // The kind's code shows beside its label (and in the signed record), never in place of the label.
    assertThat(spanish).contains("<span>Día de rodaje planeado</span>", "<code>production.shooting-day-planned</code>")
        .doesNotContain("<span>production.shooting-day-planned</span>");

    String history = page("/productions/" + production.id() + "/history/user:" + crew.id("dana.ad"), "es");
    assertThat(history).contains("SetSafe agregó a " + dana + " al equipo.").doesNotContain("to the crew");

    String english = page(ledger, "en");
    assertThat(english).contains("SetSafe added " + dana + " to the crew.",
            "SetSafe scheduled a shooting day on 2027-03-02 at Rancho Sierra.",
            "SetSafe planned the meal break and wrap of a shooting day.", "Shooting day planned")
        .doesNotContain("agregó", "rodaje");
  }

  @Test
  void anOlderKindReadsInSpanishWithItsLabelAndInEnglishAsItAlwaysDid() throws Exception {
    Production production = SystemActor.call(() -> productions.create("Reglas "
        + UUID.randomUUID().toString().substring(0, 6), "UTC"));
    SystemActor.run(() -> productions.addMember(production.id(), "sam.safety", Set.of(CrewRole.SAFETY_ADVISOR),
        "Safety"));
    crew.as("sam.safety", () -> rules.setMinBlankDistanceFeet(production.id(), 30));
    LedgerLanding.awaitFactsOf(jdbc, production.id());
    String sam = crew.account("sam.safety").displayName();
    String ledger = "/productions/" + production.id() + "/ledger";

    String spanish = page(ledger, "es");
    assertThat(spanish).contains(sam + ": reglas del plan de armas fijadas.",
            "<span>Reglas del plan de armas fijadas</span>", "<code>protocol.plan-rules-set</code>")
        .doesNotContain("plan rules set", "<span>protocol.plan-rules-set</span>");

    // The production's own history: the rules are a fact about the production, not about a person.
    String history = page("/productions/" + production.id() + "/history/production:" + production.id(), "es");
    assertThat(history).contains(sam + ": reglas del plan de armas fijadas.").doesNotContain("plan rules set");

    String english = page(ledger, "en");
    assertThat(english).contains(sam + ": plan rules set.", "<span>Plan rules set</span>")
        .doesNotContain("reglas del plan");
  }

  @Test
  void aSceneIsNamedInTheReadersWordsOnThePageAndAsRecordedInTheRecordsSentence() throws Exception {
    Production production = SystemActor.call(() -> productions.create("Escenas "
        + UUID.randomUUID().toString().substring(0, 6), "UTC"));
    SystemActor.run(() -> productions.addMember(production.id(), "sam.safety", Set.of(CrewRole.SAFETY_ADVISOR),
        "Safety"));
    SystemActor.call(() -> {
      var day = schedule.scheduleDay(production.id(), LocalDate.of(2027, 3, 2), LocalTime.of(7, 0), "Rancho Sierra");
      var scene = schedule.addScene(production.id(), "12A", "Church interior", day.id());
      return schedule.markHazards(production.id(), scene.id(), Set.of(org.setsafe.production.Hazard.FIREARMS));
    });
    LedgerLanding.awaitFactsOf(jdbc, production.id());
    String ledger = "/productions/" + production.id() + "/ledger";

    assertThat(page(ledger, "es")).contains("SetSafe marcó los peligros de la escena 12A.")
        .doesNotContain("de scene 12A");
    assertThat(page(ledger, "en")).contains("SetSafe marked the hazards of scene 12A.");
  }

  private String page(String path, String language) throws Exception {
    return mvc.perform(get(path).with(crew.signedIn("sam.safety")).header("Accept-Language", language))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
  }
}
