package org.setsafe.ledger.domain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.setsafe.ledger.LogVerification;

/**
 * Verifies one log from nothing but its entries, its signed checkpoints and the public keys trusted
 * to have signed them: every leaf is re-hashed, every root recomputed, every signature checked, and
 * every checkpoint proven consistent with the one before. Used on the live database and, through
 * {@link EvidenceBundle}, on an exported file, so the two can never disagree.
 *
 * <p>Feed entries in index order with {@link #entry}, then call {@link #finish}. Memory is one Merkle
 * tree (about 64 bytes an entry), never the entries themselves.
 */
public final class LogAudit {

  /** Enough to show what broke without a tampered log flooding the report. */
  static final int MAX_PROBLEMS = 50;

  private final String origin;
  /** The origin's part of every leaf's prefix, JSON-encoded once rather than for every entry. */
  private final String logPrefix;
  private final List<Signed> checkpoints = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private final MerkleTree tree = new MerkleTree();
  private final EntryCheck extraCheck;
  private Long firstBadEntry;
  private int nextCheckpoint;
  private long lastMatchingSize;
  private boolean gap;

  /** A further per-entry check, e.g. an evidence bundle's inclusion proof. Returns a problem or null. */
  @FunctionalInterface
  public interface EntryCheck {
    String check(long index, byte[] leafHash);
  }

  private record Signed(long treeSize, byte[] root, String label) {}

  public LogAudit(String origin, Collection<String> signedNotes, Collection<VerifierKey> trustedKeys) {
    this(origin, signedNotes, trustedKeys, null);
  }

  public LogAudit(String origin, Collection<String> signedNotes, Collection<VerifierKey> trustedKeys,
      EntryCheck extraCheck) {
    this(origin, signedNotes, new TrustedNotes(trustedKeys), extraCheck);
  }

  /** With the notes opened through {@code trusted}, which may go on to check the witness's copies of them. */
  public LogAudit(String origin, Collection<String> signedNotes, TrustedNotes trusted, EntryCheck extraCheck) {
    this.origin = origin;
    this.logPrefix = LeafFormat.logPrefix(origin);
    this.extraCheck = extraCheck;
    int position = 0;
    for (String note : signedNotes) {
      position++;
      String label = "checkpoint #" + position;
      try {
        SignedNote opened = trusted.open(note);
        if (!opened.verified()) {
          problem(label + ": its signature does not verify with the trusted key(s)");
          continue;
        }
        Checkpoint checkpoint = Checkpoint.parse(opened.text());
        label = "checkpoint at size " + checkpoint.treeSize();
        if (!origin.equals(checkpoint.origin())) {
          problem(label + ": it belongs to another log (" + checkpoint.origin() + ")");
          continue;
        }
        checkpoints.add(new Signed(checkpoint.treeSize(), checkpoint.rootHash(), label));
      } catch (IllegalArgumentException e) {
        problem(label + ": not a well-formed signed checkpoint (" + e.getMessage() + ")");
      }
    }
    checkpoints.sort(Comparator.comparingLong(Signed::treeSize));
    for (int i = 1; i < checkpoints.size(); i++) {
      if (checkpoints.get(i).treeSize() == checkpoints.get(i - 1).treeSize()
          && !Arrays.equals(checkpoints.get(i).root(), checkpoints.get(i - 1).root())) {
        problem(checkpoints.get(i).label() + ": two signed checkpoints of this size disagree on the root");
      }
    }
  }

  /** The next stored entry. {@code storedLeafHash} may be null where none is stored (bundles). */
  public void entry(long index, String leaf, byte[] storedLeafHash) {
    long expected = tree.size();
    if (index != expected) {
      if (index > expected) {
        badEntry(expected, expected == index - 1
            ? "entry " + expected + " is missing"
            : "entries " + expected + " to " + (index - 1) + " are missing");
      } else {
        badEntry(index, "entry " + index + " appears twice or out of order");
      }
      gap = true;
      return;
    }
    byte[] leafBytes = leaf.getBytes(StandardCharsets.UTF_8);
    byte[] leafHash = MerkleHashes.leafHash(leafBytes);
    if (!startsAsEntry(leaf, index)) {
      badEntry(index, "entry " + index + " does not say it is entry " + index + " of this log: it was moved or altered");
    } else if (storedLeafHash != null && !Arrays.equals(leafHash, storedLeafHash)) {
      badEntry(index, "entry " + index + " was altered: its content no longer matches its recorded hash");
    } else if (extraCheck != null) {
      String trouble = extraCheck.check(index, leafHash);
      if (trouble != null) {
        badEntry(index, "entry " + index + ": " + trouble);
      }
    }
    tree.append(leafHash);
    while (nextCheckpoint < checkpoints.size() && checkpoints.get(nextCheckpoint).treeSize() <= tree.size()) {
      Signed checkpoint = checkpoints.get(nextCheckpoint++);
      if (checkpoint.treeSize() == tree.size()) {
        compareRoot(checkpoint);
      }
    }
  }

  /** Whether the leaf begins as {@link LeafFormat#prefix} says entry {@code index} of this log must. */
  private boolean startsAsEntry(String leaf, long index) {
    if (!leaf.startsWith(logPrefix)) {
      return false;
    }
    String position = Long.toString(index);
    int end = logPrefix.length() + position.length();
    return leaf.startsWith(position, logPrefix.length()) && leaf.length() > end && leaf.charAt(end) == ',';
  }

  private void compareRoot(Signed checkpoint) {
    if (checkpoint.treeSize() == 0) {
      return;
    }
    if (Arrays.equals(tree.root(checkpoint.treeSize()), checkpoint.root())) {
      lastMatchingSize = checkpoint.treeSize();
    } else if (!gap) {
      badEntry(lastMatchingSize, checkpoint.label() + ": the entries do not hash to its signed root; "
          + "something in entries " + lastMatchingSize + " to " + (checkpoint.treeSize() - 1) + " was changed");
    }
  }

  public LogVerification finish() {
    long size = tree.size();
    for (Signed checkpoint : checkpoints) {
      if (checkpoint.treeSize() > size) {
        badEntry(size, checkpoint.label() + " covers " + checkpoint.treeSize() + " entries but the log holds only "
            + size + ": entries " + size + " to " + (checkpoint.treeSize() - 1) + " are gone");
      }
    }
    if (!gap) {
      for (int i = 1; i < checkpoints.size(); i++) {
        Signed earlier = checkpoints.get(i - 1);
        Signed later = checkpoints.get(i);
        if (earlier.treeSize() == 0 || later.treeSize() > size || earlier.treeSize() == later.treeSize()) {
          continue;
        }
        List<byte[]> proof = tree.consistencyProof(earlier.treeSize(), later.treeSize());
        if (!MerkleProofs.verifyConsistency(earlier.treeSize(), later.treeSize(), earlier.root(), later.root(), proof)) {
          problem(later.label() + " is not consistent with the " + earlier.label()
              + ": the log was rewritten between them");
        }
      }
    }
    return new LogVerification(origin, size, checkpoints.size(), firstBadEntry, List.copyOf(problems));
  }

  /** The recomputed tree, for callers that go on to build proofs from verified data. */
  public MerkleTree tree() {
    return tree;
  }

  private void badEntry(long index, String problem) {
    if (firstBadEntry == null) {
      firstBadEntry = index;
    }
    problem(problem);
  }

  private void problem(String problem) {
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(problem);
    }
  }
}
