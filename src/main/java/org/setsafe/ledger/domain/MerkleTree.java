package org.setsafe.ledger.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The ledger's append-only Merkle tree (RFC 9162 §2.1) over leaf hashes. It guards the promise the
 * ledger makes to an investigator: every root it has ever published can be shown to contain a given
 * entry (inclusion proof) and to be a prefix of every later root (consistency proof), so an entry
 * cannot be changed or removed without the proofs failing.
 *
 * <p>Every complete perfect subtree hash is kept, one {@link HashLevel} per height, so the root of
 * any earlier size costs O(log n) hash operations and a proof O(log² n), never O(n): the RFC
 * recursion only ever asks for ranges that are either such a stored subtree or split into one plus
 * a smaller range. Storage is about 64 bytes a leaf (the leaves, plus as many inner hashes again).
 *
 * <p>Hashes handed in or out are copies, so callers cannot alter the tree through them.
 */
public final class MerkleTree {

  // levels.get(h) holds the hashes of the perfect subtrees of 2^h leaves, left to right.
  private final List<HashLevel> levels = new ArrayList<>();

  public MerkleTree() {
    levels.add(new HashLevel());
  }

  /** Appends one entry, given as its {@link MerkleHashes#leafHash leaf hash} of exactly 32 bytes. */
  public synchronized void append(byte[] leafHash) {
    MerkleHashes.requireHash(leafHash, "leafHash");
    levels.get(0).add(leafHash);
    // Each new leaf completes one perfect subtree at every height where the count becomes even.
    for (int height = 0; levels.get(height).size() % 2 == 0; height++) {
      HashLevel level = levels.get(height);
      long right = level.size() - 1;
      byte[] parent = MerkleHashes.nodeHash(level.get(right - 1), level.get(right));
      if (levels.size() == height + 1) {
        levels.add(new HashLevel());
      }
      levels.get(height + 1).add(parent);
    }
  }

  public synchronized long size() {
    return levels.get(0).size();
  }

  public synchronized byte[] leafHash(long index) {
    if (index < 0 || index >= size()) {
      throw new IndexOutOfBoundsException("leaf " + index + " of a tree of " + size());
    }
    return levels.get(0).get(index);
  }

  /** The root of the tree as it stands now. */
  public synchronized byte[] root() {
    return root(size());
  }

  /** The root the tree had when it held its first {@code treeSize} entries. */
  public synchronized byte[] root(long treeSize) {
    requireSize(treeSize);
    return treeSize == 0 ? MerkleHashes.emptyRoot() : subtreeHash(0, treeSize);
  }

  /**
   * The RFC 9162 inclusion proof (PATH) that leaf {@code leafIndex} is in the tree of the first
   * {@code treeSize} entries, hashes ordered from the leaf's sibling up to the root's child.
   */
  public synchronized List<byte[]> inclusionProof(long leafIndex, long treeSize) {
    requireSize(treeSize);
    if (leafIndex < 0 || leafIndex >= treeSize) {
      throw new IllegalArgumentException("leaf " + leafIndex + " is not in a tree of " + treeSize);
    }
    List<byte[]> proof = new ArrayList<>();
    addPath(leafIndex, 0, treeSize, proof);
    return List.copyOf(proof);
  }

  /**
   * The RFC 9162 consistency proof (PROOF) that the tree of the first {@code size1} entries is a
   * prefix of the tree of the first {@code size2}. Empty when the sizes are equal.
   */
  public synchronized List<byte[]> consistencyProof(long size1, long size2) {
    requireSize(size2);
    if (size1 <= 0 || size1 > size2) {
      // A proof from the empty tree proves nothing, so verifiers refuse it; do not hand one out.
      throw new IllegalArgumentException("no consistency proof from size " + size1 + " to " + size2);
    }
    List<byte[]> proof = new ArrayList<>();
    addSubproof(size1, 0, size2, true, proof);
    return List.copyOf(proof);
  }

  private void requireSize(long treeSize) {
    if (treeSize < 0 || treeSize > size()) {
      throw new IllegalArgumentException("tree size " + treeSize + " is outside 0.." + size());
    }
  }

  /** PATH(m, D[start:end]) of RFC 9162 §2.1.3.1, with m an absolute leaf index. */
  private void addPath(long m, long start, long end, List<byte[]> proof) {
    if (end - start == 1) {
      return;
    }
    long k = splitPoint(end - start);
    if (m < start + k) {
      addPath(m, start, start + k, proof);
      proof.add(subtreeHash(start + k, end));
    } else {
      addPath(m, start + k, end, proof);
      proof.add(subtreeHash(start, start + k));
    }
  }

  /** SUBPROOF(m, D[start:end], b) of RFC 9162 §2.1.4.1, with m an absolute size. */
  private void addSubproof(long m, long start, long end, boolean startsFromOldRoot, List<byte[]> proof) {
    if (m == end) {
      if (!startsFromOldRoot) {
        proof.add(subtreeHash(start, end));
      }
      return;
    }
    long k = splitPoint(end - start);
    if (m - start <= k) {
      addSubproof(m, start, start + k, startsFromOldRoot, proof);
      proof.add(subtreeHash(start + k, end));
    } else {
      addSubproof(m, start + k, end, false, proof);
      proof.add(subtreeHash(start, start + k));
    }
  }

  /**
   * MTH(D[start:end]) for a non-empty range. A stored perfect subtree is a lookup; any other range
   * is a stored left part plus a smaller right part, so this recurses at most log n times.
   */
  private byte[] subtreeHash(long start, long end) {
    long n = end - start;
    if (Long.bitCount(n) == 1 && start % n == 0) {
      int height = Long.numberOfTrailingZeros(n);
      return levels.get(height).get(start >>> height);
    }
    long k = splitPoint(n);
    return MerkleHashes.nodeHash(subtreeHash(start, start + k), subtreeHash(start + k, end));
  }

  /** The largest power of two smaller than n (n >= 2): where RFC 9162 splits a range. */
  private static long splitPoint(long n) {
    return Long.highestOneBit(n - 1);
  }
}
