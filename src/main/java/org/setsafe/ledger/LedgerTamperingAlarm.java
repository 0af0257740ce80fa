package org.setsafe.ledger;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The alarm when the ledger was changed behind SetSafe's back and a checkpoint was refused: an error line in the
 * log, a {@link LedgerEvents.CheckpointRefused} fact (recorded, and turned into a notice to administrators and
 * studio safety by the operations module), and health component {@code ledger} DOWN until that log is signed
 * again. Raised once per log and finding on this instance, however often the signer retries.
 */
@Component("ledgerHealthIndicator")
class LedgerTamperingAlarm implements HealthIndicator {

  private static final Logger log = LoggerFactory.getLogger(LedgerTamperingAlarm.class);

  private final ApplicationEventPublisher events;
  private final TransactionTemplate transactions;
  private final Clock clock;
  /** Per log origin, the finding that stopped its signing. */
  private final Map<String, String> refused = new ConcurrentHashMap<>();

  LedgerTamperingAlarm(ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
    this.events = events;
    this.transactions = transactions;
    this.clock = clock;
  }

  void raise(LedgerLog ledgerLog, long databaseSize, String reason) {
    log.error("LEDGER TAMPERING: {}; no new checkpoint signed for log {}. Run 'setsafe ledger verify'.", reason,
        ledgerLog.origin());
    if (reason.equals(refused.put(ledgerLog.origin(), reason))) {
      return;
    }
    // In a transaction of its own, so the event registry keeps the fact until the ledger and operations have it.
    transactions.executeWithoutResult(status -> events.publishEvent(new LedgerEvents.CheckpointRefused(
        UUID.randomUUID(), clock.instant(), ledgerLog.origin(), ledgerLog.productionId(), databaseSize, reason)));
  }

  /** The log was signed again: whatever stopped it no longer does. */
  void signed(LedgerLog ledgerLog) {
    refused.remove(ledgerLog.origin());
  }

  @Override
  public Health health() {
    return refused.isEmpty() ? Health.up().build()
        : Health.down().withDetail("refusedLogs", refused.size()).withDetail("findings", Map.copyOf(refused)).build();
  }
}
