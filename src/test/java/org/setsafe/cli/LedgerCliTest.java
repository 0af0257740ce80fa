package org.setsafe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.setsafe.ledger.LedgerReconciliation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The ledger commands as an operator and an investigator run them: verify the live ledger, export a
 * production's bundle, and check that bundle offline, with exit codes a script can rely on.
 */
@SetSafeTest
@ExtendWith(OutputCaptureExtension.class)
class LedgerCliTest {

  @Autowired Crew crew;
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

    assertThat(cli("ledger", "verify-bundle", bundle.toString())).isZero();
    assertThat(output.getOut()).contains("INTACT: every entry, checkpoint signature, inclusion and consistency proof");

    List<String> lines = Files.readAllLines(bundle, StandardCharsets.UTF_8);
    int last = lines.size() - 1;
    String original = lines.get(last);
    lines.set(last, original.replace("recordedAt\\\":\\\"2", "recordedAt\\\":\\\"3"));
    assertThat(lines.get(last)).as("the recorded time of the last entry was changed").isNotEqualTo(original);
    Path tampered = dir.resolve("tampered.jsonl");
    Files.write(tampered, lines, StandardCharsets.UTF_8);
    assertThat(cli("ledger", "verify-bundle", tampered.toString())).isEqualTo(1);
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

  @Test
  void theInstallationLogExportsAndVerifiesToo(CapturedOutput output) {
    Path bundle = dir.resolve("installation.jsonl");
    assertThat(cli("ledger", "export", "--installation", "--output", bundle.toString())).isZero();
    assertThat(cli("ledger", "verify-bundle", bundle.toString())).isZero();
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
