package org.setsafe.training;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.setsafe.identity.Account;
import org.setsafe.shared.NotFoundException;
import org.setsafe.training.QualificationViews.Certification;
import org.setsafe.training.QualificationViews.CertificationHistory;
import org.setsafe.training.QualificationViews.PersonQualifications;
import org.setsafe.training.QualificationViews.Reminder;
import org.setsafe.training.QualificationViews.ScanDownload;
import org.setsafe.training.domain.CertificationRecord;
import org.setsafe.training.domain.QualificationStore;
import org.setsafe.training.domain.QualificationStore.StoredScan;
import org.setsafe.training.domain.QualificationStore.Verification;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A person's qualifications as they, administrators, studio safety and those who look after their crews read them:
 * every version of every certification, the reminders sent, and the scanned copies; and the installation's kinds
 * of qualification for the forms.
 */
@Component
public class QualificationRecords {

  private final QualificationStore store;
  private final QualificationAccess access;
  private final CertificationViews views;
  private final int maxScanBytes;

  QualificationRecords(QualificationStore store, QualificationAccess access, CertificationViews views,
      @Value(CertificateRecording.MAX_SCAN_BYTES) int maxScanBytes) {
    this.store = store;
    this.access = access;
    this.views = views;
    this.maxScanBytes = maxScanBytes;
  }

  /** How large a scanned copy may be, in bytes, for the forms to say. */
  public int maxScanBytes() {
    return maxScanBytes;
  }

  public List<QualificationType> types() {
    return store.types();
  }

  /** Everything on record about the person's qualifications, for those allowed to see it. */
  public PersonQualifications of(PersonId holder) {
    Account account = access.mayView(holder);
    UUID holderId = holder.value();
    List<Verification> verifications = store.verificationsOf(holderId);
    Map<UUID, List<CertificationRecord>> byId = store.certificationsOf(holderId).stream()
        .collect(Collectors.groupingBy(CertificationRecord::certificationId, LinkedHashMap::new, Collectors.toList()));
    List<CertificationHistory> histories = byId.entrySet().stream().map(e -> {
      List<Certification> versions = e.getValue().stream().sorted(Comparator.comparingInt(CertificationRecord::version))
          .map(r -> views.view(r, verifications)).toList();
      return new CertificationHistory(e.getKey(), versions.get(versions.size() - 1), versions);
    }).sorted(Comparator.comparing((CertificationHistory h) -> h.inForce().withdrawn())
        .thenComparing(h -> h.inForce().type().label())).toList();
    Map<String, QualificationType> types = views.typesByCode();
    List<Reminder> reminders = store.remindersOf(holderId).stream().map(r -> new Reminder(r.certificationId(),
        types.getOrDefault(r.typeCode(), new QualificationType(r.typeCode(), r.typeCode())), r.expiresOn(),
        r.daysBefore(), r.recordedAt())).toList();
    return new PersonQualifications(holderId, account.displayName(), histories, reminders);
  }

  /** The version in force of one of the person's certifications, for those allowed to see their records. */
  public Certification inForce(PersonId holder, CertificationId certification) {
    return of(holder).certifications().stream().filter(h -> h.id().equals(certification.value())).findFirst()
        .orElseThrow(() -> new NotFoundException("No such certification of this person.")
            .saying("input.training.not-found.certification-in-force")).inForce();
  }

  /** The scanned copy of one version of a certification, for those allowed to see the person's records. */
  public ScanDownload scan(PersonId holder, CertificationId certification, int version) {
    access.mayView(holder);
    CertificationRecord record = store.certificationsOf(holder.value()).stream()
        .filter(c -> c.certificationId().equals(certification.value()) && c.version() == version).findFirst()
        .orElseThrow(() -> new NotFoundException("no such certification version of this person")
            .saying("input.training.not-found.certification-version"));
    if (record.scanId() == null) {
      throw new NotFoundException("this certification has no scanned copy")
          .saying("input.training.not-found.scan");
    }
    StoredScan scan = store.scan(record.scanId()).orElseThrow();
    byte[] content = store.scanContent(record.scanId()).orElseThrow();
    return new ScanDownload(scan.mediaType(), scan.fileName(), content);
  }
}
