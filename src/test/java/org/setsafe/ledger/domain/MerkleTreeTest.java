package org.setsafe.ledger.domain;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.setsafe.ledger.domain.MerkleVectors.bytes;
import static org.setsafe.ledger.domain.MerkleVectors.hashes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class MerkleTreeTest {

  private static final int MAX_SIZE = 70;

  /** The eight leaves transparency-dev/merkle (after RFC 6962's reference tree) builds its vectors from. */
  private static final List<byte[]> REFERENCE_LEAVES = List.of(
      hex(""), hex("00"), hex("10"), hex("2021"), hex("3031"), hex("40414243"),
      hex("5051525354555657"), hex("606162636465666768696a6b6c6d6e6f"));

  private final List<byte[]> leafData = leafData(MAX_SIZE);
  private final MerkleTree tree = aTreeOf(leafData);

  @Test
  void emptyTreeHasTheHashOfTheEmptyStringAsRoot() {
    assertThat(new MerkleTree().root()).isEqualTo(hex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    assertThat(tree.root(0)).isEqualTo(MerkleHashes.emptyRoot());
  }

  @Test
  void rootOfEverySizeMatchesTheRfcDefinition() {
    for (int n = 1; n <= MAX_SIZE; n++) {
      assertThat(tree.root(n)).as("root of size %d", n).isEqualTo(referenceRoot(leafData.subList(0, n)));
      assertThat(aTreeOf(leafData.subList(0, n)).root()).as("root of a tree grown to %d", n)
          .isEqualTo(referenceRoot(leafData.subList(0, n)));
    }
  }

  @Test
  void referenceTreeOfEightLeavesHasTheKnownRoot() {
    MerkleTree reference = aTreeOf(REFERENCE_LEAVES);

    assertThat(Base64.getEncoder().encodeToString(reference.root()))
        .isEqualTo("XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=");
  }

  @Test
  void proofsForTheReferenceTreeAreExactlyThoseOfTheVectors() {
    MerkleTree reference = aTreeOf(REFERENCE_LEAVES);
    for (Path file : MerkleVectors.files("inclusion")) {
      if (file.endsWith("happy-path.json")) {
        JsonNode vector = MerkleVectors.read(file);
        long index = vector.get("leafIdx").asLong();
        long size = vector.get("treeSize").asLong();
        assertThat(reference.leafHash(index)).isEqualTo(bytes(vector.get("leafHash")));
        assertThat(reference.root(size)).isEqualTo(bytes(vector.get("root")));
        assertThat(reference.inclusionProof(index, size)).as(MerkleVectors.name(file))
            .containsExactlyElementsOf(orEmpty(hashes(vector.get("proof"))));
      }
    }
    for (Path file : MerkleVectors.files("consistency")) {
      if (file.endsWith("happy-path.json")) {
        JsonNode vector = MerkleVectors.read(file);
        long size1 = vector.get("size1").asLong();
        long size2 = vector.get("size2").asLong();
        assertThat(reference.root(size1)).isEqualTo(bytes(vector.get("root1")));
        assertThat(reference.root(size2)).isEqualTo(bytes(vector.get("root2")));
        assertThat(reference.consistencyProof(size1, size2)).as(MerkleVectors.name(file))
            .containsExactlyElementsOf(orEmpty(hashes(vector.get("proof"))));
      }
    }
  }

  @Test
  void everyInclusionProofVerifiesAgainstTheRootOfItsSize() {
    for (int n = 1; n <= MAX_SIZE; n++) {
      byte[] root = tree.root(n);
      for (int i = 0; i < n; i++) {
        assertThat(MerkleProofs.verifyInclusion(i, n, tree.leafHash(i), tree.inclusionProof(i, n), root))
            .as("leaf %d in size %d", i, n).isTrue();
      }
    }
  }

  @Test
  void inclusionProofWithAnyOneBitFlippedIsRejected() {
    for (int n = 1; n <= MAX_SIZE; n++) {
      byte[] root = tree.root(n);
      for (int i = 0; i < n; i++) {
        byte[] leaf = tree.leafHash(i);
        List<byte[]> proof = tree.inclusionProof(i, n);
        int bit = i * 31 + n;
        for (int j = 0; j < proof.size(); j++) {
          assertThat(MerkleProofs.verifyInclusion(i, n, leaf, withBitFlipped(proof, j, bit + j), root))
              .as("proof[%d] flipped, leaf %d in size %d", j, i, n).isFalse();
        }
        assertThat(MerkleProofs.verifyInclusion(i, n, flipBit(leaf, bit), proof, root)).isFalse();
        assertThat(MerkleProofs.verifyInclusion(i, n, leaf, proof, flipBit(root, bit))).isFalse();
      }
    }
  }

  @Test
  void inclusionProofIsRejectedAtAnyOtherPositionSizeOrLength() {
    for (int n = 1; n <= MAX_SIZE; n++) {
      byte[] root = tree.root(n);
      for (int i = 0; i < n; i++) {
        byte[] leaf = tree.leafHash(i);
        List<byte[]> proof = tree.inclusionProof(i, n);
        for (int other = 0; other < n; other++) {
          if (other != i) {
            assertThat(MerkleProofs.verifyInclusion(other, n, leaf, proof, root)).isFalse();
          }
        }
        if (n < MAX_SIZE) {
          // A proof does not bind the size on its own; what must fail is the next size's real root.
          assertThat(MerkleProofs.verifyInclusion(i, n + 1, leaf, proof, tree.root(n + 1))).isFalse();
        }
        assertThat(MerkleProofs.verifyInclusion(i, n, leaf, withExtra(proof, root), root)).isFalse();
        if (!proof.isEmpty()) {
          assertThat(MerkleProofs.verifyInclusion(i, n, leaf, proof.subList(0, proof.size() - 1), root)).isFalse();
        }
      }
    }
  }

  @Test
  void everyConsistencyProofVerifiesBetweenTheRootsOfItsSizes() {
    for (int n2 = 1; n2 <= MAX_SIZE; n2++) {
      for (int n1 = 1; n1 <= n2; n1++) {
        assertThat(MerkleProofs.verifyConsistency(n1, n2, tree.root(n1), tree.root(n2), tree.consistencyProof(n1, n2)))
            .as("size %d to %d", n1, n2).isTrue();
      }
    }
  }

  @Test
  void consistencyProofWithAnyOneBitFlippedIsRejected() {
    for (int n2 = 1; n2 <= MAX_SIZE; n2++) {
      for (int n1 = 1; n1 <= n2; n1++) {
        byte[] root1 = tree.root(n1);
        byte[] root2 = tree.root(n2);
        List<byte[]> proof = tree.consistencyProof(n1, n2);
        int bit = n1 * 37 + n2;
        for (int j = 0; j < proof.size(); j++) {
          assertThat(MerkleProofs.verifyConsistency(n1, n2, root1, root2, withBitFlipped(proof, j, bit + j)))
              .as("proof[%d] flipped, size %d to %d", j, n1, n2).isFalse();
        }
        assertThat(MerkleProofs.verifyConsistency(n1, n2, flipBit(root1, bit), root2, proof)).isFalse();
        assertThat(MerkleProofs.verifyConsistency(n1, n2, root1, flipBit(root2, bit), proof)).isFalse();
      }
    }
  }

  @Test
  void consistencyProofIsRejectedForOtherSizesOrLengths() {
    for (int n2 = 1; n2 <= MAX_SIZE; n2++) {
      for (int n1 = 1; n1 <= n2; n1++) {
        byte[] root1 = tree.root(n1);
        byte[] root2 = tree.root(n2);
        List<byte[]> proof = tree.consistencyProof(n1, n2);
        // A proof does not bind the sizes on its own (a signed tree head pairs each size with its
        // root), so claim each other size together with that size's real root.
        for (int other = 1; other <= MAX_SIZE; other++) {
          if (other != n1 && other <= n2) {
            assertThat(MerkleProofs.verifyConsistency(other, n2, tree.root(other), root2, proof))
                .as("claimed size1 %d for %d to %d", other, n1, n2).isFalse();
          }
          if (other != n2 && other >= n1) {
            assertThat(MerkleProofs.verifyConsistency(n1, other, root1, tree.root(other), proof))
                .as("claimed size2 %d for %d to %d", other, n1, n2).isFalse();
          }
        }
        assertThat(MerkleProofs.verifyConsistency(n1, n2, root1, root2, withExtra(proof, root2))).isFalse();
        if (!proof.isEmpty()) {
          assertThat(MerkleProofs.verifyConsistency(n1, n2, root1, root2, proof.subList(1, proof.size()))).isFalse();
        }
      }
    }
  }

  @Test
  void rootsAndProofsStayRightAcrossAStorageChunkBoundary() {
    int size = HashLevel.HASHES_PER_CHUNK * 2 + 5;
    List<byte[]> data = leafData(size);
    MerkleTree big = aTreeOf(data);

    for (int n : new int[] {HashLevel.HASHES_PER_CHUNK - 1, HashLevel.HASHES_PER_CHUNK,
        HashLevel.HASHES_PER_CHUNK + 1, size}) {
      byte[] root = big.root(n);
      assertThat(root).isEqualTo(referenceRoot(data.subList(0, n)));
      for (long i : new long[] {0, n / 2, n - 1, Math.min(n, HashLevel.HASHES_PER_CHUNK) - 1}) {
        assertThat(MerkleProofs.verifyInclusion(i, n, big.leafHash(i), big.inclusionProof(i, n), root)).isTrue();
      }
      assertThat(MerkleProofs.verifyConsistency(1000, n, big.root(1000), root, big.consistencyProof(1000, n))).isTrue();
    }
  }

  @Test
  void onlyThirtyTwoByteLeafHashesCanBeAppended() {
    MerkleTree empty = new MerkleTree();

    assertThatThrownBy(() -> empty.append(new byte[31])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> empty.append(new byte[33])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> empty.append(null)).isInstanceOf(NullPointerException.class);
    assertThat(empty.size()).isZero();
  }

  @Test
  void rootsAndProofsAreRefusedForSizesTheTreeHasNotReached() {
    assertThatThrownBy(() -> tree.root(MAX_SIZE + 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> tree.root(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> tree.inclusionProof(5, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> tree.inclusionProof(0, MAX_SIZE + 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> tree.consistencyProof(0, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> tree.consistencyProof(6, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> tree.consistencyProof(1, MAX_SIZE + 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> tree.leafHash(MAX_SIZE)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void hashesHandedOutAreCopiesThatCannotAlterTheTree() {
    byte[] root = tree.root();
    tree.leafHash(3)[0] ^= 1;
    tree.inclusionProof(3, 10).get(0)[0] ^= 1;
    tree.root()[0] ^= 1;

    assertThat(tree.root()).isEqualTo(root);
  }

  /** MTH of RFC 9162 §2.1.1, written straight from the definition. */
  private static byte[] referenceRoot(List<byte[]> data) {
    if (data.isEmpty()) {
      return MerkleHashes.emptyRoot();
    }
    if (data.size() == 1) {
      return MerkleHashes.leafHash(data.get(0));
    }
    int k = 1;
    while (k * 2 < data.size()) {
      k *= 2;
    }
    return MerkleHashes.nodeHash(referenceRoot(data.subList(0, k)), referenceRoot(data.subList(k, data.size())));
  }

  private static MerkleTree aTreeOf(List<byte[]> data) {
    MerkleTree tree = new MerkleTree();
    data.forEach(entry -> tree.append(MerkleHashes.leafHash(entry)));
    return tree;
  }

  private static List<byte[]> leafData(int count) {
    List<byte[]> data = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      data.add(("leaf-" + i).getBytes(UTF_8));
    }
    return data;
  }

  private static List<byte[]> withBitFlipped(List<byte[]> proof, int index, int bit) {
    List<byte[]> tampered = new ArrayList<>(proof);
    tampered.set(index, flipBit(proof.get(index), bit));
    return tampered;
  }

  private static List<byte[]> withExtra(List<byte[]> proof, byte[] hash) {
    List<byte[]> longer = new ArrayList<>(proof);
    longer.add(hash);
    return longer;
  }

  private static byte[] flipBit(byte[] hash, int bit) {
    byte[] flipped = hash.clone();
    int position = Math.floorMod(bit, flipped.length * 8);
    flipped[position / 8] ^= (byte) (1 << (position % 8));
    return flipped;
  }

  private static List<byte[]> orEmpty(List<byte[]> proof) {
    return proof == null ? List.of() : proof;
  }

  private static byte[] hex(String hex) {
    return HexFormat.of().parseHex(hex);
  }
}
