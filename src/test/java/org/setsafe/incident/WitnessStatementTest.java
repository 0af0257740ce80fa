package org.setsafe.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.setsafe.incident.IncidentsOnSet.json;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestDatabase;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.ledger.Ledger;
import org.setsafe.ledger.LedgerEntry;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Witness statements after a breakaway window shattered early on the church set: the camera operator gives his
 * statement from his phone, the safety advisor records the actor's and the actor confirms it, corrections become new
 * versions beside the old, only the investigators and the witness read the words, the ledger keeps each version's
 * hash and never the words, and bad input is a problem naming the field.
 */
@SetSafeTest
@ExtendWith(OutputCaptureExtension.class)
class WitnessStatementTest {

  private static final Duration LANDS_WITHIN = Duration.ofSeconds(30);
  private static final String MARCUS_SAW = "I was on the dolly at the window. The glass went before the cue, "
      + "about two seconds early; the effects tech was still counting down.";

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Ledger ledger;
  @Autowired Productions productions;
  @Autowired Accounts accounts;
  @Autowired Schedule schedule;
  @Autowired JdbcClient jdbc;
  @Autowired InvestigationRecord investigation;
  @Autowired StatementsOnRecord addedLater;
  @Autowired List<ReportSection> sections;

  private IncidentsOnSet set;
  private String incident;

  @BeforeEach
  void theWindowShattered() throws Exception {
    set = IncidentsOnSet.create(crew, mvc, productions, accounts, schedule, "Window at Cerro Pelon");
    incident = json(set.post("tess.grip", "incidents", """
        {"kind":"NEAR_MISS","severity":"HIGH","where":"Church set, by the breakaway window",
         "whatHappened":"The breakaway window shattered before its cue, next to the camera",
         "people":[{"userId":"%s","involvement":"WITNESS"},{"userId":"%s","involvement":"WITNESS"}]}"""
        .formatted(set.userId("marcus.camera"), set.userId("eli.actor"))).andExpect(status().isCreated()), "$.id");
  }

  @Test
  void aWitnessGivesHisStatementFromHisPhoneAndOnlyTheInvestigatorsAndHeReadIt(CapturedOutput output)
      throws Exception {
    String statement = json(give("marcus.camera", MARCUS_SAW, "2026-01-01T10:00:00Z")
        .andExpect(status().isCreated())
        .andExpect(header().string("Cache-Control", containsString("no-store")))
        .andExpect(jsonPath("$.witness").value("Marcus Oyelaran"))
        .andExpect(jsonPath("$.witnessUserId").value(set.userId("marcus.camera").toString()))
        .andExpect(jsonPath("$.latestVersion").value(1))
        .andExpect(jsonPath("$.standing").value("In the witness's own words"))
        .andExpect(jsonPath("$.awaitingConfirmation").value(false))
        .andExpect(jsonPath("$.versions[0].words").value(MARCUS_SAW))
        .andExpect(jsonPath("$.versions[0].about").value("2026-01-01T10:00:00Z"))
        .andExpect(jsonPath("$.versions[0].recordedBy").value("Marcus Oyelaran")), "$.id");

    // The investigators read every statement, the witness his own.
    for (String reader : new String[] {"sam.safety", "leo.upm", "grace.producer", "demo.studio", "marcus.camera"}) {
      statements(reader).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
          .andExpect(jsonPath("$[0].versions[0].words").value(MARCUS_SAW));
      set.get(reader, path(statement)).andExpect(status().isOk())
          .andExpect(jsonPath("$.versions[0].words").value(MARCUS_SAW));
    }
    // The rest of the crew, the 1st AD and the armorer included, do not; each refusal is logged.
    for (String refused : new String[] {"eli.actor", "dana.ad", "rosa.armorer", "tess.grip"}) {
      set.get(refused, path(statement)).andExpect(status().isForbidden())
          .andExpect(jsonPath("$.detail").value(containsString("investigators")));
      assertThat(body(statements(refused))).doesNotContain("dolly");
    }
    assertThat(output).contains("access refused: user=" + set.user("dana.ad") + " request=statement " + statement);
    // Not in the incident either, which the whole crew reads.
    assertThat(body(set.get("tess.grip", "incidents/" + incident))).doesNotContain("dolly");

    // Someone not on the production does not learn the incident or the statement exist.
    set.get("june.actor", path(statement)).andExpect(status().isNotFound());
    statements("june.actor").andExpect(status().isNotFound());
    give("june.actor", "I saw it", null).andExpect(status().isNotFound());
    set.post("june.actor", path(statement) + "/confirm", "{\"version\":1}").andExpect(status().isNotFound());
    set.post("june.actor", path(statement) + "/versions", "{\"supersedes\":1,\"words\":\"x\"}")
        .andExpect(status().isNotFound());
    set.get("sam.safety", path(UUID.randomUUID().toString())).andExpect(status().isNotFound());

    // One statement per witness: more is a new version of it.
    give("marcus.camera", "Also: the squib wire was taped to the frame", null).andExpect(status().isConflict())
        .andExpect(jsonPath("$.errors[0].field").value("witnessUserId"));
    // Studio safety reads but gives no statement of its own on a crew it is not on.
    give("demo.studio", "Seen on the monitor", null).andExpect(status().isForbidden());
  }

