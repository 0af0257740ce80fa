package org.setsafe.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.SystemActor;
import org.setsafe.ledger.Ledger;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Production;
import org.setsafe.production.Productions;
import org.setsafe.shared.RecordedFact;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A fact recorded by someone whose account is gone reads, on the ledger's page, with them named in the reader's
 * words; the sentence the timeline, its CSV and the report print keeps the English.
 */
@SetSafeTest
class FormerMemberOnTheLedgerPageTest {

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Productions productions;
  @Autowired Ledger ledger;
  @Autowired LedgerSentences sentences;

  /** A certificate recorded by an account SetSafe no longer has. */
  record CertificateRecorded(UUID factId, UUID productionId, UUID actorId, Instant occurredAt)
      implements RecordedFact {
    @Override
    public String kind() {
      return "training.certificate-recorded";
    }

    @Override
    public List<String> subjects() {
      return List.of("user:" + actorId);
    }
  }

  @Test
  void aSpanishReaderSeesSomeoneWhoseAccountIsGoneAsAnExCrewMember() throws Exception {
    Production production = SystemActor.call(() -> productions.create("Gone Account "
        + UUID.randomUUID().toString().substring(0, 6), "UTC"));
    SystemActor.run(() -> productions.addMember(production.id(), "sam.safety", Set.of(CrewRole.SAFETY_ADVISOR),
        "Safety"));
    var entry = SystemActor.call(() -> ledger.record(new CertificateRecorded(UUID.randomUUID(), production.id(),
        UUID.randomUUID(), Instant.now())));

    String spanish = mvc.perform(get("/productions/" + production.id() + "/ledger")
            .with(crew.signedIn("sam.safety")).header("Accept-Language", "es"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(spanish).contains("Un ex integrante del equipo: ").doesNotContain("former member");
    String english = mvc.perform(get("/productions/" + production.id() + "/ledger")
            .with(crew.signedIn("sam.safety")).header("Accept-Language", "en"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(english).contains("A former member: certificate recorded.");
    // The timeline's words (its API, CSV and the signed report) stay English whoever reads.
    assertThat(sentences.sentence(production.id(), entry)).startsWith("A former member: ");
  }
}
