package org.setsafe.incident.domain;

import java.util.Optional;
import org.setsafe.shared.Refusal;

/**
 * The case number never silently differs between hand-overs: once an item is filed under a case number (when it
 * was logged, or by its first hand-over), every hand-over names that same number, and the receiving side confirms
 * it under that number too. After "Rust", ammunition handed to investigators was filed under another case number,
 * and the evidence withheld that way got a manslaughter case dismissed.
 */
public final class SameCaseNumberPolicy {

  public static final String RULE = "incident.same-case-number";

  /** The giving side names a case number for the hand-over. */
  public Optional<Refusal> offer(EvidenceChain chain, String caseNumber) {
    return chain.caseNumber().filter(filed -> !filed.equals(caseNumber))
        .map(filed -> new Refusal(RULE, "This item is filed under case " + filed + "; handing it over under case "
            + caseNumber + " would file it under another number. Hand it over under " + filed
            + ", or record why the case number changed with the investigators first.", "caseNumber")
            .saying("reason.incident.same-case-number.offer", filed, caseNumber));
  }

  /** The receiving side confirms under the case number they file it under. */
  public Optional<Refusal> confirm(HandOver handOver, String caseNumber) {
    return handOver.caseNumber().equals(caseNumber) ? Optional.empty()
        : Optional.of(new Refusal(RULE, "This item was handed over under case " + handOver.caseNumber()
            + ", not " + caseNumber + ". It is not received until both sides name the same case number: check it "
            + "with the person who handed it over.", "caseNumber")
            .saying("reason.incident.same-case-number.confirm", handOver.caseNumber(), caseNumber));
  }
}
