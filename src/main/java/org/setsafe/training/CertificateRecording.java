package org.setsafe.training;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.identity.SignedInUser;
import org.setsafe.shared.ConflictException;
import org.setsafe.shared.Text;
import org.setsafe.training.CertificationCommands.CorrectCertification;
import org.setsafe.training.CertificationCommands.RecordCertification;
import org.setsafe.training.CertificationCommands.Upload;
import org.setsafe.training.CertificationCommands.WithdrawCertification;
import org.setsafe.training.QualificationEvents.CertificationCorrected;
import org.setsafe.training.QualificationEvents.CertificationRecorded;
import org.setsafe.training.QualificationEvents.CertificationWithdrawn;
import org.setsafe.training.QualificationViews.Certification;
import org.setsafe.training.domain.CertificationRecord;
import org.setsafe.training.domain.QualificationStore;
import org.setsafe.training.domain.QualificationStore.StoredScan;
import org.setsafe.training.domain.ScanCopy;
import org.setsafe.training.domain.ScanFileName;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording a person's certificate with its scanned copy, and correcting or withdrawing it: each a new version,
 * the earlier ones kept. By the person, or for a crew member by the safety advisor, UPM or a producer of a
 * production the person is on ({@link QualificationAccess#mayRecordFor}, asked once at the entry of each).
 */
@Service
public class CertificateRecording {

  /** How large a scanned copy may be, in bytes. */
  static final String MAX_SCAN_BYTES = "${setsafe.training.scan-max-bytes:5242880}";

  private final QualificationStore store;
  private final QualificationAccess access;
  private final CertificationViews views;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final int maxScanBytes;

  CertificateRecording(QualificationStore store, QualificationAccess access, CertificationViews views,
      ApplicationEventPublisher events, Clock clock, @Value(MAX_SCAN_BYTES) int maxScanBytes) {
    this.store = store;
    this.access = access;
    this.views = views;
    this.events = events;
    this.clock = clock;
    this.maxScanBytes = maxScanBytes;
  }

  @Transactional
  public Certification record(RecordCertification command) {
    UUID holderId = command.holder().value();
    UUID viaProductionId = command.viaProductionId();
    SignedInUser caller = access.mayRecordFor(command.holder(), viaProductionId);
    QualificationType type = views.knownType(command.details().type());
    Instant now = clock.instant();
    Optional<ScanCopy> scan = scanOf(command.upload());
    UUID certificationId = UUID.randomUUID();
    UUID scanId = scan.map(s -> UUID.randomUUID()).orElse(null);
    CertificationRecord record = new CertificationRecord(certificationId, 1, holderId, type.code(),
        command.details().issuer(), command.details().number(), command.details().issuedOn(),
        command.details().expiresOn(), false, null, scanId, viaProductionId, caller.id(), now);
    String sha = storeScan(scanId, holderId, scan, command.upload(), caller.id(), now);
    store.insertCertification(record);
    events.publishEvent(new CertificationRecorded(UUID.randomUUID(), caller.id(), now, viaProductionId,
        certificationId, holderId, type.code(), record.issuer(), record.number(), record.issuedOn(), record.expiresOn(),
        scanId, sha));
    return views.view(record);
  }

  @Transactional
  public Certification correct(CorrectCertification command) {
    UUID holderId = command.holder().value();
    UUID viaProductionId = command.viaProductionId();
    SignedInUser caller = access.mayRecordFor(command.holder(), viaProductionId);
    CertificationRecord latest = views.latest(command.holder(), command.certification());
    if (latest.withdrawn()) {
      throw new ConflictException("certificationId", "NotWithdrawn",
          "this certification was withdrawn; record a new one instead")
          .saying("input.training.certification.withdrawn");
    }
    QualificationType type = views.knownType(command.details().type());
    String why = command.why();
    Instant now = clock.instant();
    Optional<ScanCopy> scan = scanOf(command.upload());
    UUID scanId = scan.isPresent() ? UUID.randomUUID() : latest.scanId();
    CertificationRecord record = new CertificationRecord(latest.certificationId(), latest.version() + 1, holderId,
        type.code(), command.details().issuer(), command.details().number(), command.details().issuedOn(),
        command.details().expiresOn(), false, why, scanId, viaProductionId, caller.id(), now);
    if (scan.isEmpty() && sameCertificate(record, latest)) {
      throw new ConflictException("certificationId", "Changed", "the correction changes nothing in the record")
          .saying("input.training.certification.unchanged");
    }
    String sha = scan.isPresent() ? storeScan(scanId, holderId, scan, command.upload(), caller.id(), now)
        : Optional.ofNullable(scanId).flatMap(store::scan).map(StoredScan::sha256).orElse(null);
    store.insertCertification(record);
    events.publishEvent(new CertificationCorrected(UUID.randomUUID(), caller.id(), now, viaProductionId,
        record.certificationId(), record.version(), why, holderId, type.code(), record.issuer(), record.number(),
        record.issuedOn(), record.expiresOn(), scanId, sha));
    return views.view(record);
  }

  @Transactional
  public Certification withdraw(WithdrawCertification command) {
    UUID viaProductionId = command.viaProductionId();
    SignedInUser caller = access.mayRecordFor(command.holder(), viaProductionId);
    CertificationRecord latest = views.latest(command.holder(), command.certification());
    if (latest.withdrawn()) {
      throw new ConflictException("certificationId", "NotWithdrawn", "this certification is already withdrawn")
          .saying("input.training.certification.already-withdrawn");
    }
    String why = command.why();
    Instant now = clock.instant();
    CertificationRecord record = new CertificationRecord(latest.certificationId(), latest.version() + 1,
        latest.holderId(), latest.typeCode(), latest.issuer(), latest.number(), latest.issuedOn(), latest.expiresOn(),
        true, why, latest.scanId(), viaProductionId, caller.id(), now);
    store.insertCertification(record);
    events.publishEvent(new CertificationWithdrawn(UUID.randomUUID(), caller.id(), now, viaProductionId,
        record.certificationId(), record.version(), why, record.holderId(), record.typeCode()));
    return views.view(record);
  }

  private Optional<ScanCopy> scanOf(Upload upload) {
    if (upload == null || upload.content() == null) {
      return Optional.empty();
    }
    fileName(upload);
    return Optional.of(ScanCopy.of(upload.content(), maxScanBytes));
  }

  private String storeScan(UUID scanId, UUID holderId, Optional<ScanCopy> scan, Upload upload, UUID by, Instant now) {
    if (scan.isEmpty()) {
      return null;
    }
    String sha = sha256(scan.get().content());
    store.insertScan(scanId, holderId, scan.get(), fileName(upload), sha, by, now);
    return sha;
  }

  private static String fileName(Upload upload) {
    return Text.optional("fileName", ScanFileName.clean(upload.fileName()), CertificationCommands.MAX_FILE_NAME);
  }

  private static boolean sameCertificate(CertificationRecord a, CertificationRecord b) {
    return a.typeCode().equals(b.typeCode()) && a.issuer().equals(b.issuer())
        && Objects.equals(a.number(), b.number()) && a.issuedOn().equals(b.issuedOn())
        && Objects.equals(a.expiresOn(), b.expiresOn());
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
