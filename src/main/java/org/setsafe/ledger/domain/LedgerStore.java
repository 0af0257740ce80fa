package org.setsafe.ledger.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.setsafe.ledger.LedgerEntry;
import org.setsafe.ledger.LedgerLog;
import org.setsafe.ledger.SignedCheckpoint;

/**
 * Where the ledger keeps its logs, entries and checkpoints. Append and read, nothing else: there is
 * deliberately no way to update or delete through it.
 */
public interface LedgerStore {

  Optional<LedgerLog> logByScope(String scope);

  Optional<LedgerLog> log(UUID logId);

  List<LedgerLog> logs();

  /** The logs holding entries that no signed checkpoint covers yet, found without locking anything. */
  List<LedgerLog> logsAheadOfTheirCheckpoints();

  /** Adds the log unless one with its scope exists; returns the log that stands. */
  LedgerLog addLog(LedgerLog log);

  /**
   * Takes the log's write lock for the current transaction (appenders and checkpoint signers on every
   * instance queue behind it) and returns the number of entries the log holds, i.e. the next index.
   */
  long lockForAppend(UUID logId);

  /** Entries in the log (the next index), read without locking. */
  long size(UUID logId);

  /** Of these fact ids, the ones already in the ledger, with their entries. */
  Map<UUID, LedgerEntry> recorded(Collection<UUID> factIds);

  /** Inserts entries (and the subjects each is about) in one batch. */
  void append(List<LedgerEntry> entries, List<List<String>> subjects);

  void appendCheckpoint(SignedCheckpoint checkpoint);

  List<SignedCheckpoint> checkpoints(UUID logId);

  Optional<SignedCheckpoint> latestCheckpoint(UUID logId);

  Optional<SignedCheckpoint> checkpoint(UUID logId, long treeSize);

  /** Streams entries from {@code fromIndex} on, in index order, without holding them all in memory. */
  void forEachEntry(UUID logId, long fromIndex, Consumer<LedgerEntry> consumer);

  /** Streams stored leaf hashes from {@code fromIndex} on, in index order (index, hash). */
  void forEachLeafHash(UUID logId, long fromIndex, LeafHashConsumer consumer);

  /**
   * Streams what verification and bundles need from {@code fromIndex} on, in index order: each entry's index,
   * leaf text and stored leaf hash, and no other column, since decoding the rest costs as much as hashing.
   */
  void forEachLeaf(UUID logId, long fromIndex, LeafConsumer consumer);

  Optional<LedgerEntry> entry(UUID logId, long index);

  /** The entries at these indexes of the log (those that exist), in index order. */
  List<LedgerEntry> entries(UUID logId, Collection<Long> indexes);

  /** Up to {@code limit} entries, newest first, starting below {@code beforeIndex}. */
  List<LedgerEntry> entriesBefore(UUID logId, long beforeIndex, int limit);

  /** Up to {@code limit} entries about this subject, newest first. */
  List<LedgerEntry> aboutSubject(UUID logId, String subject, int limit);

  Optional<LedgerEntry> byFactId(UUID factId);

  /**
   * Every entry about any of these subjects, each once, oldest first; with {@code occurredFrom} and
   * {@code occurredBefore} given, only those that happened in that window. Found through the subject index, never
   * by reading the whole log.
   */
  List<LedgerEntry> aboutAny(UUID logId, Collection<String> subjects, java.time.Instant occurredFrom,
      java.time.Instant occurredBefore);

  /** Reads one entry's (index, leaf, stored leaf hash). */
  @FunctionalInterface
  interface LeafConsumer {
    void accept(long index, String leaf, byte[] leafHash);
  }

  /** Reads one (index, stored leaf hash) pair. */
  @FunctionalInterface
  interface LeafHashConsumer {
    void accept(long index, byte[] leafHash);
  }
}
