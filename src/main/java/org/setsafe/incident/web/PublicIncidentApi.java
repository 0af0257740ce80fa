package org.setsafe.incident.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.setsafe.incident.AnonymousLimitReached;
import org.setsafe.incident.IncidentKind;
import org.setsafe.incident.Incidents;
import org.setsafe.incident.Incidents.AnonymousReceipt;
import org.setsafe.incident.Incidents.AnonymousView;
import org.setsafe.incident.Incidents.NewAnonymousIncident;
import org.setsafe.incident.Incidents.PersonInput;
import org.setsafe.reporting.Severity;
import org.setsafe.shared.AnonymousCallers;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Opening an incident anonymously on the JSON API, through the production's public link (the one anonymous hazard
 * reports use), and following it with the receipt code. No account, no session, no cookie; nothing about the caller is
 * read or kept. The code travels in bodies only, never in an address, so no proxy or server log picks it up.
 */
@AnonymousCallers
@RestController
@RequestMapping("/api/public")
@Tag(name = "Anonymous reporting")
class PublicIncidentApi {

  private final Incidents incidents;

  PublicIncidentApi(Incidents incidents) {
    this.incidents = incidents;
  }

  /** An incident as someone without an account opens it: people by name only; {@code happenedAt} left out: now. */
  record AnonymousIncidentBody(@Schema(implementation = IncidentKind.class) String kind, Severity severity,
      String where, Instant happenedAt, String whatHappened, List<PersonInput> people, Set<UUID> sceneIds) {}

  // Spring MVC logs request and response bodies at debug level by their toString: none of them shows the code.

  record IncidentReceiptBody(UUID incidentId, String receiptCode, String production) {
    @Override public String toString() { return "IncidentReceiptBody[incidentId=" + incidentId + ", receiptCode=(hidden)]"; }
  }

  record Code(String code) {
    @Override public String toString() { return "Code[(hidden)]"; }
  }

  @PostMapping("/productions/{token}/incidents")
  @Operation(summary = "Report an incident anonymously through the production's public link (kind, where, when, what "
      + "happened; people by name only); the ledger is pinned and a scene named is held as for any incident. Answers "
      + "the receipt code, once; 429 once the link has taken its hourly limit")
  ResponseEntity<IncidentReceiptBody> open(@PathVariable String token, @RequestBody AnonymousIncidentBody body) {
    AnonymousReceipt receipt = incidents.openAnonymously(token, body == null ? null
        : new NewAnonymousIncident(body.kind(), body.severity(), body.where(), body.happenedAt(), body.whatHappened(),
            body.people(), body.sceneIds()));
    return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
        .body(new IncidentReceiptBody(receipt.incidentId(), receipt.code(), receipt.productionName()));
  }

  @PostMapping("/receipts/incident")
  @Operation(summary = "Follow your anonymous incident with its receipt code")
  ResponseEntity<AnonymousView> follow(@RequestBody Code body) {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .body(incidents.followAnonymously(body == null ? null : body.code()));
  }

  @ExceptionHandler(AnonymousLimitReached.class)
  ResponseEntity<ProblemDetail> tooMany(AnonymousLimitReached e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
    problem.setType(URI.create("urn:setsafe:problem:too-many-requests"));
    problem.setTitle("Too many requests");
    problem.setProperty("errors", List.of(Map.of("field", e.field(), "rule", e.rule(), "message", e.getMessage())));
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "3600").body(problem);
  }
}
