package org.setsafe.ledger;

import java.time.Instant;
import java.util.UUID;

/**
 * One append-only log: a production's (its id is the production's id) or the installation's, for
 * facts that belong to no production. {@code origin} is the first line of every checkpoint of the log,
 * so a checkpoint can never be passed off as another log's.
 */
public record LedgerLog(UUID id, String scope, UUID productionId, String origin, Instant createdAt) {

  public static final String INSTALLATION_SCOPE = "installation";

  public static String scopeOf(UUID productionId) {
    return productionId == null ? INSTALLATION_SCOPE : "production:" + productionId;
  }

  public boolean isInstallation() {
    return productionId == null;
  }
}
