package org.setsafe.incident.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.setsafe.incident.InvestigationReport;
import org.setsafe.incident.InvestigationReport.NewSignOff;
import org.setsafe.incident.InvestigationReport.Printed;
import org.setsafe.incident.InvestigationReport.ReportStatus;
import org.setsafe.incident.InvestigatorAccess;
import org.setsafe.incident.InvestigatorAccess.GrantView;
import org.setsafe.incident.InvestigatorAccess.IssuedGrant;
import org.setsafe.incident.InvestigatorAccess.NewGrant;
import org.setsafe.incident.InvestigatorAccess.ReadView;
import org.setsafe.incident.domain.SigningRole;
import org.setsafe.shared.AnswerNotKept;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * An incident's investigation report and the investigators let in from outside, on the JSON API. Access is decided
 * per production before the body is looked at: someone not on the production gets 404 whatever they send.
 */
@RestController
@RequestMapping("/api/productions/{productionId}/incidents/{incidentId}")
@Tag(name = "Incidents")
class InvestigationApi {

  private final InvestigationReport report;
  private final InvestigatorAccess investigators;

  InvestigationApi(InvestigationReport report, InvestigatorAccess investigators) {
    this.report = report;
    this.investigators = investigators;
  }

  record ReportSignOffBody(@Schema(implementation = SigningRole.class) String role,
      @Schema(description = "SHA-256 of the report PDF you read (its X-Report-SHA256 header)") String reportSha256) {}

  record GrantBody(String name, String organisation, String email,
      @Schema(description = "When the access ends: required, at most 90 days from now") Instant expiresAt) {}

  @GetMapping(value = "/report", produces = MediaType.APPLICATION_PDF_VALUE)
  @Operation(summary = "The investigation report as a PDF, printed from the record now; its SHA-256 (the version a "
      + "sign-off names) is in the X-Report-SHA256 header. With language=es, a copy to read in Spanish that says it "
      + "is one and names that SHA-256; without it (or en), the English file a sign-off is for")
  ResponseEntity<byte[]> pdf(@PathVariable UUID productionId, @PathVariable UUID incidentId,
      @Parameter(description = "en or es: a reader's copy in that language; the signed English report by default")
      @RequestParam(required = false) String language) {
    Printed printed = report.report(productionId, incidentId, ReadersCopy.language(language));
    ResponseEntity.BodyBuilder answer = ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .header("X-Report-SHA256", printed.sha256())
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"investigation-report-" + incidentId
            + (printed.copy() ? "-" + printed.copyIn().getLanguage() : "") + ".pdf\"");
    if (printed.copy()) {
      answer.header(HttpHeaders.CONTENT_LANGUAGE, printed.copyIn().toLanguageTag());
    }
    return answer.body(printed.pdf());
  }

  @GetMapping("/report/status")
  @Operation(summary = "The report's current SHA-256, its sign-offs (each marked whether it is for the current "
      + "version) and whose sign-off it still awaits")
  ReportStatus status(@PathVariable UUID productionId, @PathVariable UUID incidentId) {
    return report.status(productionId, incidentId);
  }

  @PostMapping("/report/sign-offs")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Sign the report off as SAFETY_ADVISOR or PRODUCER, naming the SHA-256 of the PDF you read; "
      + "another role than yours, or the second signature by the same person, is refused (409) and recorded; a "
      + "report changed since you read it is a 409 on reportSha256")
  ReportStatus signOff(@PathVariable UUID productionId, @PathVariable UUID incidentId,
      @RequestBody ReportSignOffBody body) {
    return report.signOff(productionId, incidentId, body == null ? null
        : new NewSignOff(body.role(), body.reportSha256()));
  }

  @PostMapping("/investigators")
  @ResponseStatus(HttpStatus.CREATED)
  // Only the link's hash is kept: a kept answer would keep the link itself.
  @AnswerNotKept("the answer holds the investigator's secret link")
  @Operation(summary = "Let someone outside the production (sheriff's office, regulator, insurer) read this incident "
      + "until expiresAt (at most 90 days): answers, once, the secret link (safety advisor or producer)")
  ResponseEntity<IssuedGrant> grant(@PathVariable UUID productionId, @PathVariable UUID incidentId,
      @RequestBody GrantBody body) {
    IssuedGrant issued = investigators.grant(productionId, incidentId, body == null ? null
        : new NewGrant(body.name(), body.organisation(), body.email(), body.expiresAt()));
    return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore()).body(issued);
  }

  @GetMapping("/investigators")
  @Operation(summary = "Who outside the production may read this incident, until when, and how often they did")
  List<GrantView> grants(@PathVariable UUID productionId, @PathVariable UUID incidentId) {
    return investigators.grants(productionId, incidentId);
  }

  @PostMapping("/investigators/{grantId}/revoke")
  @Operation(summary = "Withdraw an investigator's access before it expires; the link answers 410 from then on")
  GrantView revoke(@PathVariable UUID productionId, @PathVariable UUID incidentId, @PathVariable UUID grantId) {
    return investigators.revoke(productionId, incidentId, grantId);
  }

  @GetMapping("/investigators/reads")
  @Operation(summary = "Every read the investigators made through their links (who, what, when), newest first")
  List<ReadView> reads(@PathVariable UUID productionId, @PathVariable UUID incidentId) {
    return investigators.reads(productionId, incidentId);
  }
}
