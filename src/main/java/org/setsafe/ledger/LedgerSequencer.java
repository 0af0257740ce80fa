package org.setsafe.ledger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.setsafe.ledger.domain.LeafFormat;
import org.setsafe.ledger.domain.LedgerStore;
import org.setsafe.shared.RecordedFact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives every recorded fact its place in its log. Callers hand facts over and wait; one thread takes
 * whatever has queued up, writes it as one transaction per log (group commit: one disk flush for many
 * facts), and only then answers each caller with its entry. So an append that returned is on disk, and
 * many concurrent appends cost little more than one.
 *
 * <p>Across instances, the log's row lock orders writers; across restarts, the fact id makes a fact
 * re-delivered by the event registry land once.
 */
@Component
class LedgerSequencer implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(LedgerSequencer.class);
  static final int MAX_KIND = 100;
  static final int MAX_SUBJECT = 200;

  private final LedgerStore store;
  private final LedgerPublications publications;
  private final LedgerLogs logs;
  private final TreeCache trees;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final int maxBatch;
  private final Duration appendTimeout;
  private final BlockingQueue<Pending> queue;
  private volatile boolean running;
  private Thread worker;

  /** A fact on its way in; {@code handedOver} when it came from the event registry, whose publication it completes. */
  private record Pending(RecordedFact fact, String factJson, boolean handedOver, CompletableFuture<LedgerEntry> done) {}

  LedgerSequencer(LedgerStore store, LedgerPublications publications, LedgerLogs logs, TreeCache trees,
      TransactionTemplate transactions, Clock clock,
      @Value("${setsafe.ledger.max-batch:500}") int maxBatch,
      @Value("${setsafe.ledger.append-timeout:60s}") Duration appendTimeout) {
    this.store = store;
    this.publications = publications;
    this.logs = logs;
    this.trees = trees;
    this.transactions = transactions;
    this.clock = clock;
    this.maxBatch = maxBatch;
    this.appendTimeout = appendTimeout;
    this.queue = new LinkedBlockingQueue<>(maxBatch * 20);
  }

  /** Records the fact (once, however often it is handed over) and returns its entry once committed. */
  LedgerEntry append(RecordedFact fact) {
    return append(fact, false);
  }

  /**
   * Records a fact the event registry handed over, and completes its publication in the same transaction: an
   * entry on disk and its publication gone are one commit, so a crash leaves either both or neither (and then the
   * registry hands the fact over again, and it lands once).
   */
  LedgerEntry appendHandedOver(RecordedFact fact) {
    return append(fact, true);
  }

  private LedgerEntry append(RecordedFact fact, boolean handedOver) {
    check(fact);
    Pending pending = new Pending(fact, LeafFormat.factJson(fact), handedOver, new CompletableFuture<>());
    try {
      if (!running || !queue.offer(pending, appendTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
        // Stopped (shutting down) or saturated: write it here rather than lose or refuse it.
        write(List.of(pending));
      } else if (!running && queue.remove(pending)) {
        // Queued just as the sequencer stopped: its last look may have found the queue empty, and nobody else would
        // write this fact (the caller would wait out the whole timeout, holding up the shutdown). Taking it back out
        // decides who writes it: if the worker polled it first, remove fails and the worker answers as usual.
        write(List.of(pending));
      }
      return pending.done().get(appendTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while recording " + fact.kind(), e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("the ledger did not record " + fact.kind() + " within " + appendTimeout, e);
    }
  }

  private static void check(RecordedFact fact) {
    if (fact.factId() == null || fact.occurredAt() == null || fact.kind() == null || fact.kind().isBlank()) {
      throw new IllegalArgumentException("a recorded fact needs a factId, a time and a kind: " + fact);
    }
    if (fact.kind().length() > MAX_KIND) {
      throw new IllegalArgumentException("fact kind longer than " + MAX_KIND + ": " + fact.kind());
    }
    if (fact.subjects() != null && fact.subjects().stream().anyMatch(s -> s == null || s.length() > MAX_SUBJECT)) {
      throw new IllegalArgumentException("fact subjects must be present and at most " + MAX_SUBJECT + " characters");
    }
  }

  private void run() {
    List<Pending> batch = new ArrayList<>(maxBatch);
    while (running || !queue.isEmpty()) {
      try {
        Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, maxBatch - 1);
        write(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // write() answers every caller itself; this only keeps the sequencer alive.
        log.error("Ledger sequencer failed on a batch", e);
      } finally {
        batch.clear();
      }
    }
  }

  /** Writes facts grouped by log, one transaction a log; a failing group is retried fact by fact. */
  private void write(List<Pending> batch) {
    Map<UUID, List<Pending>> byProduction = new LinkedHashMap<>();
    for (Pending pending : batch) {
      byProduction.computeIfAbsent(pending.fact().productionId(), id -> new ArrayList<>()).add(pending);
    }
    byProduction.forEach((productionId, group) -> {
      try {
        writeGroup(productionId, group);
      } catch (RuntimeException groupFailed) {
        if (group.size() == 1) {
          group.get(0).done().completeExceptionally(groupFailed);
          return;
        }
        for (Pending one : group) {
          try {
            writeGroup(productionId, List.of(one));
          } catch (RuntimeException failed) {
            one.done().completeExceptionally(failed);
          }
        }
      }
    });
  }

  private void writeGroup(UUID productionId, List<Pending> group) {
    LedgerLog ledgerLog = logs.forProduction(productionId);
    List<LedgerEntry> written = new ArrayList<>();
    Map<Pending, LedgerEntry> answers = new LinkedHashMap<>();
    long first = transactions.execute(status -> {
      // Facts already recorded (re-deliveries) are looked up in the same transaction, but before the log is
      // locked, to keep the locked part of each group commit short. One being recorded elsewhere at this very
      // moment still cannot land twice: the unique fact id fails this group, which is then retried fact by fact,
      // looking up again.
      Map<UUID, LedgerEntry> already = store.recorded(group.stream().map(p -> p.fact().factId()).toList());
      // Their publications are done with this commit (re-deliveries too: a publication is what brought them here
      // again); also before the lock, which the entries alone need.
      Instant completedAt = clock.instant();
      for (Pending pending : group) {
        if (pending.handedOver()) {
          publications.complete(pending.fact(), completedAt);
        }
      }
      long next = store.lockForAppend(ledgerLog.id());
      long start = next;
      List<List<String>> subjects = new ArrayList<>();
      Map<UUID, LedgerEntry> thisBatch = new LinkedHashMap<>();
      for (Pending pending : group) {
        RecordedFact fact = pending.fact();
        LedgerEntry existing = already.getOrDefault(fact.factId(), thisBatch.get(fact.factId()));
        if (existing != null) {
          answers.put(pending, existing);
          continue;
        }
        Instant recordedAt = clock.instant();
        String leaf = LeafFormat.leaf(ledgerLog.origin(), next, recordedAt, fact, pending.factJson());
        LedgerEntry entry = new LedgerEntry(ledgerLog.id(), next++, fact.factId(), fact.kind(), fact.actorId(),
            fact.occurredAt(), recordedAt, leaf, LeafFormat.hash(leaf));
        written.add(entry);
        subjects.add(fact.subjects() == null ? List.of() : fact.subjects());
        thisBatch.put(fact.factId(), entry);
        answers.put(pending, entry);
      }
      if (!written.isEmpty()) {
        store.append(written, subjects);
      }
      return start;
    });
    trees.appended(ledgerLog.id(), first, written.stream().map(LedgerEntry::leafHash).toList());
    answers.forEach((pending, entry) -> pending.done().complete(entry));
  }

  @Override
  public synchronized void start() {
    running = true;
    worker = new Thread(this::run, "ledger-sequencer");
    worker.setDaemon(true);
    worker.start();
  }

  @Override
  public synchronized void stop() {
    running = false;
    if (worker != null) {
      try {
        worker.join(appendTimeout.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Stop after the web server and the event listeners (higher phases stop first), start before them. */
  @Override
  public int getPhase() {
    return Integer.MIN_VALUE + 1000;
  }
}
