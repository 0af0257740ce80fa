package org.setsafe.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.training.CertificateRecording;
import org.setsafe.training.CertificateVerification;
import org.setsafe.training.CertificationCommands.AddQualificationType;
import org.setsafe.training.CertificationCommands.CorrectCertification;
import org.setsafe.training.CertificationCommands.NewCertification;
import org.setsafe.training.CertificationCommands.RecordCertification;
import org.setsafe.training.CertificationCommands.Upload;
import org.setsafe.training.CertificationCommands.VerifyCertification;
import org.setsafe.training.CertificationCommands.WithdrawCertification;
import org.setsafe.training.CertificationId;
import org.setsafe.training.CrewQualifications;
import org.setsafe.training.PersonId;
import org.setsafe.training.QualificationRecords;
import org.setsafe.training.QualificationType;
import org.setsafe.training.QualificationTypes;
import org.setsafe.training.QualificationViews.Certification;
import org.setsafe.training.QualificationViews.Overview;
import org.setsafe.training.QualificationViews.PersonQualifications;
import org.setsafe.training.QualificationViews.ScanDownload;
import org.setsafe.training.domain.ScanFileName;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Qualifications on the JSON API: a person's certificates with their scanned copies, recording, correcting,
 * withdrawing and verifying them, a production's overview of missing and expiring qualifications, and the
 * installation's qualification types. A scanned copy travels as base64 in the JSON body.
 */
@RestController
@Tag(name = "Qualifications")
class QualificationsApi {

  private final QualificationRecords records;
  private final CrewQualifications crew;
  private final CertificateRecording recording;
  private final CertificateVerification verification;
  private final QualificationTypes types;

  QualificationsApi(QualificationRecords records, CrewQualifications crew, CertificateRecording recording,
      CertificateVerification verification, QualificationTypes types) {
    this.records = records;
    this.crew = crew;
    this.recording = recording;
    this.verification = verification;
    this.types = types;
  }

  @GetMapping("/api/people/{userId}/qualifications")
  @Operation(summary = "A person's certifications (every version) and the reminders sent; for the person, administrators,"
      + " studio safety, and the safety advisor, UPM and producers of a production they are on")
  PersonQualifications person(@PathVariable UUID userId) {
    return records.of(new PersonId(userId));
  }

  @PostMapping("/api/people/{userId}/qualifications")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Record a certificate: by the person, or by a safety advisor, UPM or producer of productionId")
  Certification record(@PathVariable UUID userId, @Valid @RequestBody CertificationBody body) {
    return recording.record(new RecordCertification(new PersonId(userId), body.productionId(), body.details(),
        body.upload()));
  }

