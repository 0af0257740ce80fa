package org.setsafe.ledger.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What a witness outside the database saw of one log: its signed checkpoints, of which only those that verify
 * with the trusted keys count. It guards the one rule a rolled-back, rewritten or wiped log cannot meet: the log
 * must still extend the newest checkpoint ever witnessed, i.e. hold at least as many entries, and the RFC 9162
 * consistency proof from the witnessed size to its present size must lead from the witnessed root to its own.
 */
public final class WitnessedCheckpoints {

  private final String origin;
  private final TrustedNotes trusted;
  private final List<String> problems = new ArrayList<>();
  private Checkpoint newest;

  private WitnessedCheckpoints(String origin, TrustedNotes trusted) {
    this.origin = origin;
    this.trusted = trusted;
  }

  /** Every witnessed note of the log, each checked: for verification. */
  public static WitnessedCheckpoints all(String origin, Collection<String> notes, Collection<VerifierKey> trustedKeys) {
    return all(origin, notes, new TrustedNotes(trustedKeys));
  }

  /** As {@link #all(String, Collection, Collection)}, with notes already checked elsewhere not checked again. */
  public static WitnessedCheckpoints all(String origin, Collection<String> notes, TrustedNotes trusted) {
    WitnessedCheckpoints witnessed = new WitnessedCheckpoints(origin, trusted);
    int position = 0;
    for (String note : notes) {
      position++;
      Checkpoint checkpoint = witnessed.open(note);
      if (checkpoint == null) {
        witnessed.problems.add("witnessed checkpoint #" + position + " of " + origin
            + " does not verify with the trusted key(s)");
      } else if (witnessed.newest == null || checkpoint.treeSize() >= witnessed.newest.treeSize()) {
        witnessed.newest = checkpoint;
      }
    }
    return witnessed;
  }

  /** The newest witnessed note that verifies, from notes given newest first: for signing, which must be quick. */
  public static WitnessedCheckpoints newestOf(String origin, List<String> newestFirst,
      Collection<VerifierKey> trustedKeys) {
    WitnessedCheckpoints witnessed = new WitnessedCheckpoints(origin, new TrustedNotes(trustedKeys));
    for (String note : newestFirst) {
      witnessed.newest = witnessed.open(note);
      if (witnessed.newest != null) {
        break;
      }
    }
    return witnessed;
  }

  private Checkpoint open(String note) {
    try {
      SignedNote opened = trusted.open(note);
      Checkpoint checkpoint = opened.verified() ? Checkpoint.parse(opened.text()) : null;
      return checkpoint != null && origin.equals(checkpoint.origin()) ? checkpoint : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The witnessed checkpoint of the largest size, if any verifies. */
  public Optional<Checkpoint> newest() {
    return Optional.ofNullable(newest);
  }

  /** Witnessed notes that do not verify: someone wrote to the witness who does not hold the key. */
  public List<String> problems() {
    return List.copyOf(problems);
  }

  /**
   * Why a log whose tree is {@code tree} at {@code size} entries does not extend the newest witnessed checkpoint,
   * or empty if it does (or nothing was witnessed).
   */
  public Optional<String> notExtendedBy(MerkleTree tree, long size) {
    if (newest == null || newest.treeSize() == 0) {
      return Optional.empty();
    }
    long witnessed = newest.treeSize();
    if (size < witnessed) {
      return Optional.of(origin + " was witnessed at " + witnessed + " entries but the database holds only " + size
          + ": entries " + size + " to " + (witnessed - 1) + " are gone (rolled back or deleted)");
    }
    List<byte[]> proof = tree.consistencyProof(witnessed, size);
    if (!MerkleProofs.verifyConsistency(witnessed, size, newest.rootHash(), tree.root(size), proof)) {
      return Optional.of(origin + " no longer extends its witnessed checkpoint at size " + witnessed
          + ": the consistency proof from " + witnessed + " to " + size + " entries fails, so something in entries 0 to "
          + (witnessed - 1) + " was changed");
    }
    return Optional.empty();
  }

  /**
   * Why the newest witnessed checkpoint is not among the database's signed checkpoints ({@code databaseNotes}),
   * or empty if it is there (the same size and root) or nothing was witnessed.
   */
  public Optional<String> missingFrom(Collection<String> databaseNotes) {
    if (newest == null) {
      return Optional.empty();
    }
    boolean present = databaseNotes.stream().map(this::open).filter(java.util.Objects::nonNull)
        .anyMatch(c -> c.treeSize() == newest.treeSize() && Arrays.equals(c.rootHash(), newest.rootHash()));
    return present ? Optional.empty() : Optional.of("the newest witnessed checkpoint of " + origin + " (size "
        + newest.treeSize() + ") is missing from the database's checkpoints: it was deleted");
  }
}
