package org.setsafe.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.setsafe.incident.IncidentsOnSet.json;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.ledger.Ledger;
import org.setsafe.ledger.LedgerEntry;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.setsafe.reporting.ReportEvents.InjuryReported;
import org.setsafe.reporting.Severity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * How incidents come in besides by hand: a hazard report or a stop-work that says someone was hurt opens one by
 * itself, once per fact, linked back to where it came from; an anonymous report's stays anonymous; and anyone holding
 * the production's public link opens one without an account, with a receipt and an hourly limit.
 */
@SetSafeTest
class HowIncidentsComeInTest {

  private static final Duration LANDS_WITHIN = Duration.ofSeconds(30);

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Ledger ledger;
  @Autowired Productions productions;
  @Autowired Accounts accounts;
  @Autowired Schedule schedule;
  @Autowired AutomaticIncidents automatic;

  private IncidentsOnSet set;

  @BeforeEach
  void callTime() {
    set = IncidentsOnSet.create(crew, mvc, productions, accounts, schedule, "Injury at Cerro Pelon");
  }

  @Test
  void aReportSayingSomeoneWasHurtOpensOneInjuryIncidentHoweverOftenItIsDelivered() throws Exception {
    // A report that says nothing about anyone hurt (an older client) opens no incident.
    set.post("tess.grip", "reports", """
        {"category":"RIGGING_HEIGHTS","severity":"MEDIUM","title":"Wobbly scaffold","description":"By the well"}""")
        .andExpect(status().isCreated()).andExpect(jsonPath("$.injury").value(false));
    String report = json(set.post("tess.grip", "reports", """
        {"category":"RIGGING_HEIGHTS","severity":"HIGH","title":"Fell from the scaffold",
         "description":"Marcus slipped off the second level, hurt his wrist","sceneId":"%s",
         "location":"The well, church set","injury":true}""".formatted(set.sceneId))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.injury").value(true)), "$.id");

    await().atMost(LANDS_WITHIN).untilAsserted(() -> set.get("sam.safety", "incidents")
        .andExpect(jsonPath("$.length()").value(1)));
    String incident = json(set.get("sam.safety", "incidents"), "$[0].id");
    set.get("sam.safety", "incidents/" + incident)
        .andExpect(jsonPath("$.kind").value("INJURY_OR_ILLNESS"))
        .andExpect(jsonPath("$.severity").value("HIGH"))
        .andExpect(jsonPath("$.where").value("The well, church set"))
        .andExpect(jsonPath("$.automatic").value(true))
        .andExpect(jsonPath("$.anonymous").value(false))
        .andExpect(jsonPath("$.source").value("reporting.injury-reported"))
        .andExpect(jsonPath("$.reportId").value(report))
        .andExpect(jsonPath("$.whatHappened").value("Someone was hurt, as a hazard report says: Fell from the "
            + "scaffold: Marcus slipped off the second level, hurt his wrist."))
        .andExpect(jsonPath("$.people[0].name").value("Tess Lindqvist"))
        .andExpect(jsonPath("$.people[0].involvement").value("REPORTER"))
        // The scene it happened on is held, like a weapon an incident names.
        .andExpect(jsonPath("$.holds[0].sceneId").value(set.sceneId.toString()));

    // The fact is delivered again (a retry from the event registry): still one incident.
    LedgerEntry fact = await().atMost(LANDS_WITHIN).until(() -> SystemActor.call(() -> ledger.history(set.id(),
        "report:" + report)).stream().filter(e -> e.kind().equals("reporting.injury-reported")).findFirst()
        .orElse(null), e -> e != null);
    InjuryReported again = new InjuryReported(fact.factId(), set.id(), set.userId("tess.grip"), fact.occurredAt(),
        UUID.fromString(report), Severity.HIGH, "Fell from the scaffold", "Marcus slipped", set.sceneId,
        "The well, church set", false);
    SystemActor.run(() -> automatic.on(again));
    SystemActor.run(() -> automatic.on(again));
    set.get("sam.safety", "incidents").andExpect(jsonPath("$.length()").value(1));
  }

  @Test
  void aStopWorkCitingAnInjuryOpensAnIncidentLinkedBackToIt() throws Exception {
    String stop = json(set.post("dana.ad", "reports/stop-work", """
        {"sceneId":"%s","reason":"Eli burned by a squib","injury":true}""".formatted(set.sceneId))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.injury").value(true)), "$.id");
    await().atMost(LANDS_WITHIN).untilAsserted(() -> set.get("tess.grip", "incidents")
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].kind").value("INJURY_OR_ILLNESS"))
        .andExpect(jsonPath("$[0].source").value("reporting.stop-work-cited-injury"))
        .andExpect(jsonPath("$[0].stopWorkId").value(stop))
        .andExpect(jsonPath("$[0].whatHappened").value(
            "Work was stopped on a scene because someone was hurt: Eli burned by a squib."))
        .andExpect(jsonPath("$[0].people[0].name").value("Dana Whitcombe"))
        .andExpect(jsonPath("$[0].holds[0].sceneId").value(set.sceneId.toString())));
  }

  @Test
  void anAnonymousReportOfAnInjuryOpensAnIncidentThatNamesNoOne() throws Exception {
    String token = token();
    String report = json(mvc.perform(MockMvcRequestBuilders.post("/api/public/productions/" + token + "/reports")
        .contentType(MediaType.APPLICATION_JSON).content("""
            {"category":"STUNTS","severity":"CRITICAL","title":"Stunt double hurt",
             "description":"The ratchet pulled too early","injury":true}""")).andExpect(status().isCreated()),
        "$.reportId");
    await().atMost(LANDS_WITHIN).untilAsserted(() -> set.get("sam.safety", "incidents")
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].reportId").value(report))
        .andExpect(jsonPath("$[0].severity").value("CRITICAL"))
        .andExpect(jsonPath("$[0].people.length()").value(0)));
    Instant opened = Instant.parse(json(set.get("sam.safety", "incidents"), "$[0].openedAt"));
    assertThat(opened.getEpochSecond() % 3600).as("opened to the hour, as the report").isZero();
  }