  @PostMapping("/api/people/{userId}/qualifications/{certificationId}/corrections")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Correct a certificate: a new version with the reason; the earlier one stays visible."
      + " Without a new scan, the earlier scan stays with it")
  Certification correct(@PathVariable UUID userId, @PathVariable UUID certificationId,
      @Valid @RequestBody CorrectionBody body) {
    CertificationBody c = body.certification();
    return recording.correct(new CorrectCertification(new PersonId(userId), new CertificationId(certificationId),
        c.productionId(), c.details(), c.upload(), body.reason()));
  }

  @PostMapping("/api/people/{userId}/qualifications/{certificationId}/withdrawal")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Withdraw a certificate (revoked, or recorded in error): a new version; the earlier stay visible")
  Certification withdraw(@PathVariable UUID userId, @PathVariable UUID certificationId,
      @Valid @RequestBody WithdrawalBody body) {
    return recording.withdraw(new WithdrawCertification(new PersonId(userId), new CertificationId(certificationId),
        body.productionId(), body.reason()));
  }

  @PostMapping("/api/people/{userId}/qualifications/{certificationId}/verifications")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "The safety advisor of productionId saw the original certificate (of the version in force)")
  Certification verify(@PathVariable UUID userId, @PathVariable UUID certificationId,
      @Valid @RequestBody VerificationBody body) {
    return verification.verify(new VerifyCertification(new PersonId(userId), new CertificationId(certificationId),
        body.productionId(), body.note()));
  }

  @GetMapping("/api/people/{userId}/qualifications/{certificationId}/versions/{version}/scan")
  @Operation(summary = "The scanned copy of one version (PDF, PNG or JPEG); for those who may see the person's records")
  ResponseEntity<byte[]> scan(@PathVariable UUID userId, @PathVariable UUID certificationId, @PathVariable int version) {
    return ScanResponses.of(records.scan(new PersonId(userId), new CertificationId(certificationId), version));
  }

  @GetMapping("/api/productions/{productionId}/qualifications")
  @Operation(summary = "Missing, expired and soon expiring qualifications of the crew (the whole crew for the safety"
      + " advisor, UPM, producers and studio safety; one's own for everyone else)")
  Overview overview(@PathVariable UUID productionId) {
    return crew.overview(productionId);
  }

  @GetMapping({"/api/qualification-types", "/api/admin/qualification-types"})
  @Operation(summary = "The kinds of qualification on this installation")
  List<QualificationType> types() {
    return records.types();
  }

  @PostMapping("/api/admin/qualification-types")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Add a kind of qualification (administrators); types are never removed")
  QualificationType addType(@Valid @RequestBody TypeBody body) {
    return types.add(new AddQualificationType(body.code(), body.label()));
  }

  record CertificationBody(
      @Schema(description = "qualification type code, e.g. ARMORER_PERMIT") @NotBlank @Size(max = 40) String type,
      @NotBlank @Size(max = 120) String issuer,
      @Size(max = 120) String number,
      @NotNull LocalDate issuedOn,
      @Schema(description = "empty for a certificate that does not expire") LocalDate expiresOn,
      @Schema(description = "the production through which a safety advisor, UPM or producer records for a crew member;"
          + " empty when recording one's own") UUID productionId,
      @Schema(description = "the scanned copy, base64; a PDF, PNG or JPEG") String scan,
      @Size(max = 200) String scanFileName) {

    NewCertification details() {
      return new NewCertification(type, issuer, number, issuedOn, expiresOn);
    }

    Upload upload() {
      if (scan == null || scan.isBlank()) {
        return null;
      }
      try {
        return new Upload(Base64.getMimeDecoder().decode(scan), scanFileName);
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("scan", "Base64", "scan must be the file's bytes in base64")
            .saying("input.training.scan.base64");
      }
    }
  }

  record CorrectionBody(@NotNull @Valid CertificationBody certification, @NotBlank @Size(max = 2000) String reason) {}

  record WithdrawalBody(UUID productionId, @NotBlank @Size(max = 2000) String reason) {}

  record VerificationBody(@NotNull UUID productionId, @Size(max = 500) String note) {}

  record TypeBody(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 120) String label) {}

  /** Serves a scanned copy so that a browser shows it but never runs it. */
  static final class ScanResponses {

    private ScanResponses() {}

    static ResponseEntity<byte[]> of(ScanDownload scan) {
      // Cleaned again here: names stored before uploads were cleaned may hold line breaks.
      String cleaned = ScanFileName.clean(scan.fileName());
      String name = cleaned == null ? "certificate" + extension(scan.mediaType()) : cleaned;
      return ResponseEntity.ok()
          .contentType(MediaType.parseMediaType(scan.mediaType()))
          .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name, StandardCharsets.UTF_8).build().toString())
          .header("X-Content-Type-Options", "nosniff")
          .header("Content-Security-Policy", "default-src 'none'; sandbox")
          .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
          .body(scan.content());
    }

    private static String extension(String mediaType) {
      return switch (mediaType) {
        case "application/pdf" -> ".pdf";
        case "image/png" -> ".png";
        default -> ".jpg";
      };
    }
  }
}
