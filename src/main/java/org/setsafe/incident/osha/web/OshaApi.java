package org.setsafe.incident.osha.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.setsafe.incident.osha.OshaRecords;
import org.setsafe.incident.osha.OshaRecords.CaseView;
import org.setsafe.incident.osha.OshaRecords.DecisionInput;
import org.setsafe.incident.osha.OshaRecords.EstablishmentInput;
import org.setsafe.incident.osha.OshaRecords.EstablishmentView;
import org.setsafe.incident.osha.OshaRecords.LogView;
import org.setsafe.incident.osha.OshaRecords.SummaryView;
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
 * The OSHA records (29 CFR Part 1904) on the JSON API, with the forms as PDFs and as CSV for OSHA's Injury Tracking
 * Application. Kept and read by the safety advisor, the UPM and the producers (anyone else on the production 403,
 * logged; anyone not on it 404); the establishment and the 300A's certification are the UPM's or a producer's. Bad
 * input is a 400 problem naming the field and the rule. Nothing here is cached: the records hold health information.
 */
@RestController
@RequestMapping("/api/productions/{productionId}")
@Tag(name = "OSHA records")
class OshaApi {

  private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

  private final OshaRecords records;

  OshaApi(OshaRecords records) {
    this.records = records;
  }

  record SummaryCertificationBody(String executiveName, String executiveTitle, LocalDate certifiedOn) {}

  @PostMapping("/osha/establishment")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Record the production's OSHA establishment (UPM or producer): name, address, NAICS code "
      + "(512110 motion picture and video production when left out), size and type as ITA asks; supersedes the last")
  EstablishmentView recordEstablishment(@PathVariable UUID productionId, @RequestBody EstablishmentInput body) {
    return records.recordEstablishment(productionId, body);
  }

  @GetMapping("/osha/establishment")
  @Operation(summary = "The production's OSHA establishment in force")
  ResponseEntity<EstablishmentView> establishment(@PathVariable UUID productionId) {
    return noStore(records.establishment(productionId));
  }

  @PostMapping("/incidents/{incidentId}/osha/decisions")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Decide whether an injured person's case is recordable (1904.7's general recording criteria; "
      + "first aid from 1904.7(b)(5)(ii)'s list alone is not), with why; a new decision supersedes the last")
  CaseView decide(@PathVariable UUID productionId, @PathVariable UUID incidentId, @RequestBody DecisionInput body) {
    return records.decide(productionId, incidentId, body);
  }

  @GetMapping("/incidents/{incidentId}/osha/cases")
  @Operation(summary = "The incident's OSHA cases, one per injured person, with every decision on each")
  ResponseEntity<List<CaseView>> cases(@PathVariable UUID productionId, @PathVariable UUID incidentId) {
    return noStore(records.cases(productionId, incidentId));
  }

  @GetMapping(value = "/incidents/{incidentId}/osha/301.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  @Operation(summary = "Form 301, the injury and illness incident report of a recordable case, as PDF")
  ResponseEntity<byte[]> form301(@PathVariable UUID productionId, @PathVariable UUID incidentId,
      @RequestParam(required = false) Integer personIndex) {
    return file(OshaFormsPdf.report(records.form301(productionId, incidentId, personIndex)),
        MediaType.APPLICATION_PDF, "osha-301-" + incidentId + ".pdf");
  }

  @GetMapping("/osha/{year}/log")
  @Operation(summary = "The 300 log of a calendar year: recordable cases, privacy cases unnamed, days capped at 180")
  ResponseEntity<LogView> log(@PathVariable UUID productionId, @PathVariable int year) {
    return noStore(records.log(productionId, year));
  }

  @GetMapping(value = "/osha/{year}/log.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  @Operation(summary = "Form 300, the log of the year, as PDF (landscape, the form's columns A to M)")
  ResponseEntity<byte[]> logPdf(@PathVariable UUID productionId, @PathVariable int year) {
    return file(OshaFormsPdf.log(records.log(productionId, year)), MediaType.APPLICATION_PDF,
        "osha-300-" + year + ".pdf");
  }

  @GetMapping(value = "/osha/{year}/cases.csv", produces = "text/csv")
  @Operation(summary = "The year's 300 and 301 case data as CSV for OSHA's Injury Tracking Application")
  ResponseEntity<byte[]> casesCsv(@PathVariable UUID productionId, @PathVariable int year) {
    LogView log = records.log(productionId, year);
    return file(ItaCsv.cases(year, log.establishment() == null ? null : log.establishment().name(),
        records.reports(productionId, year)), CSV, "osha-ita-case-data-" + year + ".csv");
  }

  @GetMapping("/osha/{year}/summary")
  @Operation(summary = "The 300A annual summary: totals, hours worked from staffing, average employees, and whether "
      + "a company executive certified it")
  ResponseEntity<SummaryView> summary(@PathVariable UUID productionId, @PathVariable int year) {
    return noStore(records.summary(productionId, year));
  }

  @GetMapping(value = "/osha/{year}/summary.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  @Operation(summary = "Form 300A, the annual summary, as PDF (marked NOT CERTIFIED until an executive certifies)")
  ResponseEntity<byte[]> summaryPdf(@PathVariable UUID productionId, @PathVariable int year) {
    return file(OshaFormsPdf.summary(records.summary(productionId, year)), MediaType.APPLICATION_PDF,
        "osha-300a-" + year + ".pdf");
  }

  @GetMapping(value = "/osha/{year}/summary.csv", produces = "text/csv")
  @Operation(summary = "The 300A summary as CSV for OSHA's Injury Tracking Application")
  ResponseEntity<byte[]> summaryCsv(@PathVariable UUID productionId, @PathVariable int year) {
    return file(ItaCsv.summary(records.summary(productionId, year)), CSV, "osha-ita-summary-" + year + ".csv");
  }

  @PostMapping("/osha/{year}/summary/certification")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Record a company executive's certification of the year's 300A (UPM or producer records it): "
      + "name, title, date, after the year is over")
  SummaryView certify(@PathVariable UUID productionId, @PathVariable int year,
      @RequestBody SummaryCertificationBody body) {
    return records.certify(productionId, year, body == null ? null : body.executiveName(),
        body == null ? null : body.executiveTitle(), body == null ? null : body.certifiedOn());
  }

  private static <T> ResponseEntity<T> noStore(T body) {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
  }

  private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(bytes);
  }
}
