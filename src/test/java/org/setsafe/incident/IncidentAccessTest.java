package org.setsafe.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.setsafe.incident.IncidentsOnSet.json;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.ledger.Ledger;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who may open an incident and read it: anyone on the crew opens one by hand; medical details are read by the
 * safety advisor, the UPM or producer and the injured person only, on the server and whatever the page shows; bad
 * input is a problem naming the field; and nothing of an incident is ever changed in the database.
 */
@SetSafeTest
class IncidentAccessTest {

  private static final String MEDICAL = "Cut to the left forearm from the flying glass, four stitches at the clinic";

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Ledger ledger;
  @Autowired Productions productions;
  @Autowired Accounts accounts;
  @Autowired Schedule schedule;
  @Autowired JdbcClient jdbc;

  private IncidentsOnSet set;

  @BeforeEach
  void callTime() {
    set = IncidentsOnSet.create(crew, mvc, productions, accounts, schedule, "Glass at Cerro Pelon");
  }

  @Test
  void anyCrewMemberOpensAnIncidentAndOnlyThoseWhoNeedThemReadTheMedicalDetails() throws Exception {
    String incident = json(set.post("tess.grip", "incidents", """
        {"kind":"INJURY_OR_ILLNESS","severity":"HIGH","where":"Church set, by the breakaway window",
         "whatHappened":"The breakaway window shattered early and glass hit the camera operator",
         "people":[{"userId":"%s","involvement":"INJURED"},{"name":"Ray Chen (visiting driver)","involvement":"WITNESS"}],
         "medicalDetails":"%s","sceneIds":["%s"]}""".formatted(set.userId("marcus.camera"), MEDICAL, set.sceneId))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.automatic").value(false))
        .andExpect(jsonPath("$.openedBy").value("Tess Lindqvist"))
        .andExpect(jsonPath("$.people.length()").value(3))
        .andExpect(jsonPath("$.people[0].name").value("Marcus Oyelaran"))
        .andExpect(jsonPath("$.people[2].involvement").value("REPORTER"))
        .andExpect(jsonPath("$.medicalDetailsKept").value(true))
        .andExpect(jsonPath("$.mayReadMedicalDetails").value(false)), "$.id");
    // The ledger is pinned right after the incident is committed, in a transaction of its own.
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> set.get("tess.grip", "incidents/" + incident)
        .andExpect(jsonPath("$.evidence.treeSize").isNumber()));

