package org.setsafe.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestDatabase;
import org.setsafe.identity.SystemActor;
import org.setsafe.ledger.Ledger;
import org.setsafe.ledger.LedgerEntry;
import org.setsafe.training.CertificationCommands.NewCertification;
import org.setsafe.training.CertificationCommands.RecordCertification;
import org.setsafe.training.CertificationCommands.Upload;
import org.setsafe.training.QualificationViews.Certification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What a recorded certificate leaves behind: facts in the ledger, and rows the database will not let anyone change. */
@SetSafeTest
class QualificationRecordTest {

  @Autowired CertificateRecording qualifications;
  @Autowired Crew crew;
  @Autowired Ledger ledger;
  @Autowired JdbcClient jdbc;

  private Certification samRecordsForMarcus() {
    UUID western = crew.production(Crew.WESTERN).id();
    return crew.as("sam.safety", () -> qualifications.record(new RecordCertification(
        new PersonId(crew.id("marcus.camera")), western,
        new NewCertification("PRODUCTION_SAFETY", "Contract Services", "CS-" + UUID.randomUUID(),
            LocalDate.of(2026, 1, 5), LocalDate.of(2031, 1, 5)),
        new Upload("%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), "cs.pdf"))));
  }

  @Test
  void aCertificateRecordedForACrewMemberReachesTheProductionsLedger() {
    Certification certification = samRecordsForMarcus();
    UUID western = crew.production(Crew.WESTERN).id();
    List<LedgerEntry> history = await().atMost(Duration.ofSeconds(20)).until(
        () -> SystemActor.call(() -> ledger.history(western, "certification:" + certification.id())),
        entries -> !entries.isEmpty());
    assertThat(history.get(0).leaf()).contains("training.certification-recorded")
        .contains(certification.scan().sha256());
  }

  @Test
  void postgresqlRefusesToChangeOrDeleteACertificateOrItsScan() {
    assumeTrue(TestDatabase.isPostgres(), "the triggers exist on PostgreSQL only");
    Certification certification = samRecordsForMarcus();
    assertThatThrownBy(() -> jdbc.sql("UPDATE certification SET expires_on = DATE '2099-01-01' WHERE id = ?")
        .param(certification.id()).update()).rootCause().hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("DELETE FROM certification WHERE id = ?").param(certification.id()).update())
        .rootCause().hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("UPDATE certification_scan SET content = ? WHERE id = ?")
        .params(new byte[] {1}, certification.scan().id()).update()).rootCause().hasMessageContaining("append-only");
  }
}
