package org.setsafe.ledger.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Opens signed notes against one set of trusted keys, checking each distinct note once. Verifying a log meets
 * every checkpoint twice, in the database and at the witness, and an Ed25519 check costs milliseconds, as
 * much as hashing a few thousand entries; the second meeting of the same text reuses the first check's answer.
 * Only exactly equal text with these very keys shares an answer, so nothing goes unchecked.
 */
public final class TrustedNotes {

  private final List<VerifierKey> keys;
  private final Map<String, SignedNote> opened = new HashMap<>();

  public TrustedNotes(Collection<VerifierKey> keys) {
    this.keys = List.copyOf(keys);
  }

  /** The note opened with the trusted keys; throws {@link IllegalArgumentException} if it is malformed. */
  public synchronized SignedNote open(String note) {
    SignedNote known = opened.get(note);
    if (known == null) {
      known = SignedNote.open(note, keys);
      opened.put(note, known);
    }
    return known;
  }
}
