package org.setsafe.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.identity.SystemActor;
import org.setsafe.training.CertificationCommands.NewCertification;
import org.setsafe.training.CertificationCommands.RecordCertification;
import org.setsafe.training.QualificationViews.Reminder;
import org.setsafe.training.domain.QualificationStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reminder sweep, with the clock moved by hand: each threshold (30 days, 7 days, the expiry date) is recorded
 * once for a certificate, however often the sweep runs.
 */
@SetSafeTest
class QualificationRemindersTest {

  @Autowired CertificateRecording qualifications;
  @Autowired QualificationRecords records;
  @Autowired QualificationReminders reminders;
  @Autowired TestClock clock;
  @Autowired Crew crew;
  @Autowired QualificationStore store;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transaction;
  @Autowired ExpiryNotices notices;

  private Instant start;

  @BeforeEach
  void remember() {
    start = clock.instant();
  }

  @AfterEach
  void restore() {
    clock.set(start);
  }

  private UUID recordAs(String username, LocalDate expiresOn) {
    return crew.as(username, () -> qualifications.record(new RecordCertification(new PersonId(crew.id(username)),
        null, new NewCertification("FIREARMS_SAFETY", "Set Safe Academy", null, expiresOn.minusYears(2), expiresOn),
        null)).id());
  }

  private List<Integer> sentFor(String username, UUID certificationId) {
    return SystemActor.call(() -> records.of(new PersonId(crew.id(username))).reminders().stream()
        .filter(r -> r.certificationId().equals(certificationId)).map(Reminder::daysBefore).sorted().toList());
  }

  @Test
  void eachThresholdIsRecordedOnceAsTheExpiryDateComes() {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    UUID id = recordAs("tess.grip", today.plusDays(40));

    reminders.sweep();
    assertThat(sentFor("tess.grip", id)).isEmpty();

    clock.advance(Duration.ofDays(10)); // 30 days left
    reminders.sweep();
    reminders.sweep();
    assertThat(sentFor("tess.grip", id)).containsExactly(30);

    // SetSafe restarts: a new sweeper knows only what is stored
    new QualificationReminders(store, events, transaction, clock, List.of(30, 7, 0), notices).sweep();
    assertThat(sentFor("tess.grip", id)).containsExactly(30);

    clock.advance(Duration.ofDays(22)); // 8 days left: nothing new
    reminders.sweep();
    assertThat(sentFor("tess.grip", id)).containsExactly(30);

    clock.advance(Duration.ofDays(1)); // 7 days left
    reminders.sweep();
    assertThat(sentFor("tess.grip", id)).containsExactly(7, 30);

    clock.advance(Duration.ofDays(7)); // the expiry date
    reminders.sweep();
    clock.advance(Duration.ofDays(30)); // long expired: nothing more
    reminders.sweep();
    assertThat(sentFor("tess.grip", id)).containsExactly(0, 7, 30);
  }

  @Test
  void aCertificateRecordedWithDaysLeftGetsOneReminderNotABurst() {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    UUID id = recordAs("marcus.camera", today.plusDays(5));

    reminders.sweep();
    reminders.sweep();

    assertThat(sentFor("marcus.camera", id)).containsExactly(7);
  }

  @Test
  void hanksPermitRunningOutIsRemindedAndShownOnHisPage() {
    reminders.sweep();
    List<Reminder> hanks = SystemActor.call(() -> records.of(new PersonId(crew.id("hank.props"))).reminders());
    assertThat(hanks).anySatisfy(r -> {
      assertThat(r.type().code()).isEqualTo("ARMORER_PERMIT");
      assertThat(r.daysBefore()).isEqualTo(30);
    });
  }
}
