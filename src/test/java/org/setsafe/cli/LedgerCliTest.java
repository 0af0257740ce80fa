package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.Crew;
import org.setsafe.SetSafeApplication;
import org.setsafe.SetSafeTest;
import org.setsafe.TestDatabase;
import org.setsafe.identity.SystemActor;
import org.setsafe.ledger.Ledger;
import org.setsafe.ledger.LedgerReconciliation;
import org.setsafe.ledger.domain.SignedNote;
import org.setsafe.ledger.domain.SigningKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ledger commands as an operator and an investigator run them: verify the live ledger, export a
 * production's bundle, and check that bundle offline, with exit codes a script can rely on.
 */
@SetSafeTest
@ExtendWith(OutputCaptureExtension.class)
class LedgerCliTest {

  @Autowired Crew crew;
  @Autowired Ledger ledger;
  @Autowired LedgerReconciliation reconciliation;
  @TempDir Path dir;

  @BeforeAll
  static void pointAtTheTestDatabase() {
    System.setProperty("spring.profiles.active", "test,test-" + TestDatabase.current());
  }

  @AfterAll
  static void restore() {
    System.clearProperty("spring.profiles.active");
  }

  private static int cli(String... args) {
    return SetSafeCli.run(SetSafeApplication.class, args);
  }

  /**
   * Verify also reconciles the modules' records with the ledger. Some tests write custody rows straight into the
   * shared database without the ledger; where they ran first, verify rightly names those rows and exits 1.
   */
  @Test
  void verifyReportsAnIntactLedgerWithExitZero(CapturedOutput output) {
    boolean reconciled = SystemActor.call(reconciliation::reconcileAll).isEmpty();
    assertThat(cli("ledger", "verify")).isEqualTo(reconciled ? 0 : 1);
    assertThat(output.getOut()).contains("Ledger intact:").contains("setsafe/production/"
        + crew.production(Crew.WESTERN).id() + ": intact")
        .contains(reconciled ? "Modules reconciled:" : "MODULES DIFFER FROM THE LEDGER:");
  }

  @Test
  void anExportedBundleVerifiesOfflineAndATamperedOneDoesNot(CapturedOutput output) throws Exception {
    Path bundle = dir.resolve("western.jsonl");
    assertThat(cli("ledger", "export", "--production", crew.production(Crew.WESTERN).id().toString(),
        "--output", bundle.toString())).isZero();
    assertThat(output.getOut()).contains("Wrote " + bundle);

    assertThat(cli("ledger", "verify-bundle", bundle.toString(), "--trusted-keys", trustedKeys().toString())).isZero();
    assertThat(output.getOut()).contains("INTACT: every entry, checkpoint signature, inclusion and consistency proof");

    List<String> lines = Files.readAllLines(bundle, StandardCharsets.UTF_8);
    int last = lines.size() - 1;
    String original = lines.get(last);
    lines.set(last, original.replace("recordedAt\\\":\\\"2", "recordedAt\\\":\\\"3"));
    assertThat(lines.get(last)).as("the recorded time of the last entry was changed").isNotEqualTo(original);
    Path tampered = dir.resolve("tampered.jsonl");
    Files.write(tampered, lines, StandardCharsets.UTF_8);
    assertThat(cli("ledger", "verify-bundle", tampered.toString(), "--trusted-keys", trustedKeys().toString())).isEqualTo(1);
    assertThat(output.getOut()).contains("BROKEN:").contains("first entry that does not match: " + (last - firstEntry(lines)));
  }

