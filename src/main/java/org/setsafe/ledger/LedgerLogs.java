package org.setsafe.ledger;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.setsafe.ledger.domain.LedgerStore;
import org.springframework.stereotype.Component;

/**
 * Finds or opens the log a fact belongs to. A production's log has the production's id; the
 * installation log gets a random id once. Logs never change, so they are cached for good.
 */
@Component
class LedgerLogs {

  private final LedgerStore store;
  private final Clock clock;
  private final Map<String, LedgerLog> byScope = new ConcurrentHashMap<>();

  LedgerLogs(LedgerStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  LedgerLog forProduction(UUID productionId) {
    return byScope.computeIfAbsent(LedgerLog.scopeOf(productionId), scope -> store.logByScope(scope)
        .orElseGet(() -> store.addLog(productionId == null
            ? new LedgerLog(UUID.randomUUID(), scope, null, "setsafe/installation/" + UUID.randomUUID(), clock.instant())
            : new LedgerLog(productionId, scope, productionId, "setsafe/production/" + productionId,
                clock.instant()))));
  }
}
