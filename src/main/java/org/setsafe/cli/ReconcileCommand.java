package org.setsafe.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.setsafe.identity.SystemActor;
import org.setsafe.ledger.LedgerReconciliation;
import org.setsafe.ledger.LedgerReconciliation.Difference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ledger reconcile}: every module's recorded facts against the ledger, each difference on its own line. */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
    description = "Check that every fact the modules' tables hold (custody events, reports and their steps, "
        + "stop-work, sign-offs, acknowledgments, training records) has its ledger entry with the same content, and "
        + "every such ledger entry still has its row; exit 1 and name each difference otherwise.")
class ReconcileCommand implements Callable<Integer> {

  private final LedgerReconciliation reconciliation;

  @Spec
  CommandSpec spec;

  @Option(names = "--production", description = "Only this production's log (default: every log)")
  UUID productionId;

  ReconcileCommand(LedgerReconciliation reconciliation) {
    this.reconciliation = reconciliation;
  }

  @Override
  public Integer call() {
    return reconcile(spec.commandLine().getOut());
  }

  /** Prints each difference and a summary; 0 when the modules and the ledger agree. */
  int reconcile(PrintWriter out) {
    List<Difference> differences = SystemActor.call(() -> productionId == null ? reconciliation.reconcileAll()
        : reconciliation.reconcileProduction(productionId));
    differences.forEach(difference -> out.println("  - " + difference.line()));
    out.println(differences.isEmpty() ? "Modules reconciled: every recorded fact matches its ledger entry."
        : "MODULES DIFFER FROM THE LEDGER: " + differences.size() + " difference(s) above.");
    return differences.isEmpty() ? 0 : 1;
  }
}