  @Test
  void anInvestigatorRecordsTheActorsStatementAndOnlyTheActorConfirmsIt() throws Exception {
    String eli = set.userId("eli.actor").toString();
    String statement = json(set.post("sam.safety", "incidents/" + incident + "/statements/recorded",
            "{\"witnessUserId\":\"" + eli + "\",\"words\":\"Eli says he was two paces from the window.\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.witness").value("Eli Navarro"))
        .andExpect(jsonPath("$.standing").value("Recorded by Samira Haddad, not yet confirmed by the witness"))
        .andExpect(jsonPath("$.awaitingConfirmation").value(true))
        .andExpect(jsonPath("$.mayConfirm").value(false)), "$.id");
    set.get("eli.actor", path(statement)).andExpect(jsonPath("$.mayConfirm").value(true));

    // Nobody but the witness confirms: not the investigator who wrote it down, not a crew member.
    for (String notTheWitness : new String[] {"sam.safety", "tess.grip"}) {
      set.post(notTheWitness, path(statement) + "/confirm", "{\"version\":1}").andExpect(status().isForbidden());
    }
    set.post("eli.actor", path(statement) + "/confirm", "{}").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("version"));
    set.post("eli.actor", path(statement) + "/confirm", "{\"version\":1}").andExpect(status().isOk())
        .andExpect(jsonPath("$.standing").value("Recorded by Samira Haddad, confirmed by the witness"))
        .andExpect(jsonPath("$.versions[0].confirmed").value(true))
        .andExpect(jsonPath("$.versions[0].confirmedAt").isNotEmpty());
    // Once.
    set.post("eli.actor", path(statement) + "/confirm", "{\"version\":1}").andExpect(status().isConflict())
        .andExpect(jsonPath("$.rule").value("incident.statement-confirmed-by-the-witness"))
        .andExpect(jsonPath("$.refusalId").exists());

    // A driver from outside the crew is named; nobody confirms in SetSafe for him.
    set.post("leo.upm", "incidents/" + incident + "/statements/recorded",
            "{\"witnessName\":\"Ray Chen (visiting driver)\",\"words\":\"Heard a crack, then glass on the road.\"}")
        .andExpect(status().isCreated()).andExpect(jsonPath("$.fromOutsideTheCrew").value(true))
        .andExpect(jsonPath("$.witnessUserId").isEmpty())
        .andExpect(jsonPath("$.standing").value("Recorded by Leo Park for a witness from outside the crew"));
    // Only investigators record for someone else; and the witness is on this production or named.
    set.post("dana.ad", "incidents/" + incident + "/statements/recorded",
        "{\"witnessName\":\"Ray\",\"words\":\"x\"}").andExpect(status().isForbidden());
    set.post("sam.safety", "incidents/" + incident + "/statements/recorded",
            "{\"witnessUserId\":\"" + crew.id("june.actor") + "\",\"words\":\"x\"}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("witnessUserId"))
        .andExpect(jsonPath("$.errors[0].rule").value("OnTheCrew"));
    set.post("sam.safety", "incidents/" + incident + "/statements/recorded", "{\"words\":\"x\"}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("witnessName"));
    statements("sam.safety").andExpect(jsonPath("$.length()").value(2));
  }

  @Test
  void aCorrectionIsANewVersionAndEveryVersionStays() throws Exception {
    String statement = json(give("marcus.camera", MARCUS_SAW, null).andExpect(status().isCreated()), "$.id");
    String corrected = MARCUS_SAW.replace("two seconds", "a second");
    set.post("marcus.camera", path(statement) + "/versions",
            "{\"supersedes\":1,\"words\":\"" + corrected + "\"}").andExpect(status().isCreated())
        .andExpect(jsonPath("$.latestVersion").value(2))
        .andExpect(jsonPath("$.versions.length()").value(2))
        .andExpect(jsonPath("$.versions[0].version").value(2))
        .andExpect(jsonPath("$.versions[0].words").value(corrected))
        .andExpect(jsonPath("$.versions[0].superseded").value(false))
        .andExpect(jsonPath("$.versions[1].words").value(MARCUS_SAW))
        .andExpect(jsonPath("$.versions[1].superseded").value(true));
    // Correcting a version someone has since corrected is refused, and the refusal recorded.
    set.post("sam.safety", path(statement) + "/versions", "{\"supersedes\":1,\"words\":\"Other words\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.rule").value("incident.statement-corrects-the-latest"))
        .andExpect(jsonPath("$.errors[0].field").value("supersedes"));
    // The safety advisor writes down what he added in the interview; he confirms it, then it is his.
    set.post("sam.safety", path(statement) + "/versions",
            "{\"supersedes\":2,\"words\":\"" + corrected + " He saw smoke at the frame first.\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.standing").value("Recorded by Samira Haddad, not yet confirmed by the witness"));
    set.post("marcus.camera", path(statement) + "/confirm", "{\"version\":2}").andExpect(status().isConflict())
        .andExpect(jsonPath("$.rule").value("incident.statement-corrects-the-latest"));
    set.post("marcus.camera", path(statement) + "/confirm", "{\"version\":3}").andExpect(status().isOk());
    // Another crew member corrects nobody's statement.
    set.post("eli.actor", path(statement) + "/versions", "{\"supersedes\":3,\"words\":\"x\"}")
        .andExpect(status().isForbidden());

    // All three versions are rows of their own, the first as it was given.
    assertThat(jdbc.sql("SELECT words FROM incident_statement_version WHERE statement_id = ? ORDER BY version")
        .param(UUID.fromString(statement)).query(String.class).list())
        .hasSize(3).first().isEqualTo(MARCUS_SAW);

    // The seams the rest of the investigation reads.
    assertThat(investigation.hasStatement(UUID.fromString(incident), UUID.fromString(statement))).isTrue();
    assertThat(investigation.hasStatement(UUID.randomUUID(), UUID.fromString(statement))).isFalse();
    List<AddedLater.Entry> entries = addedLater.addedTo(UUID.fromString(incident));
    assertThat(entries).hasSize(3).allSatisfy(e -> {
      assertThat(e.kind()).isEqualTo("Statement");
      assertThat(e.personIds()).containsExactly(set.userId("marcus.camera"));
    });
    ReportSection section = sections.stream().filter(s -> s.position() == 30).findFirst().orElseThrow();
    assertThat(section.heading()).isEqualTo("Statements");
    List<List<String>> rows = section.rows(UUID.fromString(incident));
    assertThat(rows.get(0)).containsExactly("Witness", "Version", "Given at", "Recorded by", "Confirmed", "The words");
    assertThat(rows).hasSize(4);
    assertThat(rows.get(1)).containsExactly("Marcus Oyelaran", "1 (superseded)", rows.get(1).get(2), "Marcus Oyelaran",
        "Own words", MARCUS_SAW);
    assertThat(rows.get(3).get(3)).isEqualTo("Samira Haddad");
    assertThat(rows.get(3).get(4)).startsWith("Yes, ");
    assertThat(section.rows(UUID.randomUUID())).isEmpty();
  }

  @Test
  void theLedgerKeepsEachVersionsHashAndNeverTheWords() throws Exception {
    String statement = json(give("marcus.camera", MARCUS_SAW, null).andExpect(status().isCreated()), "$.id");
    set.post("marcus.camera", path(statement) + "/versions", "{\"supersedes\":1,\"words\":\"Second thoughts: "
        + "the countdown had finished.\"}").andExpect(status().isCreated());
    await().atMost(LANDS_WITHIN).untilAsserted(() -> assertThat(history(statement)).map(LedgerEntry::kind)
        .containsExactly("incident.statement-given", "incident.statement-given"));
    // Both were given in the same instant on the test's clock: told apart by their version, not their order.
    List<LedgerEntry> given = history(statement).stream()
        .sorted(java.util.Comparator.comparing(e -> e.leaf().contains("\"version\":1,") ? 0 : 1)).toList();
    assertThat(given.get(0).leaf()).contains(sha256(MARCUS_SAW)).contains(set.userId("marcus.camera").toString())
        .contains("\"version\":1").doesNotContain("dolly");
    assertThat(given.get(1).leaf()).contains(sha256("Second thoughts: the countdown had finished."))
        .contains("\"supersedes\":1").doesNotContain("countdown");
  }

  @Test
  void badInputIsAProblemNamingTheFieldAndNothingIsWritten() throws Exception {
    give("marcus.camera", null, null).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("words")).andExpect(jsonPath("$.errors[0].rule").value("Size"));
    set.post("marcus.camera", "incidents/" + incident + "/statements", "").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("words"));
    give("marcus.camera", "   ", null).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("words"));
    give("marcus.camera", "x".repeat(10001), null).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].rule").value("Size"));
    give("marcus.camera", "I saw it", "2999-01-01T00:00:00Z").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("about"));
    // NUL and the other control characters, anywhere in the words or the name, are refused by name; never a 500.
    for (String bad : new String[] {"\\u0000", "\\u0007", "\\u001b", "\\u009f"}) {
      for (String at : new String[] {bad + "I saw it", "I saw" + bad + " it", "I saw it" + bad}) {
        set.post("marcus.camera", "incidents/" + incident + "/statements", "{\"words\":\"" + at + "\"}")
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("words"))
            .andExpect(jsonPath("$.errors[0].rule").value("NoControlCharacters"));
        set.post("sam.safety", "incidents/" + incident + "/statements/recorded",
                "{\"witnessName\":\"Ray" + at + "\",\"words\":\"Heard it\"}")
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("witnessName"))
            .andExpect(jsonPath("$.errors[0].rule").value("NoControlCharacters"));
      }
    }
    statements("sam.safety").andExpect(jsonPath("$.length()").value(0));

    String statement = json(give("marcus.camera", MARCUS_SAW, null).andExpect(status().isCreated()), "$.id");
    set.post("marcus.camera", path(statement) + "/versions", "{\"words\":\"x\"}").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("supersedes"));
    set.post("marcus.camera", path(statement) + "/versions", "{\"supersedes\":1,\"words\":\"a\\u0000b\"}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("words"));
    set.get("marcus.camera", path(statement)).andExpect(jsonPath("$.versions.length()").value(1));
  }

  @Test
  void theDatabaseRefusesToChangeOrDeleteAStatement() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabase.isPostgres(),
        "H2 has no triggers refusing change (README: what the embedded database does and does not promise)");
    String eli = set.userId("eli.actor").toString();
    String statement = json(set.post("sam.safety", "incidents/" + incident + "/statements/recorded",
        "{\"witnessUserId\":\"" + eli + "\",\"words\":\"Two paces from the window.\"}")
        .andExpect(status().isCreated()), "$.id");
    set.post("eli.actor", path(statement) + "/confirm", "{\"version\":1}").andExpect(status().isOk());
    UUID id = UUID.fromString(statement);
    for (String sql : new String[] {"UPDATE incident_statement_version SET words = 'nothing' WHERE statement_id = ?",
        "DELETE FROM incident_statement_version WHERE statement_id = ?",
        "DELETE FROM incident_statement_confirmation WHERE version_id IN "
            + "(SELECT id FROM incident_statement_version WHERE statement_id = ?)"}) {
      assertThatThrownBy(() -> jdbc.sql(sql).param(id).update())
          .hasStackTraceContaining("SetSafe incident records are append-only");
    }
  }

  @Test
  void thePagesSayWhatIsWrongInWordsRefuseAFormWithoutItsTokenAndShowStrangersNothing() throws Exception {
    String page = "/productions/" + set.id() + "/incidents/" + incident;
    mvc.perform(get(page + "/statements/give").with(crew.signedIn(set.user("marcus.camera"))))
        .andExpect(status().isOk()).andExpect(content().string(containsString("Give your statement")));
    mvc.perform(post(page + "/statements/give").with(crew.signedIn(set.user("marcus.camera"))).with(csrf())
            .param("words", "I saw\u0000 it"))
        .andExpect(status().isBadRequest())
        // Refused at the door for every form, in words that name the field and what to do.
        .andExpect(content().string(containsString("words contains an invisible control character")));
    mvc.perform(post(page + "/statements/give").with(crew.signedIn(set.user("marcus.camera")))
        .param("words", "No token")).andExpect(status().is3xxRedirection()); // sent back to a page, nothing kept
    mvc.perform(post(page + "/statements/record").with(crew.signedIn(set.user("dana.ad"))).with(csrf())
        .param("witnessName", "Ray").param("words", "Heard it")).andExpect(status().isForbidden());
    statements("sam.safety").andExpect(jsonPath("$.length()").value(0));
    mvc.perform(get(page).with(crew.signedIn("june.actor"))).andExpect(status().isNotFound());
    mvc.perform(get(page + "/statements").with(crew.signedIn("june.actor"))).andExpect(status().isNotFound());
    String statement = json(give("marcus.camera", MARCUS_SAW, null).andExpect(status().isCreated()), "$.id");
    mvc.perform(get(page + "/statements/" + statement).with(crew.signedIn(set.user("dana.ad"))))
        .andExpect(status().isForbidden()).andExpect(content().string(not(containsString("dolly"))));
    mvc.perform(get(page + "/statements/" + statement).with(crew.signedIn(set.user("sam.safety"))))
        .andExpect(status().isOk()).andExpect(content().string(containsString("dolly")))
        .andExpect(header().string("Cache-Control", containsString("no-store")));
  }

  private ResultActions give(String who, String words, String about) throws Exception {
    String body = "{" + (words == null ? "" : "\"words\":\"" + words + "\"")
        + (about == null ? "" : (words == null ? "" : ",") + "\"about\":\"" + about + "\"") + "}";
    return set.post(who, "incidents/" + incident + "/statements", body);
  }

  private ResultActions statements(String who) throws Exception {
    return set.get(who, "incidents/" + incident + "/statements");
  }

  private String path(String statement) {
    return "incidents/" + incident + "/statements/" + statement;
  }

  private List<LedgerEntry> history(String statement) {
    return SystemActor.call(() -> ledger.history(set.id(), "statement:" + statement));
  }

  private static String sha256(String words) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(words.getBytes(StandardCharsets.UTF_8)));
  }

  private static String body(ResultActions call) throws Exception {
    return call.andReturn().getResponse().getContentAsString();
  }
}
