package org.setsafe.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.setsafe.ledger.BundleVerdict;
import org.setsafe.ledger.EvidenceBundles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Checks an evidence bundle with nothing but the file: runs without a database or a server, so an
 * investigator can use the jar on a machine that has never seen the installation.
 */
@Command(name = "verify-bundle", mixinStandardHelpOptions = true,
    description = "Verify an evidence bundle offline (no database needed). Exit 0 intact, 1 broken, 2 usage error.")
class VerifyBundleCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "The bundle (.jsonl) written by 'ledger export' or the web UI")
  Path file;

  @Option(names = "--key", paramLabel = "VKEY", description = "Trust only this verifier key (name+hash+base64), "
      + "obtained independently of the bundle, e.g. from the installation's administrator. Repeatable.")
  List<String> keys = List.of();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isReadable(file)) {
      err.println("Cannot read " + file);
      return 2;
    }
    BundleVerdict verdict;
    try {
      verdict = EvidenceBundles.verify(file, keys);
    } catch (IllegalArgumentException badKey) {
      err.println("Refused: --key is not a verifier key: " + badKey.getMessage());
      return 2;
    }
    out.printf("Bundle: %s%n", file);
    if (verdict.origin() != null) {
      out.printf("Log: %s (%s), %d entries%n", verdict.origin(), verdict.productionName(), verdict.treeSize());
    }
    out.println(keys.isEmpty()
        ? "Signed by the key(s) the bundle names; compare with the fingerprint the installation publishes:"
        : "Checked against the pinned key(s) only:");
    verdict.keyFingerprints().forEach(k -> out.println("  " + k));
    if (verdict.intact()) {
      out.printf("INTACT: every entry, checkpoint signature, inclusion and consistency proof verifies (%d entries, "
          + "%d checkpoints).%n", verdict.log().entries(), verdict.log().checkpoints());
      return 0;
    }
    out.println("BROKEN:");
    if (verdict.log() != null && verdict.log().firstBadEntry() != null) {
      out.println("  first entry that does not match: " + verdict.log().firstBadEntry());
    }
    verdict.problems().forEach(p -> out.println("  - " + p));
    return 1;
  }
}