  @Test
  void anyoneWithThePublicLinkOpensAnIncidentAnonymouslyAndFollowsItWithTheReceipt() throws Exception {
    String token = token();
    String receipt = body(anonymous(token, """
        {"kind":"NEAR_MISS","severity":"HIGH","where":"Church set","whatHappened":"The gun was pointed at the lens",
         "people":[{"name":"the camera operator","involvement":"WITNESS"}],"sceneIds":["%s"]}"""
        .formatted(set.sceneId)).andExpect(status().isCreated()));
    String code = JsonPath.read(receipt, "$.receiptCode");
    String incident = JsonPath.read(receipt, "$.incidentId");
    assertThat(code.replace(" ", "")).hasSize(24).containsOnlyDigits();

    set.get("sam.safety", "incidents/" + incident)
        .andExpect(jsonPath("$.anonymous").value(true))
        .andExpect(jsonPath("$.automatic").value(false))
        .andExpect(jsonPath("$.openedBy").value("anonymous"))
        .andExpect(jsonPath("$.source").value("anonymous"))
        .andExpect(jsonPath("$.people.length()").value(1))
        .andExpect(jsonPath("$.people[0].name").value("the camera operator"))
        .andExpect(jsonPath("$.holds[0].sceneId").value(set.sceneId.toString()));
    Instant opened = Instant.parse(json(set.get("sam.safety", "incidents/" + incident), "$.openedAt"));
    assertThat(opened.getEpochSecond() % 3600).isZero();
    // The evidence is pinned as for any incident.
    await().atMost(LANDS_WITHIN).untilAsserted(() -> set.get("sam.safety", "incidents/" + incident)
        .andExpect(jsonPath("$.evidence.treeSize").isNumber()));

    follow(code).andExpect(status().isOk()).andExpect(jsonPath("$.incidentId").value(incident))
        .andExpect(jsonPath("$.kind").value("NEAR_MISS")).andExpect(jsonPath("$.evidencePreserved").value(true))
        .andExpect(jsonPath("$.holds").value(1));
    follow("1111 2222 3333 4444 5555 6666").andExpect(status().isNotFound());
    anonymous("not-a-link-at-all-but-long", "{\"kind\":\"OTHER\"}").andExpect(status().isNotFound());
  }

