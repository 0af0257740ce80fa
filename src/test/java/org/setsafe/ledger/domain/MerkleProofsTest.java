package org.setsafe.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the verifiers against every RFC 9162 test vector of transparency-dev/merkle (see
 * src/test/resources/merkle/README.md): each must accept exactly the cases whose wantErr is false.
 */
class MerkleProofsTest {

  // The vector set has 196 cases; a lower bound catches a classpath mix-up that finds none.
  private static final int AT_LEAST = 150;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void everyVectorFileIsFound() throws Exception {
    assertThat(vectorFiles("inclusion").size() + vectorFiles("consistency").size()).isGreaterThan(AT_LEAST);
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

  static Stream<Named<JsonNode>> inclusionVectors() throws Exception {
    return named("inclusion");
  }

  static Stream<Named<JsonNode>> consistencyVectors() throws Exception {
    return named("consistency");
  }

  private static Stream<Named<JsonNode>> named(String folder) throws Exception {
    Path root = vectorRoot();
    List<Named<JsonNode>> vectors = new ArrayList<>();
    for (Path file : vectorFiles(folder)) {
      vectors.add(Named.of(root.relativize(file).toString(), JSON.readTree(file.toFile())));
    }
    return vectors.stream();
  }

  static List<Path> vectorFiles(String folder) throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.walk(vectorRoot().resolve(folder))) {
      List<Path> found = files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
      assertThat(found).as("test vectors in merkle/%s", folder).isNotEmpty();
      return found;
    }
  }

  private static Path vectorRoot() throws URISyntaxException {
    URL url = MerkleProofsTest.class.getClassLoader().getResource("merkle");
    assertThat(url).as("merkle test vectors on the test classpath").isNotNull();
    return Path.of(url.toURI());
  }

  /**
   * The vectors hold sizes as Go uint64. Java has no unsigned long, so a value of 2^63 or more keeps
   * its 64 bits and arrives negative, which is how a Java caller would pass it.
   */
  static long uint64(JsonNode node) {
    return node.bigIntegerValue().longValue();
  }

  /** JSON null stays null, so the verifiers see exactly what the vector holds. */
  static byte[] bytes(JsonNode node) {
    return node == null || node.isNull() ? null : Base64.getDecoder().decode(node.asString());
  }

  static List<byte[]> hashes(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    List<byte[]> hashes = new ArrayList<>();
    node.values().forEach(hash -> hashes.add(bytes(hash)));
    return hashes;
  }
}
