package org.setsafe.ledger.domain;

import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

/**
 * Checks RFC 9162 inclusion and consistency proofs: the evidence that a ledger entry is in a
 * published root and that a later root only added to an earlier one. Anyone holding a root can run
 * these, without trusting the server that produced the proof.
 *
 * <p>Proofs arrive from outside, so nothing here throws: any malformed input (negative or
 * inconsistent sizes, null or missing hashes, hashes that are not 32 bytes, proofs of the wrong
 * length) is simply a proof that does not verify.
 */
public final class MerkleProofs {

  private MerkleProofs() {
  }

  /** RFC 9162 §2.1.3.2: true only if {@code proof} shows leaf {@code leafIndex} is in {@code root}. */
  public static boolean verifyInclusion(long leafIndex, long treeSize, byte[] leafHash, List<byte[]> proof,
      byte[] root) {
    return isHash(root)
        && rootFromInclusionProof(leafIndex, treeSize, leafHash, proof)
            .map(computed -> MessageDigest.isEqual(computed, root))
            .orElse(false);
  }

  /**
   * The root that {@code proof} implies for leaf {@code leafIndex} of a tree of {@code treeSize},
   * or empty when the proof is malformed (wrong length for the position, bad hashes, bad sizes).
   */
  public static Optional<byte[]> rootFromInclusionProof(long leafIndex, long treeSize, byte[] leafHash,
      List<byte[]> proof) {
    if (leafIndex < 0 || treeSize <= 0 || leafIndex >= treeSize || !isHash(leafHash) || !allHashes(proof)) {
      return Optional.empty();
    }
    long fn = leafIndex;
    long sn = treeSize - 1;
    byte[] r = leafHash;
    for (byte[] p : nullAsEmpty(proof)) {
      if (sn == 0) {
        return Optional.empty();
      }
      if ((fn & 1) == 1 || fn == sn) {
        r = MerkleHashes.nodeHash(p, r);
        // The rightmost node at this level had no sibling; climb past the levels it was promoted through.
        while ((fn & 1) == 0 && fn != 0) {
          fn >>= 1;
          sn >>= 1;
        }
      } else {
        r = MerkleHashes.nodeHash(r, p);
      }
      fn >>= 1;
      sn >>= 1;
    }
    // sn not yet 0 means the proof was too short to reach the root.
    if (sn != 0) {
      return Optional.empty();
    }
    // A one-leaf tree's root is the leaf hash itself; hand back a copy, not the caller's array.
    return Optional.of(r == leafHash ? leafHash.clone() : r);
  }

  /**
   * RFC 9162 §2.1.4.2: true only if {@code proof} shows the tree of {@code size1} entries with root
   * {@code root1} is a prefix of the tree of {@code size2} with root {@code root2}. A proof from the
   * empty tree is refused: every tree extends it, so it would vouch for nothing.
   */
  public static boolean verifyConsistency(long size1, long size2, byte[] root1, byte[] root2, List<byte[]> proof) {
    if (size1 <= 0 || size2 < size1 || root1 == null || root2 == null || !allHashes(proof)) {
      return false;
    }
    List<byte[]> path = nullAsEmpty(proof);
    if (size1 == size2) {
      // Nothing is hashed, so the roots need only be the same bytes; any length is compared as given.
      return path.isEmpty() && MessageDigest.isEqual(root1, root2);
    }
    // root1 may be used as the first node of the path below, so it must be a real hash, like the path.
    if (path.isEmpty() || !isHash(root1) || !isHash(root2)) {
      return false;
    }
    // When the old tree is a perfect subtree of the new one its root is the first node of the path,
    // and the RFC leaves it out of the proof.
    boolean oldRootIsStart = Long.bitCount(size1) == 1;
    int next = oldRootIsStart ? 0 : 1;
    byte[] start = oldRootIsStart ? root1 : path.get(0);

    long fn = size1 - 1;
    long sn = size2 - 1;
    while ((fn & 1) == 1) {
      fn >>= 1;
      sn >>= 1;
    }
    byte[] fr = start;
    byte[] sr = start;
    for (byte[] c : path.subList(next, path.size())) {
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        fr = MerkleHashes.nodeHash(c, fr);
        sr = MerkleHashes.nodeHash(c, sr);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>= 1;
          sn >>= 1;
        }
      } else {
        sr = MerkleHashes.nodeHash(sr, c);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && MessageDigest.isEqual(fr, root1) && MessageDigest.isEqual(sr, root2);
  }

  private static boolean isHash(byte[] hash) {
    return hash != null && hash.length == MerkleHashes.HASH_SIZE;
  }

  private static boolean allHashes(List<byte[]> proof) {
    if (proof == null) {
      return true;
    }
    for (byte[] hash : proof) {
      if (!isHash(hash)) {
        return false;
      }
    }
    return true;
  }

  private static List<byte[]> nullAsEmpty(List<byte[]> proof) {
    return proof == null ? List.of() : proof;
  }
}
