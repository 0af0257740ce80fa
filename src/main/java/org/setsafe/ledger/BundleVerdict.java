package org.setsafe.ledger;

import java.util.List;

/**
 * What checking an evidence bundle found: whose keys signed it (fingerprints, to compare with the
 * ones the installation publishes), what the log holds, and every problem, each naming the line,
 * entry or checkpoint concerned.
 */
public record BundleVerdict(String origin, String productionName, long treeSize, List<String> keyFingerprints,
    LogVerification log, List<String> problems) {

  public boolean intact() {
    return problems.isEmpty();
  }
}
