package org.setsafe.ledger.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * The head of the ledger's Merkle tree at one size, as the text of a C2SP checkpoint:
 * {@code <origin>\n<tree size>\n<base64 root hash>\n} and optional extension lines. It guards that
 * a checkpoint has exactly one spelling, so the bytes a key signed are the bytes anyone rebuilds
 * from the same values; a value that could not be written back identically is refused.
 *
 * @param origin which log this is; one non-empty line
 * @param treeSize how many entries the tree holds; zero or more
 * @param rootHash the RFC 6962 SHA-256 root hash, 32 bytes
 * @param extensions extra non-empty lines, signed with the rest; usually none
 */
public record Checkpoint(String origin, long treeSize, byte[] rootHash, List<String> extensions) {

  public static final int ROOT_HASH_BYTES = 32;

  public Checkpoint {
    requireLine("origin", origin);
    if (treeSize < 0) {
      throw new IllegalArgumentException("tree size must not be negative, was " + treeSize);
    }
    if (rootHash == null || rootHash.length != ROOT_HASH_BYTES) {
      throw new IllegalArgumentException("root hash must be " + ROOT_HASH_BYTES + " bytes (SHA-256), was "
          + (rootHash == null ? "missing" : rootHash.length + " bytes"));
    }
    rootHash = rootHash.clone();
    if (extensions == null) {
      extensions = List.of();
    }
    for (int i = 0; i < extensions.size(); i++) {
      requireLine("extension line " + (i + 1), extensions.get(i));
    }
    extensions = List.copyOf(extensions);
  }

  public Checkpoint(String origin, long treeSize, byte[] rootHash) {
    this(origin, treeSize, rootHash, List.of());
  }

  @Override
  public byte[] rootHash() {
    return rootHash.clone();
  }

  /** The note text to sign: every line ends with a newline, including the last. */
  public String body() {
    StringBuilder body = new StringBuilder()
        .append(origin).append('\n')
        .append(treeSize).append('\n')
        .append(Base64.getEncoder().encodeToString(rootHash)).append('\n');
    extensions.forEach(line -> body.append(line).append('\n'));
    return body.toString();
  }

  /**
   * Reads a checkpoint body strictly: origin, decimal size without sign or leading zeros, canonical
   * base64 of a 32-byte hash, then non-empty extension lines, each line ending in a newline.
   */
  public static Checkpoint parse(String body) {
    if (body == null || body.isEmpty()) {
      throw new IllegalArgumentException("checkpoint is empty");
    }
    NoteFormat.requireNoteCharacters("checkpoint", body);
    if (!body.endsWith("\n")) {
      throw new IllegalArgumentException("checkpoint must end with a newline");
    }
    List<String> lines = new ArrayList<>(Arrays.asList(body.substring(0, body.length() - 1).split("\n", -1)));
    if (lines.size() < 3) {
      throw new IllegalArgumentException(
          "checkpoint needs origin, tree size and root hash lines, found " + lines.size() + " line(s)");
    }
    String origin = lines.get(0);
    if (origin.isEmpty()) {
      throw new IllegalArgumentException("checkpoint origin (line 1) is empty");
    }
    long treeSize = parseTreeSize(lines.get(1));
    byte[] rootHash = NoteFormat.decodeBase64("checkpoint root hash (line 3)", lines.get(2));
    if (rootHash.length != ROOT_HASH_BYTES) {
      throw new IllegalArgumentException(
          "checkpoint root hash (line 3) must be " + ROOT_HASH_BYTES + " bytes, was " + rootHash.length);
    }
    List<String> extensions = lines.subList(3, lines.size());
    for (int i = 0; i < extensions.size(); i++) {
      if (extensions.get(i).isEmpty()) {
        throw new IllegalArgumentException("checkpoint line " + (i + 4) + " is empty; extension lines must not be");
      }
    }
    return new Checkpoint(origin, treeSize, rootHash, extensions);
  }

  private static long parseTreeSize(String line) {
    if (line.startsWith("-")) {
      throw new IllegalArgumentException(
          "checkpoint tree size (line 2) must not be negative, was " + NoteFormat.quoted(line));
    }
    boolean digits = !line.isEmpty() && line.chars().allMatch(c -> c >= '0' && c <= '9');
    if (!digits) {
      throw new IllegalArgumentException(
          "checkpoint tree size (line 2) must be a decimal number, was " + NoteFormat.quoted(line));
    }
    if (line.length() > 1 && line.charAt(0) == '0') {
      throw new IllegalArgumentException(
          "checkpoint tree size (line 2) must not have leading zeros, was " + NoteFormat.quoted(line));
    }
    try {
      return Long.parseLong(line);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("checkpoint tree size (line 2) is too large: " + NoteFormat.quoted(line));
    }
  }

  private static void requireLine(String what, String line) {
    if (line == null || line.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
    NoteFormat.requireNoteCharacters(what, line);
    if (line.indexOf('\n') >= 0) {
      throw new IllegalArgumentException(what + " must be a single line");
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Checkpoint that
        && origin.equals(that.origin)
        && treeSize == that.treeSize
        && Arrays.equals(rootHash, that.rootHash)
        && extensions.equals(that.extensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(origin, treeSize, Arrays.hashCode(rootHash), extensions);
  }

  @Override
  public String toString() {
    return "Checkpoint[" + origin + ", size " + treeSize + ", root "
        + Base64.getEncoder().encodeToString(rootHash) + (extensions.isEmpty() ? "" : ", " + extensions) + "]";
  }
}
