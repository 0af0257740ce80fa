package org.setsafe.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.identity.SystemActor;
import org.setsafe.ledger.domain.Checkpoint;
import org.setsafe.ledger.domain.LeafFormat;
import org.setsafe.ledger.domain.LedgerStore;
import org.setsafe.ledger.domain.MerkleProofs;
import org.setsafe.ledger.domain.SignedNote;
import org.setsafe.ledger.domain.VerifierKey;
import org.setsafe.production.Production;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger as its users meet it: facts published by any module land in their production's log once,
 * history pages and the API show them, and every proof handed out verifies against a signed checkpoint
 * with nothing but the public key.
 */
@SetSafeTest
class LedgerTest {

  private static final Duration LANDS_WITHIN = Duration.ofSeconds(20);

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Ledger ledger;
  @Autowired LedgerStore store;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transactions;
  @Autowired TestClock clock;

  private LedgerEntry published(Noted fact) {
    transactions.executeWithoutResult(status -> events.publishEvent(fact));
    return await().atMost(LANDS_WITHIN).until(() -> store.byFactId(fact.factId()).orElse(null),
        entry -> entry != null);
  }

  @Test
  void aFactPublishedInATransactionLandsInItsProductionsLogOnceEvenIfDeliveredAgain() {
    UUID production = UUID.randomUUID();
    Noted fact = Noted.on(production, crew.id("rosa.armorer"), clock.instant(), "revolver #3 received");

    LedgerEntry entry = published(fact);
    LedgerEntry again = ledger.record(fact);

    assertThat(again.index()).isEqualTo(entry.index());
    assertThat(store.size(production)).isEqualTo(1);
    assertThat(entry.leaf()).startsWith(LeafFormat.prefix("setsafe/production/" + production, 0))
        .contains("\"kind\":\"test.noted\"", "revolver #3 received", fact.factId().toString());
    assertThat(entry.leafHash()).isEqualTo(LeafFormat.hash(entry.leaf()));
  }

  @Test
  void aFactPublishedInATransactionThatRollsBackNeverReachesTheLedger() {
    Noted rolledBack = Noted.on(UUID.randomUUID(), null, clock.instant(), "never happened");
    Noted committed = Noted.on(UUID.randomUUID(), null, clock.instant(), "happened");

    transactions.executeWithoutResult(status -> {
      events.publishEvent(rolledBack);
      status.setRollbackOnly();
    });
    published(committed);

    assertThat(store.byFactId(rolledBack.factId())).isEmpty();
  }

