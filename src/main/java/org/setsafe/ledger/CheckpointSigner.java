package org.setsafe.ledger;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.setsafe.ledger.domain.Checkpoint;
import org.setsafe.ledger.domain.LedgerStore;
import org.setsafe.ledger.domain.MerkleTree;
import org.setsafe.ledger.domain.SignedNote;
import org.setsafe.ledger.domain.SigningKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs checkpoints: per interval, for every log that grew, one signed note over its size and root
 * (and on demand, before an export). Never per entry: signing is what makes the ledger slow if done
 * for every fact, and a checkpoint vouches for everything before it anyway.
 *
 * <p>Before signing it checks that the new tree still contains the last signed one. If the stored
 * entries were changed behind SetSafe's back, it refuses to sign over the change and says so loudly.
 */
@Component
class CheckpointSigner {

  private static final Logger log = LoggerFactory.getLogger(CheckpointSigner.class);

  private final LedgerStore store;
  private final TreeCache trees;
  private final LedgerKeys keys;
  private final TransactionTemplate transactions;
  private final Clock clock;

  CheckpointSigner(LedgerStore store, TreeCache trees, LedgerKeys keys, TransactionTemplate transactions,
      Clock clock) {
    this.store = store;
    this.trees = trees;
    this.keys = keys;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${setsafe.ledger.checkpoint-interval:5s}",
      initialDelayString = "${setsafe.ledger.checkpoint-interval:5s}")
  void signWhatGrew() {
    // Only logs that grew are locked: a sweep over every log would queue behind every busy appender.
    for (LedgerLog ledgerLog : store.logsAheadOfTheirCheckpoints()) {
      try {
        sign(ledgerLog);
      } catch (RuntimeException e) {
        log.error("Could not sign a checkpoint for ledger log {}", ledgerLog.origin(), e);
      }
    }
  }

  /** Signs every log that grew since its last checkpoint; returns the checkpoints made now. */
  List<SignedCheckpoint> signAll() {
    List<SignedCheckpoint> signed = new ArrayList<>();
    for (LedgerLog ledgerLog : store.logsAheadOfTheirCheckpoints()) {
      Optional<SignedCheckpoint> before = store.latestCheckpoint(ledgerLog.id());
      SignedCheckpoint now = sign(ledgerLog);
      if (now != null && (before.isEmpty() || before.get().treeSize() != now.treeSize())) {
        signed.add(now);
      }
    }
    return signed;
  }

  /** The log's checkpoint at its current size, signed now if there is none yet; null for an empty log. */
  SignedCheckpoint sign(LedgerLog ledgerLog) {
    return transactions.execute(status -> {
      long size = store.lockForAppend(ledgerLog.id());
      Optional<SignedCheckpoint> latest = store.latestCheckpoint(ledgerLog.id());
      if (size == 0 || latest.map(c -> c.treeSize() == size).orElse(false)) {
        return latest.orElse(null);
      }
      MerkleTree tree = trees.atLeast(ledgerLog.id(), size);
      latest.ifPresent(previous -> refuseIfRewritten(ledgerLog, tree, previous));
      SigningKey key = keys.current();
      String body = new Checkpoint(ledgerLog.origin(), size, tree.root(size),
          List.of("time " + DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS))))
          .body();
      SignedCheckpoint checkpoint = new SignedCheckpoint(ledgerLog.id(), size, SignedNote.sign(body, key), key.name(),
          clock.instant());
      store.appendCheckpoint(checkpoint);
      return checkpoint;
    });
  }

  private void refuseIfRewritten(LedgerLog ledgerLog, MerkleTree tree, SignedCheckpoint previous) {
    Checkpoint signedBefore = Checkpoint.parse(SignedNote.open(previous.note(), keys.all()).text());
    if (!Arrays.equals(tree.root(signedBefore.treeSize()), signedBefore.rootHash())) {
      trees.clear();
      log.error("LEDGER TAMPERING: log {} no longer matches its checkpoint at size {}; no new checkpoint signed. "
          + "Run 'setsafe ledger verify'.", ledgerLog.origin(), previous.treeSize());
      throw new IllegalStateException("ledger log " + ledgerLog.origin()
          + " no longer matches its signed checkpoint at size " + previous.treeSize());
    }
  }
}
