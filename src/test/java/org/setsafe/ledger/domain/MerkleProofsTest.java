package org.setsafe.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setsafe.ledger.domain.MerkleVectors.bytes;
import static org.setsafe.ledger.domain.MerkleVectors.hashes;
import static org.setsafe.ledger.domain.MerkleVectors.uint64;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Runs the verifiers against every RFC 9162 test vector of transparency-dev/merkle (see
 * src/test/resources/merkle/README.md): each must accept exactly the cases whose wantErr is false.
 */
class MerkleProofsTest {

  // The vector set has 196 cases; a lower bound catches a classpath mix-up that finds few or none.
  private static final int AT_LEAST = 150;

  @Test
  void everyVectorFileIsFound() {
    int found = MerkleVectors.files("inclusion").size() + MerkleVectors.files("consistency").size();

    assertThat(found).isGreaterThan(AT_LEAST);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inclusionVectors")
  void inclusionProofIsAcceptedExactlyWhenTheVectorSaysItIsValid(JsonNode vector) {
    boolean accepted = MerkleProofs.verifyInclusion(
        uint64(vector.get("leafIdx")),
        uint64(vector.get("treeSize")),
        bytes(vector.get("leafHash")),
        hashes(vector.get("proof")),
        bytes(vector.get("root")));

    assertThat(accepted).isEqualTo(!vector.get("wantErr").asBoolean());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("consistencyVectors")
  void consistencyProofIsAcceptedExactlyWhenTheVectorSaysItIsValid(JsonNode vector) {
    boolean accepted = MerkleProofs.verifyConsistency(
        uint64(vector.get("size1")),
        uint64(vector.get("size2")),
        bytes(vector.get("root1")),
        bytes(vector.get("root2")),
        hashes(vector.get("proof")));

    assertThat(accepted).isEqualTo(!vector.get("wantErr").asBoolean());
  }

  @Test
  void malformedInclusionProofsAreRefusedWithoutThrowing() {
    byte[] leaf = MerkleHashes.leafHash(new byte[] {1});
    List<byte[]> nullHash = new ArrayList<>();
    nullHash.add(null);

    assertThat(MerkleProofs.verifyInclusion(-1, 1, leaf, null, leaf)).isFalse();
    assertThat(MerkleProofs.verifyInclusion(0, -1, leaf, null, leaf)).isFalse();
    assertThat(MerkleProofs.verifyInclusion(0, 0, leaf, null, leaf)).isFalse();
    assertThat(MerkleProofs.verifyInclusion(Long.MIN_VALUE, Long.MAX_VALUE, leaf, null, leaf)).isFalse();
    assertThat(MerkleProofs.verifyInclusion(0, 1, null, null, leaf)).isFalse();
    assertThat(MerkleProofs.verifyInclusion(0, 1, leaf, null, null)).isFalse();
    assertThat(MerkleProofs.verifyInclusion(0, 2, leaf, nullHash, leaf)).isFalse();
    assertThat(MerkleProofs.verifyInclusion(0, 2, leaf, List.of(new byte[31]), leaf)).isFalse();
    assertThat(MerkleProofs.verifyInclusion(Long.MAX_VALUE - 1, Long.MAX_VALUE, leaf,
        Collections.nCopies(200, leaf), leaf)).isFalse();
  }

  @Test
  void missingInclusionProofMeansEmpty() {
    byte[] leaf = MerkleHashes.leafHash(new byte[] {1});

    assertThat(MerkleProofs.verifyInclusion(0, 1, leaf, null, leaf)).isTrue();
    assertThat(MerkleProofs.rootFromInclusionProof(0, 1, leaf, null)).contains(leaf);
  }

  @Test
  void malformedConsistencyProofsAreRefusedWithoutThrowing() {
    byte[] root = MerkleHashes.leafHash(new byte[] {1});
    List<byte[]> nullHash = new ArrayList<>();
    nullHash.add(null);

    assertThat(MerkleProofs.verifyConsistency(0, 0, root, root, null)).isFalse();
    assertThat(MerkleProofs.verifyConsistency(-1, 1, root, root, null)).isFalse();
    assertThat(MerkleProofs.verifyConsistency(2, 1, root, root, List.of(root))).isFalse();
    assertThat(MerkleProofs.verifyConsistency(Long.MIN_VALUE, Long.MAX_VALUE, root, root, List.of(root))).isFalse();
    assertThat(MerkleProofs.verifyConsistency(1, 1, null, null, null)).isFalse();
    assertThat(MerkleProofs.verifyConsistency(1, 2, root, root, nullHash)).isFalse();
    assertThat(MerkleProofs.verifyConsistency(1, 2, root, new byte[32], List.of(new byte[33]))).isFalse();
    assertThat(MerkleProofs.verifyConsistency(1, Long.MAX_VALUE, root, root, Collections.nCopies(200, root)))
        .isFalse();
  }

  @Test
  void consistencyOfATreeWithItselfNeedsNoProof() {
    byte[] root = MerkleHashes.leafHash(new byte[] {1});

    assertThat(MerkleProofs.verifyConsistency(1, 1, root, root.clone(), null)).isTrue();
    assertThat(MerkleProofs.verifyConsistency(1, 1, root, root.clone(), List.of())).isTrue();
    assertThat(MerkleProofs.verifyConsistency(1, 1, root, root.clone(), List.of(root))).isFalse();
  }

  static Stream<Named<JsonNode>> inclusionVectors() {
    return named("inclusion");
  }

  static Stream<Named<JsonNode>> consistencyVectors() {
    return named("consistency");
  }

  private static Stream<Named<JsonNode>> named(String folder) {
    return MerkleVectors.files(folder).stream()
        .map(file -> Named.of(MerkleVectors.name(file), MerkleVectors.read(file)));
  }
}
