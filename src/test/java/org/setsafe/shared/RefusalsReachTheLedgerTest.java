package org.setsafe.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.SystemActor;
import org.setsafe.ledger.Ledger;
import org.setsafe.ledger.LedgerEntry;
import org.setsafe.production.Production;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Refusals of the modules that used to answer without keeping the attempt: a step a report's state does not allow,
 * and an armorer without a current permit briefing a performer. Each is refused with the rule and a
 * {@code refusalId}, and that id names a ledger entry although the refused step itself was rolled back.
 */
@SetSafeTest
class RefusalsReachTheLedgerTest {

  private static final Duration LANDS_WITHIN = Duration.ofSeconds(20);

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Ledger ledger;

  @Test
  void aReportStepItsStateDoesNotAllowIsRefusedAndTheAttemptReachesTheLedger() throws Exception {
    Production western = crew.production(Crew.WESTERN);
    String reports = "/api/productions/" + western.id() + "/reports";
    String id = JsonPath.read(send("eli.actor", reports, "{\"category\":\"FIREARMS\",\"severity\":\"HIGH\","
        + "\"title\":\"Blanks left on the prop cart\",\"description\":\"Seen on set\",\"department\":\"Test "
        + UUID.randomUUID() + "\"}").andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(),
        "$.id");

    // Nobody has acknowledged the report yet, so it cannot move to mitigation.
    String body = send("sam.safety", reports + "/" + id + "/mitigation", "{\"what\":\"Cart locked away\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.errors[0].field").value("state"))
        .andExpect(jsonPath("$.errors[0].rule").value("Transition"))
        .andReturn().getResponse().getContentAsString();

    LedgerEntry entry = landed(JsonPath.read(body, "$.refusalId"));
    assertThat(entry.kind()).isEqualTo("reporting.refused");
    assertThat(entry.actorId()).isEqualTo(crew.id("sam.safety"));
    assertThat(entry.leaf()).contains("Transition").contains("report:" + id).contains("mitigation started");
  }

  @Test
  void anArmorerWithoutACurrentPermitIsRefusedABriefingAndTheAttemptReachesTheLedger() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String armorer = "nell.armorer." + suffix;
    String performer = "ike.actor." + suffix;
    UUID productionId = crew.productionWithUnpermittedArmorer("Unpermitted " + suffix, armorer, performer);

    String body = send(armorer, "/api/productions/" + productionId + "/armorer-briefings",
        "{\"performerId\":\"" + crew.id(performer) + "\",\"topics\":\"Treat every firearm as loaded\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.rule").value("training.current-qualification"))
        .andReturn().getResponse().getContentAsString();

    LedgerEntry entry = landed(JsonPath.read(body, "$.refusalId"));
    assertThat(entry.kind()).isEqualTo("training.qualification-refused");
    assertThat(entry.actorId()).isEqualTo(crew.id(armorer));
    assertThat(entry.leaf()).contains("training.current-qualification").contains("record a briefing");
    assertThat(SystemActor.call(() -> ledger.history(productionId, "user:" + crew.id(performer))))
        .extracting(LedgerEntry::factId).contains(entry.factId());
  }

  private LedgerEntry landed(String refusalId) {
    assertThat(refusalId).as("the refusal names its recorded fact").isNotNull();
    return await().atMost(LANDS_WITHIN).until(() -> ledger.byFactId(UUID.fromString(refusalId)).orElse(null),
        e -> e != null);
  }

  private ResultActions send(String username, String url, String json) throws Exception {
    return mvc.perform(post(url).header("Authorization", crew.bearer(username))
        .contentType(MediaType.APPLICATION_JSON).content(json));
  }
}
