package org.setsafe.shared;

/**
 * A refused step as a fact for the ledger: what each module records when one of its rules says no. Every one goes
 * through {@link RefusalRecorder}, so that it is kept although the step it refused is rolled back.
 */
public interface RefusedFact extends RecordedFact {

  /** The rule's code, as the refusal named it. */
  String rule();

  /** The reason given to the person refused. */
  String reason();
}
