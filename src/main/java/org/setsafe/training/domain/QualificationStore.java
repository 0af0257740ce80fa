package org.setsafe.training.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.training.QualificationType;

/** Qualification records in storage. It only appends: nothing recorded is changed or removed. */
public interface QualificationStore {

  List<QualificationType> types();

  Optional<QualificationType> type(String code);

  void insertType(QualificationType type, UUID addedBy, Instant addedAt);

  /** A scanned copy as stored, without its bytes. */
  record StoredScan(UUID id, UUID holderId, String mediaType, String fileName, int byteCount, String sha256) {}

  void insertScan(UUID scanId, UUID holderId, ScanCopy scan, String fileName, String sha256, UUID recordedBy,
      Instant recordedAt);

  Optional<StoredScan> scan(UUID scanId);

  Optional<byte[]> scanContent(UUID scanId);

  void insertCertification(CertificationRecord record);

  /** Every version of every certification of the person, oldest first. */
  List<CertificationRecord> certificationsOf(UUID holderId);

  /** The latest version of each certification of these people. */
  List<CertificationRecord> inForce(Set<UUID> holderIds);

  /** The latest version of every certification expiring from {@code from} to {@code until}, not withdrawn. */
  List<CertificationRecord> expiringBetween(LocalDate from, LocalDate until);

  record Verification(UUID id, UUID certificationId, int version, UUID productionId, UUID verifiedBy,
      Instant verifiedAt, String note) {}

  void insertVerification(Verification verification);

  List<Verification> verificationsOf(UUID holderId);

  record Reminder(UUID factId, UUID certificationId, UUID holderId, String typeCode, LocalDate expiresOn,
      int daysBefore, Instant recordedAt) {}

  /** Inserts the reminder unless one for the same certification, expiry date and threshold exists; true if new. */
  boolean insertReminderOnce(Reminder reminder);

  List<Reminder> remindersFor(UUID certificationId, LocalDate expiresOn);

  List<Reminder> remindersOf(UUID holderId);
}
