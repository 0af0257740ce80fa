package org.setsafe.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
    description = "Verify an evidence bundle offline (no database needed). Exit 0 intact and signed by a key you "
        + "trust, 1 broken, 2 usage error, 3 intact in itself but signed by a key you did not say to trust.")
class VerifyBundleCommand implements Callable<Integer> {

  static final int INTACT = 0;
  static final int BROKEN = 1;
  static final int USAGE = 2;
  static final int UNTRUSTED_KEY = 3;

  @Parameters(paramLabel = "FILE", description = "The bundle (.jsonl) written by 'ledger export' or the web UI")
  Path file;

  @Option(names = "--key", paramLabel = "VKEY", description = "Trust this verifier key (name+hash+base64), "
      + "obtained independently of the bundle, e.g. from the installation's administrator. Repeatable.")
  List<String> keys = List.of();

  @Option(names = "--fingerprint", paramLabel = "SHA256:…", description = "Trust the bundle's key with this "
      + "fingerprint, as the installation publishes it ('setsafe ledger keys', the ledger page). Repeatable.")
  List<String> fingerprints = List.of();

  @Option(names = "--trusted-keys", paramLabel = "FILE", description = "A file of keys to trust, one verifier key "
      + "or fingerprint a line; blank lines and lines starting with # are ignored.")
  Path trustedKeys;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isReadable(file)) {
      err.println("Cannot read " + file);
      return USAGE;
    }
    List<String> pinned = new ArrayList<>(keys);
    List<String> prints = new ArrayList<>(fingerprints);
    if (trustedKeys != null) {
      if (!Files.isReadable(trustedKeys)) {
        err.println("Cannot read the trusted keys file " + trustedKeys);
        return USAGE;
      }
      for (String line : Files.readAllLines(trustedKeys, StandardCharsets.UTF_8)) {
        String key = line.strip();
        if (!key.isEmpty() && !key.startsWith("#")) {
          (key.startsWith("SHA256:") ? prints : pinned).add(key);
        }
      }
    }
    EvidenceBundles.Checked checked;
    try {
      checked = EvidenceBundles.check(file, pinned, prints);
    } catch (IllegalArgumentException badKey) {
      err.println("Refused: --key is not a verifier key: " + badKey.getMessage());
      return USAGE;
    }
    BundleVerdict verdict = checked.verdict();
    out.printf("Bundle: %s%n", file);
    if (verdict.origin() != null) {
      out.printf("Log: %s (%s), %d entries%n", verdict.origin(), verdict.productionName(), verdict.treeSize());
    }
    switch (checked.outcome()) {
      case INTACT -> {
        out.println("Signed by the trusted key(s):");
        verdict.keyFingerprints().forEach(k -> out.println("  " + k));
        out.printf("INTACT: every entry, checkpoint signature, inclusion and consistency proof verifies (%d entries, "
            + "%d checkpoints).%n", verdict.log().entries(), verdict.log().checkpoints());
        return INTACT;
      }
      case UNTRUSTED_KEY -> {
        out.println("NOT TRUSTED: the bundle is consistent in itself, but it is signed by a key you did not say to "
            + "trust, so anyone holding that key could have made it:");
        checked.untrustedKeys().forEach(k -> out.println("  " + k.name() + " " + k.fingerprint()));
        out.println("Compare the fingerprint with the one the installation publishes ('setsafe ledger keys' there, or "
            + "its ledger page), obtained independently of this bundle. If it is the same, verify again with:");
        checked.untrustedKeys().forEach(k -> out.println("  --fingerprint " + k.fingerprint()));
        return UNTRUSTED_KEY;
      }
      default -> {
        out.println("BROKEN:");
        if (verdict.log() != null && verdict.log().firstBadEntry() != null) {
          out.println("  first entry that does not match: " + verdict.log().firstBadEntry());
        }
        verdict.problems().forEach(p -> out.println("  - " + p));
        return BROKEN;
      }
    }
  }
}
