package org.setsafe.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import org.setsafe.identity.SystemActor;
import org.setsafe.ledger.Ledger;
import org.setsafe.ledger.LogVerification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "ledger", description = "Verify the ledger, export evidence bundles, manage the signing key.",
    mixinStandardHelpOptions = true, subcommands = {VerifyBundleCommand.class, ReconcileCommand.class})
class LedgerCommand {

  private final Ledger ledger;

  @Spec
  CommandSpec spec;

  LedgerCommand(Ledger ledger) {
    this.ledger = ledger;
  }

  @Command(name = "verify", description = "Recompute every entry, root and signature of every log and compare each "
      + "log with its newest checkpoint witnessed outside the database; exit 1 and name the first entry, checkpoint "
      + "or log that does not match if anything was changed, rolled back or deleted.")
  int verify() {
    List<LogVerification> results = SystemActor.call(ledger::verifyAll);
    PrintWriter out = spec.commandLine().getOut();
    boolean intact = true;
    for (LogVerification result : results) {
      out.println(result.summary());
      if (!result.intact()) {
        intact = false;
        if (result.firstBadEntry() != null) {
          out.println("  first entry that does not match: " + result.firstBadEntry());
        }
        result.problems().forEach(p -> out.println("  - " + p));
      }
    }
    out.println("Compared with the checkpoints witnessed in " + ledger.witnessDirectory());
    out.println(intact ? "Ledger intact: " + results.size() + " log(s) verified."
        : "LEDGER BROKEN: see the problems above.");
    intact &= ((ReconcileCommand) spec.subcommands().get("reconcile").getCommand()).reconcile(out) == 0;
    return intact ? 0 : 1;
  }

  @Command(name = "export", description = "Write a production's evidence bundle to a file (verify it anywhere with "
      + "'ledger verify-bundle').")
  int export(
      @Option(names = "--production", description = "The production's id") UUID productionId,
      @Option(names = "--installation", description = "The installation log (accounts, key rotations) instead")
      boolean installation,
      @Option(names = "--output", description = "File to write (default: setsafe-evidence-<production>.jsonl)")
      Path output) {
    if ((productionId == null) == !installation) {
      spec.commandLine().getErr().println("Give either --production <id> or --installation.");
      return 2;
    }
    Path target = output != null ? output
        : Path.of("setsafe-evidence-" + (installation ? "installation" : productionId) + ".jsonl");
    return Cli.guard(spec, () -> {
      try {
        // Write beside the target and move into place, so a failed export never leaves half a bundle.
        Path partial = Files.createTempFile(target.toAbsolutePath().getParent(), ".setsafe-evidence", ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
          SystemActor.run(() -> {
            if (installation) {
              ledger.exportInstallationBundle(out);
            } else {
              ledger.exportBundle(productionId, out);
            }
          });
        } catch (RuntimeException e) {
          Files.deleteIfExists(partial);
          throw e;
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      String fingerprint = ledger.publicKeys().stream().filter(Ledger.PublicKey::current)
          .map(Ledger.PublicKey::fingerprint).findFirst().orElse("?");
      // Every key, not only the current one: a log older than the last rotation was signed by earlier keys too.
      String trust = String.join(" ", ledger.publicKeys().stream().map(k -> "--fingerprint " + k.fingerprint()).toList());
      spec.commandLine().getOut().printf("Wrote %s, signed with %s%nVerify it anywhere with: setsafe ledger "
          + "verify-bundle %s %s%n", target, fingerprint, target, trust);
    });
  }

  @Command(name = "keys", description = "List the checkpoint signing keys (public parts) and their fingerprints.")
  int keys() {
    ledger.publicKeys().forEach(k -> spec.commandLine().getOut().printf("%s%s%n  fingerprint %s%n  vkey %s%n",
        k.name(), k.current() ? " (current)" : "", k.fingerprint(), k.vkey()));
    return 0;
  }

  @Command(name = "rotate-key", description = "Make a new signing key current. Old keys are kept so that old "
      + "checkpoints stay verifiable; publish the new fingerprint.")
  int rotateKey() {
    Ledger.PublicKey key = SystemActor.call(ledger::rotateKey);
    spec.commandLine().getOut().printf("New signing key %s%n  fingerprint %s%n  vkey %s%n", key.name(),
        key.fingerprint(), key.vkey());
    return 0;
  }

  @Command(name = "sign", description = "Sign a checkpoint now for every log that grew since its last one.")
  int sign() {
    int signed = SystemActor.call(ledger::signCheckpoints).size();
    spec.commandLine().getOut().printf("Signed %d checkpoint(s).%n", signed);
    return 0;
  }
}
