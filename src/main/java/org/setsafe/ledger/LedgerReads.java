package org.setsafe.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.ledger.domain.LedgerStore;
import org.setsafe.ledger.domain.MerkleTree;
import org.springframework.stereotype.Component;

/**
 * What another module reads of a production's log once it has checked who is asking at its own door (an incident's
 * timeline is read by those who may see the production's incidents): the entries about a set of subjects, and their
 * inclusion proofs in one go. No access check here, as with {@code CrewList} and {@code ShootingSchedule}; the
 * {@link Ledger} itself keeps checking for pages and the API.
 *
 * <p>Why it exists beside {@link Ledger#history}: an investigation needs everything about several subjects at once,
 * oldest first and without the history page's cap, and a proof for each line; asking entry by entry would cost a
 * checkpoint lookup and an access check a line.
 */
@Component
public class LedgerReads {

  /** The most entries one read hands out: a timeline is read by people, and a bundle has everything. */
  public static final int MAX_ENTRIES = 5_000;

  private final LedgerStore store;
  private final LedgerLogs logs;
  private final TreeCache trees;

  LedgerReads(LedgerStore store, LedgerLogs logs, TreeCache trees) {
    this.store = store;
    this.logs = logs;
    this.trees = trees;
  }

  /**
   * Every entry of the production's log about any of {@code subjects} ({@code weapon:…}, {@code user:…}), each once,
   * oldest first, up to {@link #MAX_ENTRIES}; with a window, only the entries that happened in {@code [from, before)}.
   */
  public List<LedgerEntry> aboutAny(UUID productionId, Collection<String> subjects, Instant from, Instant before) {
    List<LedgerEntry> found = store.aboutAny(logs.forProduction(productionId).id(), subjects, from, before);
    return found.size() > MAX_ENTRIES ? List.copyOf(found.subList(0, MAX_ENTRIES)) : found;
  }

  /** The checkpoint of exactly this size, if one was signed. */
  public Optional<SignedCheckpoint> checkpoint(UUID productionId, long treeSize) {
    return store.checkpoint(logs.forProduction(productionId).id(), treeSize);
  }

  /**
   * Proofs that each of {@code indexes} is in the signed tree: an entry inside {@code pinned} (a signed checkpoint's
   * size, or null) against that checkpoint, every other against the latest signed checkpoint; null for an entry no
   * signed checkpoint covers yet (the scheduler signs one within seconds). In the order of {@code indexes}.
   *
   * <p>Never signs: a read may run inside its caller's transaction, and a checkpoint witnessed inside one that then
   * rolls back would leave the witness holding a checkpoint the database never had (a false alarm of tampering).
   */
  public List<Proofs.Inclusion> inclusionProofs(UUID productionId, List<Long> indexes, Long pinned) {
    LedgerLog ledgerLog = logs.forProduction(productionId);
    SignedCheckpoint pin = pinned == null ? null : store.checkpoint(ledgerLog.id(), pinned).orElse(null);
    long highest = indexes.stream().mapToLong(Long::longValue).max().orElse(-1);
    SignedCheckpoint latest = pin != null && highest < pin.treeSize() ? null
        : store.latestCheckpoint(ledgerLog.id()).orElse(null);
    long size = Math.max(pin == null ? 0 : pin.treeSize(), latest == null ? 0 : latest.treeSize());
    if (size == 0) {
      return new ArrayList<>(java.util.Collections.nCopies(indexes.size(), (Proofs.Inclusion) null));
    }
    MerkleTree tree = trees.atLeast(ledgerLog.id(), size);
    List<Proofs.Inclusion> proofs = new ArrayList<>(indexes.size());
    for (long index : indexes) {
      SignedCheckpoint against = pin != null && index < pin.treeSize() ? pin : latest;
      if (against == null || index < 0 || index >= against.treeSize()) {
        proofs.add(null);
        continue;
      }
      proofs.add(new Proofs.Inclusion(ledgerLog.origin(), index, against.treeSize(), base64(tree.leafHash(index)),
          tree.inclusionProof(index, against.treeSize()).stream().map(LedgerReads::base64).toList(),
          against.note()));
    }
    return proofs;
  }

  private static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