  @Test
  void crewChangesOfTheDemoProductionAreInItsLogAndEachPersonsHistory() throws Exception {
    Production western = crew.production(Crew.WESTERN);
    UUID rosa = crew.id("rosa.armorer");
    await().atMost(LANDS_WITHIN).until(() -> !store.aboutSubject(western.id(), "user:" + rosa, 10).isEmpty());

    mvc.perform(get("/api/productions/{p}/ledger/history/user:{u}", western.id(), rosa)
            .header("Authorization", crew.bearer("eli.actor")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.kind=='production.member-added')].leaf").value(
            org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("\"roles\":[\"ARMORER\"]"))));

    mvc.perform(get("/productions/{p}/history/user:{u}", western.id(), rosa).with(crew.signedIn("eli.actor")))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("History of Rosa Delgado")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("production.member-added")));
  }

  @Test
  void anInclusionProofFromTheApiVerifiesWithNothingButThePublicKey() throws Exception {
    Production western = crew.production(Crew.WESTERN);
    LedgerEntry entry = published(Noted.on(western.id(), crew.id("rosa.armorer"), clock.instant(), "dummies verified"));
    String token = crew.bearer("eli.actor");

    String keys = mvc.perform(get("/api/ledger/keys")).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    String proof = mvc.perform(get("/api/productions/{p}/ledger/entries/{i}/proof", western.id(), entry.index())
            .header("Authorization", token))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    List<VerifierKey> trusted = JsonPath.<List<String>>read(keys, "$[*].vkey").stream().map(VerifierKey::parse).toList();
    SignedNote note = SignedNote.open(JsonPath.read(proof, "$.checkpoint"), trusted);
    assertThat(note.verified()).isTrue();
    Checkpoint checkpoint = Checkpoint.parse(note.text());
    assertThat(checkpoint.origin()).isEqualTo("setsafe/production/" + western.id());
    long treeSize = ((Number) JsonPath.read(proof, "$.treeSize")).longValue();
    assertThat(checkpoint.treeSize()).isEqualTo(treeSize).isGreaterThan(entry.index());
    List<byte[]> path = JsonPath.<List<String>>read(proof, "$.proof").stream()
        .map(Base64.getDecoder()::decode).toList();
    assertThat(MerkleProofs.verifyInclusion(entry.index(), treeSize, LeafFormat.hash(entry.leaf()), path,
        checkpoint.rootHash())).isTrue();
    assertThat(MerkleProofs.verifyInclusion(entry.index(), treeSize, LeafFormat.hash(entry.leaf() + " "), path,
        checkpoint.rootHash())).as("a changed entry does not verify").isFalse();
  }

  @Test
  void aLaterCheckpointIsProvenConsistentWithAnEarlierOne() throws Exception {
    Production western = crew.production(Crew.WESTERN);
    LedgerEntry first = published(Noted.on(western.id(), null, clock.instant(), "first"));
    String token = crew.bearer("dana.ad");
    String firstProof = mvc.perform(get("/api/productions/{p}/ledger/entries/{i}/proof", western.id(), first.index())
        .header("Authorization", token)).andReturn().getResponse().getContentAsString();
    long from = ((Number) JsonPath.read(firstProof, "$.treeSize")).longValue();
    LedgerEntry second = published(Noted.on(western.id(), null, clock.instant(), "second"));
    mvc.perform(get("/api/productions/{p}/ledger/entries/{i}/proof", western.id(), second.index())
        .header("Authorization", token)).andExpect(status().isOk());

    String consistency = mvc.perform(get("/api/productions/{p}/ledger/consistency", western.id())
            .param("from", String.valueOf(from)).header("Authorization", token))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    List<VerifierKey> trusted = SystemActor.call(ledger::publicKeys).stream()
        .map(k -> VerifierKey.parse(k.vkey())).toList();
    Checkpoint older = Checkpoint.parse(SignedNote.open(JsonPath.read(consistency, "$.fromCheckpoint"), trusted).text());
    Checkpoint newer = Checkpoint.parse(SignedNote.open(JsonPath.read(consistency, "$.toCheckpoint"), trusted).text());
    List<byte[]> proof = JsonPath.<List<String>>read(consistency, "$.proof").stream()
        .map(Base64.getDecoder()::decode).toList();
    assertThat(newer.treeSize()).isGreaterThan(older.treeSize());
    assertThat(MerkleProofs.verifyConsistency(older.treeSize(), newer.treeSize(), older.rootHash(), newer.rootHash(),
        proof)).isTrue();
  }

  @Test
  void badProofRequestsAreAnsweredWithTheFieldAndRule() throws Exception {
    Production western = crew.production(Crew.WESTERN);
    String token = crew.bearer("dana.ad");
    mvc.perform(get("/api/productions/{p}/ledger/entries/{i}/proof", western.id(), 0).param("treeSize", "999999999")
            .header("Authorization", token))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("treeSize"))
        .andExpect(jsonPath("$.errors[0].rule").value("Checkpoint"));
    mvc.perform(get("/api/productions/{p}/ledger/history/{s}", western.id(), "not a subject")
            .header("Authorization", token))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("subject"));
    mvc.perform(get("/api/productions/{p}/ledger/entries/{i}", western.id(), 999_999_999L)
            .header("Authorization", token))
        .andExpect(status().isNotFound());
  }

  @Test
  void onlyTheProductionsCrewSeesItsLedgerAndOnlyEvidenceRolesExportIt() throws Exception {
    Production drama = crew.production(Crew.DRAMA);
    Production western = crew.production(Crew.WESTERN);
    mvc.perform(get("/api/productions/{p}/ledger", drama.id()).header("Authorization", crew.bearer("rosa.armorer")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/productions/{p}/ledger/bundle", western.id()).header("Authorization", crew.bearer("eli.actor")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/productions/{p}/ledger/bundle", western.id()).with(crew.signedIn("dana.ad")))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/admin/ledger/verify").header("Authorization", crew.bearer("grace.producer")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/productions/{p}/ledger", western.id())).andExpect(status().isUnauthorized());
  }

  @Test
  void theLedgerPageShowsTheLogAndOffersTheBundleOnlyToThoseWhoMayExport() throws Exception {
    Production western = crew.production(Crew.WESTERN);
    published(Noted.on(western.id(), crew.id("rosa.armorer"), clock.instant(), "for the page"));
    mvc.perform(get("/productions/{p}/ledger", western.id()).with(crew.signedIn("sam.safety")))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Download evidence bundle")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("test.noted")));
    mvc.perform(get("/productions/{p}/ledger", western.id()).with(crew.signedIn("eli.actor")))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.not(
            org.hamcrest.Matchers.containsString("Download evidence bundle"))));
  }

  @Test
  void theAdministratorsVerifyButtonReportsEveryLogIntact() throws Exception {
    published(Noted.on(UUID.randomUUID(), null, clock.instant(), "something to verify"));
    mvc.perform(post("/admin/ledger/verify").with(crew.signedIn("demo.admin"))
            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("intact")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Installation log")))
        .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Nothing recorded yet"))))
        .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("BROKEN"))));
  }

  @Test
  void keyRotationKeepsOldCheckpointsVerifiable() {
    UUID production = UUID.randomUUID();
    ledger.record(Noted.on(production, null, clock.instant(), "before rotation"));
    List<SignedCheckpoint> before = SystemActor.call(ledger::signCheckpoints);
    Ledger.PublicKey rotated = SystemActor.call(ledger::rotateKey);
    ledger.record(Noted.on(production, null, clock.instant(), "after rotation"));
    SystemActor.call(ledger::signCheckpoints);

    List<SignedCheckpoint> checkpoints = store.checkpoints(production);
    assertThat(before).isNotEmpty();
    assertThat(checkpoints).hasSize(2);
    assertThat(checkpoints.get(1).keyName()).isEqualTo(rotated.name()).isNotEqualTo(checkpoints.get(0).keyName());
    assertThat(SystemActor.call(ledger::verifyAll)).allSatisfy(v -> assertThat(v.problems()).isEmpty());
    assertThat(store.logByScope(LedgerLog.INSTALLATION_SCOPE).flatMap(log -> store.aboutSubject(log.id(),
        "ledger-key:" + rotated.name(), 1).stream().findFirst()))
        .as("the rotation itself is on record").hasValueSatisfying(e -> assertThat(e.kind())
            .isEqualTo("ledger.signing-key-rotated"));
  }
}
