package org.setsafe.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.setsafe.incident.IncidentsOnSet.json;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.ledger.BundleVerdict;
import org.setsafe.ledger.EvidenceBundles;
import org.setsafe.ledger.Ledger;
import org.setsafe.ledger.LedgerEntry;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * An unintended discharge on set, as the crew's phones and the sheriff's deputy live it: the revolver fires in the
 * actor's hand, the incident opens by itself, the ledger is pinned and its bundle verifies offline, the revolver
 * stays on hold, the spent round goes to the sheriff under a case number both sides confirm, and the case number
 * can never silently change on the way.
 */
@SetSafeTest
class UnintendedDischargeTest {

  private static final Duration LANDS_WITHIN = Duration.ofSeconds(30);
  private static final String CASE = "SFSO 2026-11873";

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Ledger ledger;
  @Autowired Productions productions;
  @Autowired Accounts accounts;
  @Autowired Schedule schedule;

  private IncidentsOnSet set;

  @BeforeEach
  void callTime() {
    set = IncidentsOnSet.create(crew, mvc, productions, accounts, schedule, "Discharge at Cerro Pelon");
  }

  @Test
  void aDischargeOpensItsIncidentPinsTheLedgerHoldsTheRevolverAndTheRoundReachesTheSheriffUnderOneCaseNumber(
      @TempDir Path dir) throws Exception {
    String revolver = set.receivedRevolver();

    // 10:42, rehearsal: the revolver fires in the actor's hand. He reports it from his phone.
    String discharge = json(set.post("eli.actor", "custody/weapons/" + revolver + "/accidental-discharge",
        "{\"description\":\"Fired while being holstered after the rehearsal\"}").andExpect(status().isOk()),
        "$.eventId");

    // Nobody has to type anything up: the incident opens by itself.
    await().atMost(LANDS_WITHIN).untilAsserted(() -> set.get("tess.grip", "incidents")
        .andExpect(jsonPath("$.length()").value(1)));
    String list = body(set.get("tess.grip", "incidents"));
    String incident = JsonPath.read(list, "$[0].id");
    set.get("tess.grip", "incidents/" + incident).andExpect(status().isOk())
        .andExpect(jsonPath("$.kind").value("UNINTENDED_DISCHARGE"))
        .andExpect(jsonPath("$.severity").value("CRITICAL"))
        .andExpect(jsonPath("$.automatic").value(true))
        .andExpect(jsonPath("$.openedBy").value("SetSafe"))
        .andExpect(jsonPath("$.source").value("custody.accidental-discharge"))
        .andExpect(jsonPath("$.whatHappened").value(
            "A weapon fired when nobody meant it to: Fired while being holstered after the rehearsal."))
        .andExpect(jsonPath("$.people[0].name").value("Eli Navarro"))
        .andExpect(jsonPath("$.people[0].involvement").value("REPORTER"))
        .andExpect(jsonPath("$.weaponIds[0]").value(revolver))
        // The discharge itself put the revolver on hold: the incident names that hold rather than a second one.
        .andExpect(jsonPath("$.holds[0].weaponId").value(revolver))
        .andExpect(jsonPath("$.holds[0].holdId").value(discharge))
        .andExpect(jsonPath("$.holds[0].placedByThisIncident").value(false));

    // The ledger was pinned at that moment; the bundle kept with the incident verifies offline, and holds the
    // discharge that opened it.
    await().atMost(LANDS_WITHIN).untilAsserted(() -> set.get("sam.safety", "incidents/" + incident)
        .andExpect(jsonPath("$.evidence.treeSize").isNumber()));
    String view = body(set.get("sam.safety", "incidents/" + incident));
    long pinnedAt = ((Number) JsonPath.read(view, "$.evidence.treeSize")).longValue();
    assertThat(pinnedAt).isPositive();
    byte[] bundle = set.get("sam.safety", "incidents/" + incident + "/evidence-bundle").andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();
    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bundle)))
        .isEqualTo(JsonPath.read(view, "$.evidence.bundleSha256"));
    Path file = Files.write(dir.resolve("incident.bundle"), bundle);
    List<String> keys = ledger.publicKeys().stream().map(Ledger.PublicKey::vkey).toList();
    BundleVerdict verdict = EvidenceBundles.verify(file, keys);
    assertThat(verdict.problems()).isEmpty();
    assertThat(verdict.intact()).isTrue();
    assertThat(verdict.treeSize()).isEqualTo(pinnedAt);
    assertThat(new String(bundle, StandardCharsets.UTF_8)).contains(discharge);
    assertThat(JsonPath.<String>read(view, "$.evidence.checkpoint")).contains("\n" + pinnedAt + "\n");
    // Only those who may export evidence take the bundle away.
    set.get("eli.actor", "incidents/" + incident + "/evidence-bundle").andExpect(status().isForbidden());

    // The revolver is on hold: nothing is loaded or issued until the safety advisor and a producer clear it.
    set.get("grace.producer", "custody/board").andExpect(jsonPath("$.firearmsHold.active").value(true))
        .andExpect(jsonPath("$.firearmsHold.openFinds[0].weaponId").value(revolver))
        .andExpect(jsonPath("$.firearmsHold.openFinds[0].liveRoundFoundId").value(discharge));

    // The armorer logs the spent casing she took from the cylinder.
    String logged = body(set.post("rosa.armorer", "incidents/" + incident + "/evidence",
        "{\"kind\":\"ROUND\",\"what\":\"Spent casing from chamber 3 of the Colt\"}").andExpect(status().isCreated()));
    String item = JsonPath.read(logged, "$.items[0].id");

    // She hands it to the deputy under the sheriff's case number, and gives him the code.
    String handOver = body(set.post("rosa.armorer", "incidents/" + incident + "/evidence/" + item + "/hand-overs",
        "{\"toName\":\"Deputy A. Ruiz\",\"toOrganisation\":\"Santa Fe County Sheriff's Office\",\"caseNumber\":\""
            + CASE + "\"}").andExpect(status().isCreated()));
    String code = JsonPath.read(handOver, "$.code");
    assertThat(code).matches("(\\d{4} ){4}\\d{4}");

    // At the station the deputy files it under another number: refused, with the reason, and recorded.
    String mismatch = body(confirm(code, "Deputy A. Ruiz", "SFSO 2026-11837").andExpect(status().isConflict())
        .andExpect(jsonPath("$.rule").value("incident.same-case-number"))
        .andExpect(jsonPath("$.refusalId").exists()));
    assertThat(mismatch).contains("SFSO 2026-11873").contains("not SFSO 2026-11837");
    set.get("sam.safety", "incidents/" + incident)
        .andExpect(jsonPath("$.items[0].handOvers[0].confirmed").value(false))
        .andExpect(jsonPath("$.items[0].awaitingConfirmation").value(true));

    // Under the number it was handed over with, it is received: both sides confirmed the same case number.
    confirm(code, "Deputy A. Ruiz", " SFSO  2026-11873 ").andExpect(status().isOk())
        .andExpect(jsonPath("$.caseNumber").value(CASE))
        .andExpect(jsonPath("$.fromName").value("Rosa Delgado"));
    set.get("sam.safety", "incidents/" + incident)
        .andExpect(jsonPath("$.items[0].caseNumber").value(CASE))
        .andExpect(jsonPath("$.items[0].handOvers[0].confirmed").value(true))
        .andExpect(jsonPath("$.items[0].handOvers[0].confirmedBy").value("Deputy A. Ruiz"))
        .andExpect(jsonPath("$.items[0].handOvers[0].handedOverBy").value("Rosa Delgado"));
    // A code confirms once.
    confirm(code, "Deputy A. Ruiz", CASE).andExpect(status().isConflict());

    // The sheriff sends it to the state lab; the safety advisor records it, and a slip of the number is refused.
    set.post("sam.safety", "incidents/" + incident + "/evidence/" + item + "/hand-overs",
            "{\"toName\":\"J. Okafor\",\"toOrganisation\":\"New Mexico State Police Crime Lab\",\"caseNumber\":\""
                + "SFSO 2026-11837\"}")
        .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("incident.same-case-number"))
        .andExpect(jsonPath("$.errors[0].field").value("caseNumber"));
    String toLab = body(set.post("sam.safety", "incidents/" + incident + "/evidence/" + item + "/hand-overs",
        "{\"toName\":\"J. Okafor\",\"toOrganisation\":\"New Mexico State Police Crime Lab\",\"caseNumber\":\""
            + CASE + "\"}").andExpect(status().isCreated()));
    // Until the lab confirms, it does not change hands again.
    set.post("sam.safety", "incidents/" + incident + "/evidence/" + item + "/hand-overs",
            "{\"toName\":\"Someone else\",\"toOrganisation\":\"Elsewhere\",\"caseNumber\":\"" + CASE + "\"}")
        .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("incident.one-hand-over-at-a-time"));
    confirm(JsonPath.read(toLab, "$.code"), "J. Okafor", CASE).andExpect(status().isOk())
        .andExpect(jsonPath("$.fromName").value("Deputy A. Ruiz (Santa Fe County Sheriff's Office)"));

    // Everything is in the ledger: the incident, its evidence, every hand-over and every refusal.
    await().atMost(LANDS_WITHIN).untilAsserted(() -> assertThat(
        SystemActor.call(() -> ledger.history(set.id(), "incident:" + incident)).stream().map(LedgerEntry::kind))
        .contains("incident.opened", "incident.evidence-preserved", "incident.evidence-logged",
            "incident.evidence-handed-over", "incident.evidence-received"));
    await().atMost(LANDS_WITHIN).untilAsserted(() -> assertThat(
        SystemActor.call(() -> ledger.history(set.id(), "evidence:" + item)).stream().map(LedgerEntry::kind)
            .filter("incident.refused"::equals)).hasSize(3));
  }

  @Test
  void eachFactThatAlwaysIsAnIncidentOpensOneIncidentOfItsOwn() throws Exception {
    String revolver = set.receivedRevolver();
    set.post("eli.actor", "custody/weapons/" + revolver + "/accidental-discharge",
        "{\"description\":\"Fired on the draw\"}").andExpect(status().isOk());
    await().atMost(LANDS_WITHIN).untilAsserted(() -> set.get("tess.grip", "incidents")
        .andExpect(jsonPath("$.length()").value(1)));
    // A live round found on the same production is an incident of its own.
    set.post("tess.grip", "custody/live-rounds-found", "{\"where\":\"Prop cart, church set\"}")
        .andExpect(status().isCreated());
    await().atMost(LANDS_WITHIN).untilAsserted(() -> set.get("tess.grip", "incidents")
        .andExpect(jsonPath("$.length()").value(2))
        .andExpect(jsonPath("$[?(@.kind == 'LIVE_ROUND_FOUND')].where").value("Prop cart, church set"))
        .andExpect(jsonPath("$[?(@.kind == 'UNINTENDED_DISCHARGE')].source").value("custody.accidental-discharge")));
  }

  private ResultActions confirm(String code, String name, String caseNumber) throws Exception {
    return mvc.perform(MockMvcRequestBuilders.post("/api/public/receipts/evidence")
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"caseNumber\":\"" + caseNumber + "\"}"));
  }

  private static String body(ResultActions call) throws Exception {
    return call.andReturn().getResponse().getContentAsString();
  }
}
