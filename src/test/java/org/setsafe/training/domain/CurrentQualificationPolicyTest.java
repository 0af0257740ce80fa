package org.setsafe.training.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.shared.InvalidInputException;

class CurrentQualificationPolicyTest {

  private static final UUID ROSA = UUID.randomUUID();
  private static final LocalDate ISSUED = LocalDate.of(2025, 10, 1);
  private static final LocalDate EXPIRES = LocalDate.of(2026, 10, 1);

  private final CurrentQualificationPolicy policy = new CurrentQualificationPolicy();

  static CertificationRecord aPermit(LocalDate issuedOn, LocalDate expiresOn) {
    return new CertificationRecord(UUID.randomUUID(), 1, ROSA, "ARMORER_PERMIT", "California DOJ", "AP-1", issuedOn,
        expiresOn, false, null, null, null, ROSA, Instant.parse("2025-10-01T12:00:00Z"));
  }

  static CertificationRecord withdrawn(CertificationRecord c) {
    return new CertificationRecord(c.certificationId(), c.version() + 1, c.holderId(), c.typeCode(), c.issuer(),
        c.number(), c.issuedOn(), c.expiresOn(), true, "permit revoked", null, null, c.holderId(), c.recordedAt());
  }

  @Test
  void aPermitIsGoodThroughItsExpiryDate() {
    List<CertificationRecord> permits = List.of(aPermit(ISSUED, EXPIRES));
    assertThat(policy.check(permits, "ARMORER_PERMIT", "Armorer permit", EXPIRES)).isEmpty();
    assertThat(policy.current(permits, "ARMORER_PERMIT", EXPIRES)).isPresent();
  }

  @Test
  void theDayAfterExpiryTheArmorerIsRefusedWithTheDateItExpired() {
    List<CertificationRecord> permits = List.of(aPermit(ISSUED, EXPIRES));
    assertThat(policy.check(permits, "ARMORER_PERMIT", "Armorer permit", EXPIRES.plusDays(1)))
        .hasValueSatisfying(refusal -> {
          assertThat(refusal.rule()).isEqualTo(CurrentQualificationPolicy.RULE);
          assertThat(refusal.reason()).startsWith("Armorer permit expired on 2026-10-01");
        });
  }

  @Test
  void aPermitIsNotValidBeforeItsIssueDate() {
    List<CertificationRecord> permits = List.of(aPermit(ISSUED, EXPIRES));
    assertThat(policy.check(permits, "ARMORER_PERMIT", "Armorer permit", ISSUED)).isEmpty();
    assertThat(policy.check(permits, "ARMORER_PERMIT", "Armorer permit", ISSUED.minusDays(1)))
        .hasValueSatisfying(r -> assertThat(r.reason()).startsWith("Armorer permit is not valid until 2025-10-01"));
  }

  @Test
  void aCertificateWithoutExpiryStaysCurrent() {
    List<CertificationRecord> course = List.of(aPermit(ISSUED, null));
    assertThat(policy.check(course, "ARMORER_PERMIT", "Armorer permit", LocalDate.of(2090, 1, 1))).isEmpty();
  }

  @Test
  void nothingOnRecordIsRefusedAsMissing() {
    assertThat(policy.check(List.of(), "FIREARMS_SAFETY", "Firearms safety training", EXPIRES))
        .hasValueSatisfying(r -> assertThat(r.reason()).startsWith("No firearms safety training on record"));
  }

  @Test
  void anotherTypeDoesNotCount() {
    assertThat(policy.check(List.of(aPermit(ISSUED, EXPIRES)), "FIREARMS_SAFETY", "Firearms safety training", ISSUED))
        .isPresent();
  }

  @Test
  void aWithdrawnPermitNoLongerQualifies() {
    List<CertificationRecord> inForce = List.of(withdrawn(aPermit(ISSUED, EXPIRES)));
    assertThat(policy.check(inForce, "ARMORER_PERMIT", "Armorer permit", ISSUED.plusDays(10)))
        .hasValueSatisfying(r -> assertThat(r.reason()).startsWith("Armorer permit was withdrawn"));
  }

  @Test
  void aRenewedPermitCountsOverTheExpiredOne() {
    CertificationRecord old = aPermit(ISSUED, EXPIRES);
    CertificationRecord renewed = aPermit(EXPIRES.minusDays(5), EXPIRES.plusYears(1));
    assertThat(policy.current(List.of(old, renewed), "ARMORER_PERMIT", EXPIRES.minusDays(1))).contains(renewed);
    assertThat(policy.check(List.of(old, renewed), "ARMORER_PERMIT", "Armorer permit", EXPIRES.plusDays(3))).isEmpty();
  }

  @Test
  void aCertificateCannotExpireBeforeItWasIssued() {
    assertThatThrownBy(() -> aPermit(EXPIRES, ISSUED))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("expiresOn");
          assertThat(e.rule()).isEqualTo("NotBeforeIssueDate");
        });
  }
}
