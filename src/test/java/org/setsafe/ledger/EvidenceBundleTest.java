package org.setsafe.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.production.Production;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The evidence bundle, from the safety advisor's download to the investigator's offline check: it
 * verifies as exported, and any change to it (a byte in an entry, a missing or reordered line, a
 * forged checkpoint, a key the investigator did not pin) is named.
 */
@SetSafeTest
class EvidenceBundleTest {

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Ledger ledger;
  @Autowired TestClock clock;
  @TempDir Path dir;

  private List<String> lines;

  @BeforeEach
  void exportTheWesternsBundleAsTheSafetyAdvisor() throws Exception {
    Production western = crew.production(Crew.WESTERN);
    for (int i = 0; i < 5; i++) {
      ledger.record(Noted.on(western.id(), crew.id("rosa.armorer"), clock.instant(), "round count " + i));
    }
    MvcResult started = mvc.perform(get("/productions/{p}/ledger/bundle", western.id()).with(crew.signedIn("sam.safety")))
        .andReturn();
    String body = mvc.perform(asyncDispatch(started))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Disposition", "attachment; filename=\"setsafe-evidence-" + western.id()
            + ".jsonl\""))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    lines = new ArrayList<>(body.lines().toList());
  }

  private BundleVerdict verify(List<String> bundle, String... pinnedKeys) throws IOException {
    Path file = dir.resolve(UUID.randomUUID() + ".jsonl");
    Files.write(file, bundle, StandardCharsets.UTF_8);
    return EvidenceBundles.verify(file, List.of(pinnedKeys));
  }

  private int firstLineWith(String marker) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(marker)) {
        return i;
      }
    }
    throw new AssertionError("no line starting with " + marker);
  }

  private int entryLine(long index) {
    return firstLineWith("{\"entry\":{\"index\":" + index + ",");
  }

  private List<String> changed(int line, UnaryOperator<String> change) {
    List<String> copy = new ArrayList<>(lines);
    copy.set(line, change.apply(copy.get(line)));
    return copy;
  }

  @Test
  void theExportedBundleVerifiesOfflineAndNamesItsSigningKey() throws IOException {
    BundleVerdict verdict = verify(lines);

    assertThat(verdict.problems()).isEmpty();
    assertThat(verdict.productionName()).isEqualTo(Crew.WESTERN);
    assertThat(verdict.log().entries()).isEqualTo(verdict.treeSize()).isGreaterThanOrEqualTo(5);
    assertThat(verdict.keyFingerprints()).anySatisfy(k -> assertThat(k).contains("SHA256:"));
  }

  @Test
  void oneChangedByteInAnEntryIsNamed() throws IOException {
    List<String> tampered = changed(entryLine(2), line -> line.replaceFirst("\"kind\\\\\":\\\\\"", "\"kind\\\\\":\\\\\"x"));
    assertThat(tampered).isNotEqualTo(lines);

    BundleVerdict verdict = verify(tampered);

    assertThat(verdict.intact()).isFalse();
    assertThat(verdict.log().firstBadEntry()).isEqualTo(2L);
    assertThat(verdict.problems().get(0)).isEqualTo("entry 2: its inclusion proof does not lead to the signed root");
  }

  @Test
  void aRemovedEntryIsNamed() throws IOException {
    List<String> tampered = new ArrayList<>(lines);
    tampered.remove(entryLine(3));

    BundleVerdict verdict = verify(tampered);

    assertThat(verdict.log().firstBadEntry()).isEqualTo(3L);
    assertThat(verdict.problems()).contains("entry 3 is missing");
  }

  @Test
  void twoSwappedEntriesAreNamed() throws IOException {
    List<String> tampered = new ArrayList<>(lines);
    int one = entryLine(1);
    String entry1 = tampered.get(one).replace("{\"entry\":{\"index\":1,", "{\"entry\":{\"index\":2,");
    String entry2 = tampered.get(one + 1).replace("{\"entry\":{\"index\":2,", "{\"entry\":{\"index\":1,");
    tampered.set(one, entry2);
    tampered.set(one + 1, entry1);

    BundleVerdict verdict = verify(tampered);

    assertThat(verdict.log().firstBadEntry()).isEqualTo(1L);
    assertThat(verdict.problems().get(0)).isEqualTo(
        "entry 1 does not say it is entry 1 of this log: it was moved or altered");
  }

  @Test
  void aForgedCheckpointIsNamed() throws IOException {
    List<String> tampered = changed(firstLineWith("{\"checkpoint\":"), line -> line.replaceFirst("\\\\n(\\d+)\\\\n",
        "\\\\n9$1\\\\n"));
    assertThat(tampered).isNotEqualTo(lines);

    BundleVerdict verdict = verify(tampered);

    assertThat(verdict.problems()).contains("checkpoint #1: its signature does not verify with the trusted key(s)");
  }

  @Test
  void aBundleSignedByAnotherKeyThanThePinnedOneIsRefused() throws IOException {
    String stranger = org.setsafe.ledger.domain.SigningKey.generate("stranger").verifierKey().vkey();

    BundleVerdict verdict = verify(lines, stranger);

    assertThat(verdict.intact()).isFalse();
    assertThat(verdict.problems()).anySatisfy(p -> assertThat(p).contains("signature does not verify"));
  }

  @Test
  void aBundleCheckedAgainstThePublishedKeysVerifies() throws IOException {
    String[] published = ledger.publicKeys().stream().map(Ledger.PublicKey::vkey).toArray(String[]::new);

    assertThat(verify(lines, published).problems()).isEmpty();
  }

  @Test
  void somethingElseEntirelyIsNotMistakenForABundle() throws IOException {
    BundleVerdict verdict = verify(List.of("{\"hello\":\"world\"}"));

    assertThat(verdict.problems()).containsExactly(
        "line 1: not a SetSafe evidence bundle (expected format setsafe-evidence/1)");
  }
}