  @Test
  void badAnonymousInputIsRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
    String token = token();
    anonymous(token, """
        {"kind":"OTHER","severity":"LOW","where":"Stage 2","whatHappened":"Sandbag fell\\u0000"}""")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("whatHappened"));
    anonymous(token, """
        {"kind":"OTHER","severity":"LOW","where":"Stage\\u0000 2","whatHappened":"Sandbag fell"}""")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("where"));
    anonymous(token, """
        {"kind":"OTHER","severity":"LOW","where":"Stage 2","whatHappened":"Sandbag fell",
         "people":[{"name":"Tess\\u0000","involvement":"INJURED"}]}""")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("people[0].name"));
    anonymous(token, """
        {"kind":"OTHER","severity":"LOW","where":"Stage 2","whatHappened":"Sandbag fell",
         "people":[{"userId":"%s","involvement":"INJURED"}]}""".formatted(set.userId("tess.grip")))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("people[0].userId"))
        .andExpect(jsonPath("$.errors[0].rule").value("Anonymous"));
    anonymous(token, """
        {"kind":"EXPLOSION","severity":"LOW","where":"Stage 2","whatHappened":"Sandbag fell"}""")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"));
    anonymous(token, """
        {"kind":"OTHER","severity":"LOW","where":"Stage 2","whatHappened":"Sandbag fell","sceneIds":["%s"]}"""
        .formatted(UUID.randomUUID()))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("sceneIds"));
    // A report saying someone was hurt, with a NUL in its words: refused whole, so no incident either.
    set.post("tess.grip", "reports", """
        {"category":"OTHER","severity":"LOW","title":"Hurt\\u0000","description":"d","injury":true}""")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("title"));
    set.post("tess.grip", "reports/stop-work", """
        {"sceneId":"%s","reason":"Hurt\\u0000","injury":true}""".formatted(set.sceneId))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
    set.get("sam.safety", "incidents").andExpect(jsonPath("$.length()").value(0));
    set.get("sam.safety", "reports").andExpect(jsonPath("$.length()").value(0));
    set.get("sam.safety", "reports/stop-work").andExpect(jsonPath("$.length()").value(0));
  }

  @Test
  void theLinkTakesAFewAnonymousIncidentsAnHourAndThenAsksToWait() throws Exception {
    String token = token();
    for (int i = 0; i < 10; i++) {
      anonymous(token, """
          {"kind":"OTHER","severity":"LOW","where":"Stage 2","whatHappened":"Report %d"}""".formatted(i))
          .andExpect(status().isCreated());
    }
    anonymous(token, """
        {"kind":"OTHER","severity":"LOW","where":"Stage 2","whatHappened":"One too many"}""")
        .andExpect(status().isTooManyRequests())
        .andExpect(jsonPath("$.errors[0].field").value("publicLink"))
        .andExpect(jsonPath("$.errors[0].rule").value("RateLimit"));
    set.get("sam.safety", "incidents").andExpect(jsonPath("$.length()").value(10));
  }

  private String token() throws Exception {
    return json(set.get("tess.grip", "reports/public-link").andExpect(status().isOk()), "$.token");
  }

  private ResultActions anonymous(String token, String json) throws Exception {
    return mvc.perform(MockMvcRequestBuilders.post("/api/public/productions/" + token + "/incidents")
        .contentType(MediaType.APPLICATION_JSON).content(json));
  }

  private ResultActions follow(String code) throws Exception {
    return mvc.perform(MockMvcRequestBuilders.post("/api/public/receipts/incident")
        .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"" + code + "\"}"));
  }

  private static String body(ResultActions call) throws Exception {
    return call.andReturn().getResponse().getContentAsString();
  }
}
