package org.setsafe.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the RFC 9162 test vectors in src/test/resources/merkle (see the README there). */
final class MerkleVectors {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private MerkleVectors() {
  }

  /** Every case file under merkle/{@code folder}, in a stable order; fails if there are none. */
  static List<Path> files(String folder) {
    try (Stream<Path> files = Files.walk(root().resolve(folder))) {
      List<Path> found = files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
      assertThat(found).as("test vectors in merkle/%s", folder).isNotEmpty();
      return found;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static JsonNode read(Path file) {
    return JSON.readTree(file.toFile());
  }

  /** The case's path below merkle/, to name it in test reports. */
  static String name(Path file) {
    return root().relativize(file).toString();
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

  private static Path root() {
    URL url = MerkleVectors.class.getClassLoader().getResource("merkle");
    assertThat(url).as("merkle test vectors on the test classpath").isNotNull();
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