    // Nowhere in what the crew reads: not the incident, not the list, not the ledger.
    assertThat(body(set.get("eli.actor", "incidents/" + incident))).doesNotContain("stitches");
    assertThat(body(set.get("eli.actor", "incidents"))).doesNotContain("stitches");
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
        SystemActor.call(() -> ledger.history(set.id(), "incident:" + incident)))
        .anySatisfy(e -> assertThat(e.kind()).isEqualTo("incident.opened")));
    SystemActor.run(() -> ledger.history(set.id(), "incident:" + incident)
        .forEach(e -> assertThat(e.toString()).doesNotContain("stitches")));

    for (String reader : new String[] {"sam.safety", "leo.upm", "grace.producer", "marcus.camera"}) {
      set.get(reader, "incidents/" + incident + "/medical").andExpect(status().isOk())
          .andExpect(jsonPath("$.details").value(MEDICAL))
          .andExpect(jsonPath("$.recordedBy").value("Tess Lindqvist"));
      set.get(reader, "incidents/" + incident).andExpect(jsonPath("$.mayReadMedicalDetails").value(true));
    }
    // The person who opened it, another performer, the 1st AD and studio safety may not.
    for (String refused : new String[] {"tess.grip", "eli.actor", "dana.ad", "demo.studio"}) {
      set.get(refused, "incidents/" + incident + "/medical").andExpect(status().isForbidden())
          .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("injured person")));
    }
    // Someone not on the production does not learn it exists.
    set.get("june.actor", "incidents/" + incident).andExpect(status().isNotFound());
    set.get("june.actor", "incidents/" + incident + "/medical").andExpect(status().isNotFound());
    set.post("june.actor", "incidents", "{}").andExpect(status().isNotFound());
    // Studio safety reads the incident but opens none: the crew records what happens on set.
    set.get("demo.studio", "incidents/" + incident).andExpect(status().isOk());
    set.post("demo.studio", "incidents", "{\"kind\":\"OTHER\"}").andExpect(status().isForbidden());
  }

  @Test
  void badInputIsAProblemNamingTheField() throws Exception {
    String good = "\"severity\":\"LOW\",\"where\":\"Base camp\",\"whatHappened\":\"A light stand tipped over\"";
    set.post("tess.grip", "incidents", "{" + good + "}").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("kind"));
    set.post("tess.grip", "incidents", "{\"kind\":\"BAD_DAY\"," + good + "}").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("kind"));
    set.post("tess.grip", "incidents", "{\"kind\":\"NEAR_MISS\",\"severity\":\"LOW\",\"whatHappened\":\"x\"}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("where"));
    set.post("tess.grip", "incidents", "{\"kind\":\"NEAR_MISS\"," + good + ",\"happenedAt\":\"2999-01-01T00:00:00Z\"}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("happenedAt"));
    set.post("tess.grip", "incidents", "{\"kind\":\"NEAR_MISS\"," + good + ",\"people\":[{\"userId\":\""
            + UUID.randomUUID() + "\",\"involvement\":\"WITNESS\"}]}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("people[0].userId"));
    set.post("tess.grip", "incidents", "{\"kind\":\"NEAR_MISS\"," + good + ",\"people\":[{\"name\":\"Ray\"}]}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("people[0].involvement"));
    set.post("tess.grip", "incidents", "{\"kind\":\"NEAR_MISS\"," + good + ",\"medicalDetails\":\"Bruised\"}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("medicalDetails"));
    set.post("tess.grip", "incidents", "{\"kind\":\"NEAR_MISS\"," + good + ",\"weaponIds\":[\"" + UUID.randomUUID()
            + "\"]}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("weaponIds"));
    set.post("tess.grip", "incidents", "{\"kind\":\"NEAR_MISS\"," + good + ",\"sceneIds\":[\"" + UUID.randomUUID()
            + "\"]}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("sceneIds"));
    set.get("tess.grip", "incidents").andExpect(jsonPath("$.length()").value(0));
  }

  @Test
  void anIncidentOpenedByHandHoldsTheWeaponItNamesThroughCustody() throws Exception {
    String revolver = set.receivedRevolver();
    String opened = body(set.post("dana.ad", "incidents", """
        {"kind":"NEAR_MISS","severity":"HIGH","where":"Church set","whatHappened":"Revolver pointed at the lens in rehearsal",
         "weaponIds":["%s"]}""".formatted(revolver)).andExpect(status().isCreated())
        .andExpect(jsonPath("$.holds[0].weaponId").value(revolver))
        .andExpect(jsonPath("$.holds[0].placedByThisIncident").value(true)));
    String hold = com.jayway.jsonpath.JsonPath.read(opened, "$.holds[0].holdId");
    set.get("grace.producer", "custody/board").andExpect(jsonPath("$.firearmsHold.active").value(true))
        .andExpect(jsonPath("$.firearmsHold.openFinds[0].liveRoundFoundId").value(hold))
        .andExpect(jsonPath("$.firearmsHold.openFinds[0].cause").value("INCIDENT"));
  }

  @Test
  void theDatabaseRefusesToChangeAnIncident() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(org.setsafe.TestDatabase.isPostgres(),
        "H2 has no triggers refusing change (README: what the embedded database does and does not promise)");
    String incident = json(set.post("tess.grip", "incidents", """
        {"kind":"PROPERTY_DAMAGE","severity":"LOW","where":"Base camp","whatHappened":"Generator cable cut"}""")
        .andExpect(status().isCreated()), "$.id");
    // The pin is written just after the incident commits; a row-level trigger only refuses rows that are there.
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> set.get("tess.grip", "incidents/" + incident)
        .andExpect(jsonPath("$.evidence.treeSize").isNumber()));
    for (String sql : new String[] {"UPDATE incident SET what_happened = 'nothing' WHERE id = ?",
        "DELETE FROM incident_person WHERE incident_id = ?", "DELETE FROM incident_evidence_pin WHERE incident_id = ?"}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(sql).param(UUID.fromString(incident)).update())
          .hasStackTraceContaining("SetSafe incident records are append-only");
    }
  }

  private static String body(org.springframework.test.web.servlet.ResultActions call) throws Exception {
    return call.andReturn().getResponse().getContentAsString();
  }
}
