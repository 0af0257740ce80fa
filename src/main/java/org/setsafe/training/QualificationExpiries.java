package org.setsafe.training;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.setsafe.training.domain.CertificationRecord;
import org.setsafe.training.domain.QualificationStore;
import org.springframework.stereotype.Component;

/**
 * When each of a person's certificates runs out, read without any access check: for a caller that already knows
 * whose they are (the person's own calendar feed, reached through its secret address). Withdrawn certificates and
 * those without an expiry date are left out: nothing runs out.
 */
@Component
public class QualificationExpiries {

  /** One certificate's expiry: which certification, what kind (by its label) and the last day it counts. */
  public record Expiry(UUID certificationId, String typeCode, String label, LocalDate expiresOn) {}

  private final QualificationStore store;

  QualificationExpiries(QualificationStore store) {
    this.store = store;
  }

  public List<Expiry> of(UUID holderId) {
    Map<String, String> labels = store.types().stream()
        .collect(Collectors.toMap(QualificationType::code, QualificationType::label, (a, b) -> a));
    return store.inForce(Set.of(holderId)).stream()
        .filter(c -> !c.withdrawn() && c.expiresOn() != null)
        .map(c -> new Expiry(c.certificationId(), c.typeCode(), labels.getOrDefault(c.typeCode(), c.typeCode()),
            c.expiresOn()))
        .sorted(Comparator.comparing(Expiry::expiresOn).thenComparing(Expiry::certificationId))
        .toList();
  }

  /** A kind of qualification by its code; empty when the installation has none such. */
  Optional<QualificationType> type(String typeCode) {
    return store.type(typeCode);
  }

}
