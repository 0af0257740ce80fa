package org.setsafe.ledger;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.setsafe.ledger.domain.Checkpoint;
import org.setsafe.ledger.domain.SignedNote;
import org.setsafe.ledger.domain.TrustedNotes;
import org.setsafe.ledger.domain.WitnessedCheckpoints;
import org.setsafe.ledger.witness.WitnessDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every signed checkpoint also goes to a witness outside the database: a directory of append-only files,
 * {@code setsafe.ledger.witness-dir} (by default {@code ledger-witness} beside the key directory). The database
 * can then be rolled back, rewritten or wiped only in the open: verification compares it with what was witnessed,
 * and no checkpoint is signed over a log that no longer extends its newest witnessed one. Every instance on one
 * database must see the same directory.
 */
@Component
class CheckpointWitness {

  private final LedgerKeys keys;
  private final Path directory;
  private volatile WitnessDirectory witness;

  CheckpointWitness(LedgerKeys keys, @Value("${setsafe.ledger.witness-dir:}") String configured) {
    this.keys = keys;
    this.directory = configured == null || configured.isBlank()
        ? keys.directory().toAbsolutePath().normalize().resolveSibling("ledger-witness")
        : Path.of(configured);
  }

  private WitnessDirectory witness() {
    if (witness == null) {
      synchronized (this) {
        if (witness == null) {
          witness = WitnessDirectory.open(directory);
        }
      }
    }
    return witness;
  }

  Path directory() {
    return witness().directory();
  }

  /** Everything the witness saw of this log, each note checked against the trusted keys: for verification. */
  WitnessedCheckpoints all(String origin) {
    return WitnessedCheckpoints.all(origin, witness().notes(origin), keys.all());
  }

  /** As {@link #all(String)}, with notes {@code trusted} has already checked (the database's copies) not checked again. */
  WitnessedCheckpoints all(String origin, TrustedNotes trusted) {
    return WitnessedCheckpoints.all(origin, witness().notes(origin), trusted);
  }

  /** The newest checkpoint the witness holds of this log: for signing, read from the end of its file. */
  WitnessedCheckpoints newest(String origin) {
    WitnessedCheckpoints newest = WitnessedCheckpoints.newestOf(origin, witness().newestNotes(origin), keys.all());
    // Only if the end of the file holds nothing that verifies does the whole file have to be read.
    return newest.newest().isPresent() ? newest : all(origin);
  }

  /** The origins of every log ever witnessed. */
  List<String> knownLogs() {
    return witness().knownLogs();
  }

  /** Hands the checkpoint to the witness (durably) unless the newest witnessed one already says the same. */
  void witness(LedgerLog ledgerLog, SignedCheckpoint checkpoint) {
    Checkpoint signed = Checkpoint.parse(SignedNote.open(checkpoint.note(), keys.all()).text());
    boolean alreadyWitnessed = newest(ledgerLog.origin()).newest()
        .map(seen -> seen.treeSize() == signed.treeSize() && Arrays.equals(seen.rootHash(), signed.rootHash()))
        .orElse(false);
    if (!alreadyWitnessed) {
      witness().append(ledgerLog.origin(), checkpoint.note());
    }
  }
}
