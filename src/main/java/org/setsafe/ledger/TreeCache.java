package org.setsafe.ledger;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.setsafe.ledger.domain.LedgerStore;
import org.setsafe.ledger.domain.MerkleTree;
import org.setsafe.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each log's Merkle tree in memory, so that roots and proofs cost microseconds instead of a pass over
 * the log. Built from the stored leaf hashes on first use and caught up from the database whenever a
 * caller needs more entries than it holds, which is what keeps several instances on one database
 * correct: the database is the truth, the cache only a copy of its append-only tail.
 *
 * <p>Bounded: a tree costs about 70 bytes an entry, so once the cached trees together hold more than
 * {@code setsafe.ledger.tree-cache-entries}, the least recently used are dropped (and rebuilt if asked
 * for again). A studio with many wrapped productions keeps only the busy ones in memory.
 */
@Component
class TreeCache {

  private final LedgerStore store;
  private final TransactionTemplate readOnly;
  private final long maxEntries;
  private final Map<UUID, MerkleTree> trees = new LinkedHashMap<>(16, 0.75f, true);

  TreeCache(LedgerStore store, TransactionTemplate transactions,
      @Value("${setsafe.ledger.tree-cache-entries:${SETSAFE_LEDGER_TREE_CACHE_ENTRIES:5000000}}") long maxEntries) {
    this.store = store;
    this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
    this.readOnly.setReadOnly(true);
    this.maxEntries = maxEntries;
  }

  /** The log's tree holding at least {@code size} entries. */
  MerkleTree atLeast(UUID logId, long size) {
    MerkleTree tree;
    synchronized (trees) {
      tree = trees.computeIfAbsent(logId, id -> new MerkleTree());
    }
    synchronized (tree) {
      if (tree.size() < size) {
        readOnly.executeWithoutResult(status -> store.forEachLeafHash(logId, tree.size(), (index, hash) -> {
          if (index != tree.size()) {
            throw new IllegalStateException("ledger entry " + tree.size() + " of log " + logId + " is missing; "
                + "run ledger verification");
          }
          tree.append(hash);
        }));
      }
    }
    if (tree.size() < size) {
      throw new NotFoundException("The ledger holds " + tree.size() + " entries, not " + size + ".")
          .saying("input.ledger.not-found.tree-size", tree.size(), size);
    }
    evictBeyondBound(logId);
    return tree;
  }

  private void evictBeyondBound(UUID keep) {
    synchronized (trees) {
      long total = trees.values().stream().mapToLong(MerkleTree::size).sum();
      Iterator<Map.Entry<UUID, MerkleTree>> eldestFirst = trees.entrySet().iterator();
      while (total > maxEntries && eldestFirst.hasNext()) {
        Map.Entry<UUID, MerkleTree> eldest = eldestFirst.next();
        if (!eldest.getKey().equals(keep)) {
          total -= eldest.getValue().size();
          eldestFirst.remove();
        }
      }
    }
  }

  /** Entries just committed by this instance; appended only if they extend the cached tree exactly. */
  void appended(UUID logId, long firstIndex, Iterable<byte[]> leafHashes) {
    MerkleTree tree;
    synchronized (trees) {
      tree = trees.get(logId);
    }
    if (tree == null) {
      return;
    }
    synchronized (tree) {
      if (tree.size() == firstIndex) {
        leafHashes.forEach(tree::append);
      }
    }
  }

  /** Forget everything, e.g. after tampering was found, so the next use re-reads the database. */
  void clear() {
    synchronized (trees) {
      trees.clear();
    }
  }
}
