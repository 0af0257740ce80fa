package org.setsafe.training;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.NotFoundException;
import org.setsafe.training.QualificationViews.Certification;
import org.setsafe.training.QualificationViews.Scan;
import org.setsafe.training.QualificationViews.Verified;
import org.setsafe.training.domain.CertificationRecord;
import org.setsafe.training.domain.QualificationStore;
import org.setsafe.training.domain.QualificationStore.Verification;
import org.springframework.stereotype.Component;

/** Stored certifications read as people read them, and the lookups the use cases share: types, the latest version. */
@Component
class CertificationViews {

  private final QualificationStore store;

  CertificationViews(QualificationStore store) {
    this.store = store;
  }

  Certification view(CertificationRecord r, List<Verification> verifications) {
    Scan scan = r.scanId() == null ? null : store.scan(r.scanId())
        .map(s -> new Scan(s.id(), s.mediaType(), s.fileName(), s.byteCount(), s.sha256())).orElse(null);
    QualificationType type = store.type(r.typeCode()).orElse(new QualificationType(r.typeCode(), r.typeCode()));
    List<Verified> verified = verifications.stream()
        .filter(v -> v.certificationId().equals(r.certificationId()) && v.version() == r.version())
        .map(v -> new Verified(v.verifiedBy(), v.productionId(), v.verifiedAt(), v.note())).toList();
    return new Certification(r.certificationId(), r.version(), r.holderId(), type, r.issuer(), r.number(),
        r.issuedOn(), r.expiresOn(), r.withdrawn(), r.reason(), scan, r.viaProductionId(), r.recordedBy(),
        r.recordedAt(), verified);
  }

  /** The version in force, as the holder's records show it now. */
  Certification view(CertificationRecord r) {
    return view(r, store.verificationsOf(r.holderId()));
  }

  Map<String, QualificationType> typesByCode() {
    return store.types().stream().collect(Collectors.toMap(QualificationType::code, Function.identity()));
  }

  QualificationType knownType(String code) {
    if (code == null || code.isBlank()) {
      throw new InvalidInputException("type", "Required", "type is required (e.g. ARMORER_PERMIT)")
          .saying("input.training.type.required");
    }
    return store.type(code.strip().toUpperCase(Locale.ROOT)).orElseThrow(() -> {
      String known = store.types().stream().map(QualificationType::code).collect(Collectors.joining(", "));
      return new InvalidInputException("type", "KnownType", "type '" + code.strip()
          + "' is not a qualification type on this installation; known: " + known)
          .saying("input.training.type.unknown", code.strip(), known);
    });
  }

  CertificationRecord latest(PersonId holder, CertificationId certification) {
    return store.certificationsOf(holder.value()).stream()
        .filter(c -> c.certificationId().equals(certification.value()))
        .max(Comparator.comparingInt(CertificationRecord::version))
        .orElseThrow(() -> new NotFoundException("no certification " + certification + " of this person")
            .saying("input.training.not-found.certification", certification));
  }
}
