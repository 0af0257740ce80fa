package org.setsafe.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fuzzes the proof verifiers: whatever bytes arrive they must answer, never throw, and a genuine
 * proof altered in any way must stop verifying. A plain test run replays the inputs saved under
 * MerkleProofsFuzzTestInputs; with JAZZER_FUZZ=1 Jazzer searches for new ones.
 */
class MerkleProofsFuzzTest {

  private static final int MAX_TREE = 300;

  @FuzzTest(maxDuration = "60s")
  void verifiersAnswerAnyInputWithoutThrowing(FuzzedDataProvider data) {
    long size1 = data.consumeLong();
    long size2 = data.consumeBoolean() ? data.consumeLong() : size1 + data.consumeInt(0, 64);
    byte[] first = maybeNull(data, hashLike(data));
    byte[] second = maybeNull(data, hashLike(data));
    List<byte[]> proof = data.consumeBoolean() ? null : proof(data);

    boolean included = MerkleProofs.verifyInclusion(size1, size2, first, proof, second);
    boolean consistent = MerkleProofs.verifyConsistency(size1, size2, first, second, proof);
    MerkleProofs.rootFromInclusionProof(size1, size2, first, proof);

    if (size1 <= 0 || size2 < size1) {
      assertThat(consistent).isFalse();
    }
    if (size1 < 0 || size2 <= size1) {
      assertThat(included).isFalse();
    }
  }

  @FuzzTest(maxDuration = "60s")
  void alteredInclusionProofIsRejected(FuzzedDataProvider data) {
    MerkleTree tree = aTreeFrom(data);
    long size = data.consumeLong(1, tree.size());
    long index = data.consumeLong(0, size - 1);
    byte[] leaf = tree.leafHash(index);
    byte[] root = tree.root(size);
    List<byte[]> proof = tree.inclusionProof(index, size);
    assertThat(MerkleProofs.verifyInclusion(index, size, leaf, proof, root)).isTrue();

    switch (data.consumeInt(0, 3)) {
      case 0 -> {
        List<byte[]> altered = altered(data, proof);
        if (!sameHashes(altered, proof)) {
          assertThat(MerkleProofs.verifyInclusion(index, size, leaf, altered, root)).isFalse();
        }
      }
      case 1 -> {
        byte[] otherLeaf = hashLike(data);
        if (!Arrays.equals(otherLeaf, leaf)) {
          assertThat(MerkleProofs.verifyInclusion(index, size, otherLeaf, proof, root)).isFalse();
        }
      }
      case 2 -> {
        byte[] otherRoot = hashLike(data);
        if (!Arrays.equals(otherRoot, root)) {
          assertThat(MerkleProofs.verifyInclusion(index, size, leaf, proof, otherRoot)).isFalse();
        }
      }
      default -> {
        long otherIndex = data.consumeLong();
        if (otherIndex != index) {
          assertThat(MerkleProofs.verifyInclusion(otherIndex, size, leaf, proof, root)).isFalse();
        }
      }
    }
  }

  @FuzzTest(maxDuration = "60s")
  void alteredConsistencyProofIsRejected(FuzzedDataProvider data) {
    MerkleTree tree = aTreeFrom(data);
    long size2 = data.consumeLong(1, tree.size());
    long size1 = data.consumeLong(1, size2);
    byte[] root1 = tree.root(size1);
    byte[] root2 = tree.root(size2);
    List<byte[]> proof = tree.consistencyProof(size1, size2);
    assertThat(MerkleProofs.verifyConsistency(size1, size2, root1, root2, proof)).isTrue();

    switch (data.consumeInt(0, 2)) {
      case 0 -> {
        List<byte[]> altered = altered(data, proof);
        if (!sameHashes(altered, proof)) {
          assertThat(MerkleProofs.verifyConsistency(size1, size2, root1, root2, altered)).isFalse();
        }
      }
      case 1 -> {
        byte[] otherRoot1 = hashLike(data);
        if (!Arrays.equals(otherRoot1, root1)) {
          assertThat(MerkleProofs.verifyConsistency(size1, size2, otherRoot1, root2, proof)).isFalse();
        }
      }
      default -> {
        byte[] otherRoot2 = hashLike(data);
        if (!Arrays.equals(otherRoot2, root2)) {
          assertThat(MerkleProofs.verifyConsistency(size1, size2, root1, otherRoot2, proof)).isFalse();
        }
      }
    }
  }

  /** A tree of up to MAX_TREE leaves whose contents the fuzzer chooses. */
  private static MerkleTree aTreeFrom(FuzzedDataProvider data) {
    int size = data.consumeInt(1, MAX_TREE);
    byte[] salt = data.consumeBytes(16);
    MerkleTree tree = new MerkleTree();
    for (int i = 0; i < size; i++) {
      byte[] entry = Arrays.copyOf(salt, salt.length + 4);
      entry[salt.length] = (byte) (i >>> 24);
      entry[salt.length + 1] = (byte) (i >>> 16);
      entry[salt.length + 2] = (byte) (i >>> 8);
      entry[salt.length + 3] = (byte) i;
      tree.append(MerkleHashes.leafHash(entry));
    }
    return tree;
  }

  /** The proof with one change the fuzzer picks: a replaced, flipped, dropped, inserted or swapped hash. */
  private static List<byte[]> altered(FuzzedDataProvider data, List<byte[]> proof) {
    List<byte[]> altered = new ArrayList<>(proof);
    int position = data.consumeInt(0, proof.size());
    boolean existing = position < proof.size();
    switch (data.consumeInt(0, 4)) {
      case 0 -> {
        if (existing) {
          altered.set(position, hashLike(data));
        }
      }
      case 1 -> {
        if (existing) {
          byte[] flipped = altered.get(position).clone();
          int bit = data.consumeInt(0, MerkleHashes.HASH_SIZE * 8 - 1);
          flipped[bit / 8] ^= (byte) (1 << (bit % 8));
          altered.set(position, flipped);
        }
      }
      case 2 -> {
        if (existing) {
          altered.remove(position);
        }
      }
      case 3 -> altered.add(position, hashLike(data));
      default -> {
        int other = data.consumeInt(0, proof.size());
        if (existing && other < proof.size()) {
          altered.set(position, proof.get(other));
          altered.set(other, proof.get(position));
        }
      }
    }
    return altered;
  }

  /** Mostly 32 bytes, so hashing is reached, but sometimes any length. */
  private static byte[] hashLike(FuzzedDataProvider data) {
    int length = data.consumeBoolean() ? MerkleHashes.HASH_SIZE : data.consumeInt(0, 40);
    return Arrays.copyOf(data.consumeBytes(length), length);
  }

  private static List<byte[]> proof(FuzzedDataProvider data) {
    List<byte[]> proof = new ArrayList<>();
    int length = data.consumeInt(0, 70);
    for (int i = 0; i < length; i++) {
      proof.add(maybeNull(data, hashLike(data)));
    }
    return proof;
  }

  private static byte[] maybeNull(FuzzedDataProvider data, byte[] hash) {
    return data.consumeInt(0, 15) == 0 ? null : hash;
  }

  private static boolean sameHashes(List<byte[]> a, List<byte[]> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!Arrays.equals(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
  }
}
