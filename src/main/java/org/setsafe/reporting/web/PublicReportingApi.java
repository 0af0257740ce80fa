package org.setsafe.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.setsafe.reporting.Receipt;
import org.setsafe.reporting.ReceiptCommand.ConfirmResolved;
import org.setsafe.reporting.ReceiptCommand.FollowUp;
import org.setsafe.reporting.ReceiptCommand.ReopenByReporter;
import org.setsafe.reporting.ReportFiling;
import org.setsafe.reporting.ReportReceipts;
import org.setsafe.reporting.ReportView;
import org.setsafe.shared.AnonymousCallers;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Anonymous reporting on the JSON API, without an account: file a report through a production's public link,
 * then follow it with the receipt code. The code always travels in the body, never in the address, so no
 * proxy or server log can pick it up. Nothing about the caller is read or kept.
 */
@AnonymousCallers
@RestController
@RequestMapping("/api/public")
@Tag(name = "Anonymous reporting")
class PublicReportingApi {

  private final ReportFiling filing;
  private final ReportReceipts receipts;

  PublicReportingApi(ReportFiling filing, ReportReceipts receipts) {
    this.filing = filing;
    this.receipts = receipts;
  }

  // Spring MVC logs request and response bodies at debug level by their toString: none of them shows the code.

  record ReceiptBody(UUID reportId, String receiptCode, String production) {
    @Override public String toString() { return "ReceiptBody[reportId=" + reportId + ", receiptCode=(hidden)]"; }
  }

  record Code(String code) {
    @Override public String toString() { return "Code[(hidden)]"; }
  }

  record CodeAndComment(String code, String comment) {
    @Override public String toString() { return "CodeAndComment[code=(hidden)]"; }
  }

  record CodeAndNote(String code, String note) {
    @Override public String toString() { return "CodeAndNote[code=(hidden)]"; }
  }

  record CodeAndWhy(String code, String why) {
    @Override public String toString() { return "CodeAndWhy[code=(hidden)]"; }
  }

  @PostMapping("/productions/{token}/reports")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Report a hazard anonymously through the production's public link; answers the receipt code, once")
  ReceiptBody file(@PathVariable String token, @RequestBody ReportingApi.ReportBody body) {
    Receipt receipt = filing.fileAnonymously(token, body.report(), body.upload());
    return new ReceiptBody(receipt.reportId(), receipt.code(), receipt.productionName());
  }

  @PostMapping("/receipts/report")
  @Operation(summary = "Follow your anonymous report with its receipt code")
  ReportView follow(@RequestBody Code body) {
    return receipts.follow(body.code());
  }

  @PostMapping("/receipts/comments")
  @Operation(summary = "Add to your anonymous report")
  ReportView comment(@RequestBody CodeAndComment body) {
    return receipts.followUp(new FollowUp(body.code(), body.comment()));
  }

  @PostMapping("/receipts/resolution")
  @Operation(summary = "Confirm your anonymous report is dealt with: it is resolved")
  ReportView confirm(@RequestBody CodeAndNote body) {
    return receipts.confirmResolved(new ConfirmResolved(body.code(), body.note()));
  }

  @PostMapping("/receipts/reopen")
  @Operation(summary = "Re-open your anonymous report, saying why")
  ReportView reopen(@RequestBody CodeAndWhy body) {
    return receipts.reopenByReporter(new ReopenByReporter(body.code(), body.why()));
  }
}
