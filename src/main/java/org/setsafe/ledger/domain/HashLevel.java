package org.setsafe.ledger.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One level of a {@link MerkleTree}: the hashes of its consecutive perfect subtrees of one size, in
 * order. They are packed into large byte arrays rather than one array per hash, so a ledger of a
 * million entries costs 32 bytes a hash and no per-object overhead, and the garbage collector sees a
 * few dozen objects instead of millions.
 *
 * <p>Not thread-safe; the tree guards it.
 */
final class HashLevel {

  static final int CHUNK_SHIFT = 16;
  static final int HASHES_PER_CHUNK = 1 << CHUNK_SHIFT;
  private static final int CHUNK_MASK = HASHES_PER_CHUNK - 1;
  private static final int CHUNK_BYTES = HASHES_PER_CHUNK * MerkleHashes.HASH_SIZE;
  // Upper levels and small trees hold few hashes; a full 2 MB chunk for each would dwarf the data.
  private static final int FIRST_CHUNK_BYTES = 16 * MerkleHashes.HASH_SIZE;

  private final List<byte[]> chunks = new ArrayList<>();
  private long size;

  long size() {
    return size;
  }

  void add(byte[] hash) {
    int chunkIndex = Math.toIntExact(size >>> CHUNK_SHIFT);
    int offset = (int) (size & CHUNK_MASK) * MerkleHashes.HASH_SIZE;
    if (chunkIndex == chunks.size()) {
      chunks.add(new byte[chunkIndex == 0 ? FIRST_CHUNK_BYTES : CHUNK_BYTES]);
    }
    byte[] chunk = chunks.get(chunkIndex);
    if (offset == chunk.length) {
      // Only the first chunk starts small; it doubles until it reaches the full chunk size.
      chunk = Arrays.copyOf(chunk, Math.min(chunk.length * 2, CHUNK_BYTES));
      chunks.set(chunkIndex, chunk);
    }
    System.arraycopy(hash, 0, chunk, offset, MerkleHashes.HASH_SIZE);
    size++;
  }

  /** A copy of the hash at {@code index}, which the caller has checked is below {@link #size()}. */
  byte[] get(long index) {
    byte[] chunk = chunks.get((int) (index >>> CHUNK_SHIFT));
    int offset = (int) (index & CHUNK_MASK) * MerkleHashes.HASH_SIZE;
    return Arrays.copyOfRange(chunk, offset, offset + MerkleHashes.HASH_SIZE);
  }
}
