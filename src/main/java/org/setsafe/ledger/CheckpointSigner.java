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
import org.setsafe.ledger.domain.WitnessedCheckpoints;
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
 * <p>Before signing it checks that the new tree still contains the last signed one and the newest one the witness
 * outside the database holds ({@link CheckpointWitness}). If the stored entries were changed, rolled back or
 * wiped behind SetSafe's back, it refuses to sign over the change and raises the alarm
 * ({@link LedgerTamperingAlarm}).
 */
@Component
class CheckpointSigner {

  private static final Logger log = LoggerFactory.getLogger(CheckpointSigner.class);

  private final LedgerStore store;
  private final TreeCache trees;
  private final LedgerKeys keys;
  private final CheckpointWitness witness;
  private final LedgerTamperingAlarm alarm;
  private final TransactionTemplate transactions;
  private final Clock clock;

  CheckpointSigner(LedgerStore store, TreeCache trees, LedgerKeys keys, CheckpointWitness witness,
      LedgerTamperingAlarm alarm, TransactionTemplate transactions, Clock clock) {
    this.store = store;
    this.trees = trees;
    this.keys = keys;
    this.witness = witness;
    this.alarm = alarm;
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

  /**
   * The log's checkpoint at its current size, signed now if there is none yet; null for an empty log. Refused,
   * with the alarm raised, when the log no longer extends its last signed checkpoint or its newest witnessed one.
   */
  SignedCheckpoint sign(LedgerLog ledgerLog) {
    try {
      SignedCheckpoint signed = transactions.execute(status -> signLocked(ledgerLog));
      alarm.signed(ledgerLog);
      return signed;
    } catch (Tampered tampered) {
      // Proofs and the next attempt must come from what the database holds now, not from a copy made before.
      trees.clear();
      alarm.raise(ledgerLog, tampered.databaseSize, tampered.getMessage());
      throw new IllegalStateException(tampered.getMessage(), tampered);
    }
  }

  private SignedCheckpoint signLocked(LedgerLog ledgerLog) {
    long size = store.lockForAppend(ledgerLog.id());
    Optional<SignedCheckpoint> latest = store.latestCheckpoint(ledgerLog.id());
    WitnessedCheckpoints witnessed = witness.newest(ledgerLog.origin());
    boolean upToDate = latest.map(c -> c.treeSize() == size).orElse(false);
    if (size == 0 && witnessed.newest().isEmpty() || upToDate && witnessed.newest().isPresent()
        && witnessed.newest().get().treeSize() == size) {
      return latest.orElse(null);
    }
    MerkleTree tree = size == 0 ? new MerkleTree() : trees.atLeast(ledgerLog.id(), size);
    if (latest.isPresent()) {
      refuseIfRewritten(ledgerLog, tree, latest.get(), size);
    }
    Optional<String> notExtended = witnessed.notExtendedBy(tree, size);
    if (notExtended.isPresent()) {
      throw new Tampered(notExtended.get(), size);
    }
    if (upToDate) {
      // Signed before the witness was there, or the witness lost the race with a crash: witness it now.
      witness.witness(ledgerLog, latest.get());
      return latest.get();
    }
    SigningKey key = keys.current();
    String body = new Checkpoint(ledgerLog.origin(), size, tree.root(size),
        List.of("time " + DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS))))
        .body();
    SignedCheckpoint checkpoint = new SignedCheckpoint(ledgerLog.id(), size, SignedNote.sign(body, key), key.name(),
        clock.instant());
    store.appendCheckpoint(checkpoint);
    // Witnessed (and synced to disk) before the commit: a checkpoint the witness does not hold is never signed.
    witness.witness(ledgerLog, checkpoint);
    return checkpoint;
  }

  private void refuseIfRewritten(LedgerLog ledgerLog, MerkleTree tree, SignedCheckpoint previous, long size) {
    Checkpoint signedBefore = Checkpoint.parse(SignedNote.open(previous.note(), keys.all()).text());
    if (signedBefore.treeSize() > size) {
      throw new Tampered(ledgerLog.origin() + " holds " + size + " entries but its signed checkpoint covers "
          + signedBefore.treeSize(), size);
    }
    if (!Arrays.equals(tree.root(signedBefore.treeSize()), signedBefore.rootHash())) {
      throw new Tampered("ledger log " + ledgerLog.origin() + " no longer matches its signed checkpoint at size "
          + previous.treeSize(), size);
    }
  }

  /** The log was changed behind SetSafe's back; thrown inside the transaction so that nothing is written. */
  private static final class Tampered extends RuntimeException {
    private final long databaseSize;

    Tampered(String message, long databaseSize) {
      super(message, null, false, false);
      this.databaseSize = databaseSize;
    }
  }
}
