package org.setsafe.ledger.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * The RFC 9162 hash functions the ledger's Merkle tree is built from. The one-byte prefixes keep a
 * leaf from ever being passed off as an inner node (second-preimage attack), so a proof cannot claim
 * that a pair of hashes was a recorded event.
 */
public final class MerkleHashes {

  public static final int HASH_SIZE = 32;

  private static final byte LEAF_PREFIX = 0x00;
  private static final byte NODE_PREFIX = 0x01;

  // MessageDigest is not thread-safe and looking one up per hash is slow when building big trees.
  private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(MerkleHashes::newSha256);

  private MerkleHashes() {
  }

  /** SHA-256(0x00 || leafData): the hash under which a recorded entry enters the tree. */
  public static byte[] leafHash(byte[] leafData) {
    Objects.requireNonNull(leafData, "leafData");
    MessageDigest sha256 = SHA_256.get();
    sha256.update(LEAF_PREFIX);
    return sha256.digest(leafData);
  }

  /**
   * SHA-256(0x01 || left || right). Both children must be exactly {@link #HASH_SIZE} bytes: with
   * other lengths the concatenation could be split in more than one way, and a proof built on that
   * would prove nothing.
   */
  public static byte[] nodeHash(byte[] left, byte[] right) {
    requireHash(left, "left");
    requireHash(right, "right");
    MessageDigest sha256 = SHA_256.get();
    sha256.update(NODE_PREFIX);
    sha256.update(left);
    return sha256.digest(right);
  }

  /** The root of the tree with no leaves: SHA-256 of the empty string. */
  public static byte[] emptyRoot() {
    return SHA_256.get().digest(new byte[0]);
  }

  static byte[] requireHash(byte[] hash, String name) {
    Objects.requireNonNull(hash, name);
    if (hash.length != HASH_SIZE) {
      throw new IllegalArgumentException(name + " must be a " + HASH_SIZE + "-byte hash, was " + hash.length + " bytes");
    }
    return hash;
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256, so this is a broken runtime, not a bad input.
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
