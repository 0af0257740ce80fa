package org.setsafe.ledger;

import java.util.List;

/** Proofs as the API hands them out: hashes in standard base64, with the signed checkpoint they lead to. */
public final class Proofs {

  private Proofs() {}

  /** That entry {@code index} is in the tree of {@code treeSize} entries whose root the checkpoint signs. */
  public record Inclusion(String origin, long index, long treeSize, String leafHash, List<String> proof,
      String checkpoint) {}

  /** That the tree of {@code toSize} entries extends the tree of {@code fromSize} entries unchanged. */
  public record Consistency(String origin, long fromSize, long toSize, List<String> proof, String fromCheckpoint,
      String toCheckpoint) {}
}