  private static int firstEntry(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("{\"entry\":")) {
        return i;
      }
    }
    throw new AssertionError("no entries in the bundle");
  }

  private String fingerprint() {
    return current().fingerprint();
  }

  /** Every key of the installation, as its studio would keep them: a log older than a rotation needs the old too. */
  private Path trustedKeys() throws java.io.IOException {
    return Files.write(dir.resolve("trusted-keys"), ledger.publicKeys().stream().map(Ledger.PublicKey::fingerprint)
        .toList(), StandardCharsets.UTF_8);
  }

  private Ledger.PublicKey current() {
    return ledger.publicKeys().stream().filter(Ledger.PublicKey::current).findFirst().orElseThrow();
  }

  @Test
  void aBundleWhoseKeyNobodySaidToTrustExitsThreeAndSaysHowToPinIt(CapturedOutput output) throws Exception {
    Path bundle = dir.resolve("western.jsonl");
    assertThat(cli("ledger", "export", "--production", crew.production(Crew.WESTERN).id().toString(),
        "--output", bundle.toString())).isZero();

    assertThat(cli("ledger", "verify-bundle", bundle.toString())).isEqualTo(3);

    assertThat(output.getOut()).contains("NOT TRUSTED: the bundle is consistent in itself")
        .contains(current().name() + " " + fingerprint()).contains("--fingerprint " + fingerprint());
    String advised = output.getOut().lines().filter(l -> l.startsWith("Verify it anywhere with: "))
        .reduce((a, b) -> b).orElseThrow().substring("Verify it anywhere with: setsafe ".length());
    assertThat(cli(advised.split(" "))).as("the command 'ledger export' printed").isZero();
  }

  @Test
  void aBundleReSignedWithAnotherKeyUnderTheRealKeysNameIsNotTrusted(CapturedOutput output) throws Exception {
    Path bundle = dir.resolve("western.jsonl");
    assertThat(cli("ledger", "export", "--production", crew.production(Crew.WESTERN).id().toString(),
        "--output", bundle.toString())).isZero();
    SigningKey forger = SigningKey.generate(current().name());
    Path forged = dir.resolve("forged.jsonl");
    Files.write(forged, reSigned(Files.readAllLines(bundle, StandardCharsets.UTF_8), forger), StandardCharsets.UTF_8);
    Path trustedKeys = Files.writeString(dir.resolve("trusted-vkeys"), "# the studio's copy\n" + String.join("\n",
        ledger.publicKeys().stream().map(Ledger.PublicKey::vkey).toList()) + "\n");

    assertThat(cli("ledger", "verify-bundle", forged.toString())).as("nothing pinned").isEqualTo(3);
    assertThat(cli("ledger", "verify-bundle", forged.toString(), "--key", current().vkey())).isEqualTo(3);
    assertThat(cli("ledger", "verify-bundle", forged.toString(), "--trusted-keys", trustedKeys().toString()))
        .isEqualTo(3);
    assertThat(cli("ledger", "verify-bundle", forged.toString(), "--trusted-keys", trustedKeys.toString()))
        .isEqualTo(3);
    assertThat(output.getOut()).contains(current().name() + " " + forger.verifierKey().fingerprint())
        .contains("--fingerprint " + forger.verifierKey().fingerprint());

    assertThat(cli("ledger", "verify-bundle", bundle.toString(), "--trusted-keys", trustedKeys.toString()))
        .as("the genuine bundle, with the same trusted keys").isZero();
  }

  /** The bundle as someone holding another key would make it: every checkpoint signed again, the header's key swapped. */
  private static List<String> reSigned(List<String> lines, SigningKey forger) {
    JsonMapper json = JsonMapper.builder().build();
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      ObjectNode node = (ObjectNode) json.readTree(line);
      if (node.has("keys")) {
        node.putArray("keys").add(forger.verifierKey().vkey());
      } else if (node.has("checkpoint")) {
        String note = node.get("checkpoint").asString();
        node.put("checkpoint", SignedNote.sign(note.substring(0, note.lastIndexOf("\n\n") + 1), forger));
      }
      out.add(json.writeValueAsString(node));
    }
    return out;
  }

  @Test
  void theInstallationLogExportsAndVerifiesToo(CapturedOutput output) throws Exception {
    Path bundle = dir.resolve("installation.jsonl");
    assertThat(cli("ledger", "export", "--installation", "--output", bundle.toString())).isZero();
    assertThat(cli("ledger", "verify-bundle", bundle.toString(), "--trusted-keys", trustedKeys().toString())).isZero();
    assertThat(output.getOut()).contains("setsafe/installation/").contains("INTACT");
    assertThat(cli("ledger", "export")).as("neither a production nor the installation").isEqualTo(2);
  }

  @Test
  void verifyBundleRefusesWhatItCannotReadOrAMalformedKey(CapturedOutput output) throws Exception {
    assertThat(cli("ledger", "verify-bundle", dir.resolve("nothing-here.jsonl").toString())).isEqualTo(2);
    assertThat(output.getErr()).contains("Cannot read");
    Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
    assertThat(cli("ledger", "verify-bundle", empty.toString(), "--key", "not-a-key")).isEqualTo(2);
    assertThat(output.getErr()).contains("Refused: --key is not a verifier key");
  }

  @Test
  void keysListsTheCurrentKeysFingerprint(CapturedOutput output) {
    assertThat(cli("ledger", "keys")).isZero();
    assertThat(output.getOut()).contains("(current)").contains("fingerprint SHA256:");
  }
}
