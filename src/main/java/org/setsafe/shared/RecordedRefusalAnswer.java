package org.setsafe.shared;

/**
 * The request attribute a route sets when its answer is a refusal already recorded as evidence (in a transaction of
 * its own): the answer is then kept under the request's idempotency key like a success, so a phone that sends the
 * step again, its first answer lost to the signal, gets the same refusal back instead of being judged, and recorded,
 * a second time. The API's problem handlers set it, and so does every page that shows such a refusal.
 */
public final class RecordedRefusalAnswer {

  public static final String ATTRIBUTE = "org.setsafe.recorded-refusal-answer";

  private RecordedRefusalAnswer() {}
}
