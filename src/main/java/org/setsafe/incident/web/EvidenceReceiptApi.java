package org.setsafe.incident.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.setsafe.incident.PhysicalEvidence;
import org.setsafe.incident.PhysicalEvidence.Received;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the receiving side of an evidence hand-over (a deputy, a lab) confirms it without an account, with the code
 * they were handed and the case number they file it under.
 */
@RestController
@RequestMapping("/api/public/receipts")
@Tag(name = "Incidents")
class EvidenceReceiptApi {

  private final PhysicalEvidence evidence;

  EvidenceReceiptApi(PhysicalEvidence evidence) {
    this.evidence = evidence;
  }

  // Spring MVC logs request bodies at debug level by their toString: it never shows the code.
  record ConfirmationBody(String code, String name, String caseNumber) {
    @Override public String toString() { return "ConfirmationBody[code=(hidden), caseNumber=" + caseNumber + "]"; }
  }

  @PostMapping("/evidence")
  @Operation(summary = "Confirm receiving a piece of evidence with the code handed over with it, under the case "
      + "number you file it under; a different case number is refused (409) and the refusal recorded")
  Received confirm(@RequestBody ConfirmationBody body) {
    return evidence.confirm(body == null ? null
        : new PhysicalEvidence.Confirmation(body.code(), body.name(), body.caseNumber()));
  }
}
