package org.setsafe.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.notify.Channel;
import org.setsafe.notify.NotifyEvents.DeliveryFailed;
import org.setsafe.training.CertificationCommands.NewCertification;
import org.setsafe.training.CertificationCommands.RecordCertification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A stunt performer's firearms training runs out in a week: the reminder reaches her inbox and her email (GreenMail
 * receives it) once, however often the sweep runs; it is queued with the reminder's record, so the two are kept
 * together; and an email that fails for good is told to her in her inbox.
 */
@SetSafeTest
class QualificationReminderDeliveryTest {

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  private static final String SUBJECT = "[SetSafe] Your Firearms safety training expires in 7 days";

  @Autowired QualificationReminders reminders;
  @Autowired CertificateRecording qualifications;
  @Autowired Accounts accounts;
  @Autowired Crew crew;
  @Autowired TestClock clock;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transaction;

  private Instant start;
  private String username;
  private String address;
  private UUID certificationId;

  @BeforeEach
  void aPerformerWhoseTrainingRunsOutInAWeek() {
    start = clock.instant();
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    username = "rhea." + suffix;
    address = "rhea." + suffix + "@stunts.example";
    SystemActor.call(() -> accounts.createWithPassword(SystemActor.ID, username, "Rhea Kowalczyk", address, null,
        Crew.PASSWORD));
    LocalDate expiresOn = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(7);
    certificationId = crew.as(username, () -> qualifications.record(new RecordCertification(
        new PersonId(crew.id(username)), null,
        new NewCertification("FIREARMS_SAFETY", "Set Safe Academy", null, expiresOn.minusYears(2), expiresOn),
        null)).id());
  }

  @AfterEach
  void restore() {
    clock.set(start);
  }

  @Test
  void theReminderReachesHerInboxAndEmailOnceHoweverOftenTheSweepRuns() {
    reminders.sweep();
    reminders.sweep();

    assertThat(inbox()).containsExactly(SUBJECT);
    await().atMost(Duration.ofSeconds(60)).until(() -> !mailTo(SUBJECT).isEmpty());
    assertThat(mailTo(SUBJECT)).hasSize(1);
    assertThat(body(mailTo(SUBJECT).get(0))).contains("Your Firearms safety training expires on")
        .contains("/account/qualifications");

    // A second sweep after the email went out sends nothing again.
    reminders.sweep();
    assertThat(inbox()).containsExactly(SUBJECT);
    assertThat(mailTo(SUBJECT)).hasSize(1);
  }

  @Test
  void theReminderAndItsQueuedNoticesAreKeptTogether() {
    reminders.sweep();

    int recorded = jdbc.sql("SELECT COUNT(*) FROM qualification_reminder WHERE certification_id = ?")
        .param(certificationId).query(Integer.class).single();
    int queued = jdbc.sql("SELECT COUNT(*) FROM delivery WHERE notice_key LIKE ? AND recipient = ?")
        .params(ExpiryNotices.KEY + crew.id(username) + "/" + certificationId + "/%", address)
        .query(Integer.class).single();
    assertThat(recorded).isEqualTo(1);
    assertThat(queued).isEqualTo(1);
  }

  @Test
  void anEmailThatFailsForGoodIsToldToHerInHerInbox() {
    reminders.sweep();
    String key = jdbc.sql("SELECT notice_key FROM delivery WHERE recipient = ?").param(address)
        .query(String.class).single();

    transaction.executeWithoutResult(status -> events.publishEvent(new DeliveryFailed(UUID.randomUUID(), null, null,
        clock.instant(), UUID.randomUUID(), key, Channel.EMAIL, address, 8, "550 mailbox unavailable")));

    await().atMost(Duration.ofSeconds(30)).until(() -> inbox().size() == 2);
    assertThat(inbox()).containsExactlyInAnyOrder(SUBJECT, "[SetSafe] We could not email you a qualification reminder");
  }

  @Test
  void onlyReminderKeysNameAHolder() {
    UUID holder = UUID.randomUUID();
    assertThat(ExpiryNotices.holderOf(ExpiryNotices.KEY + holder + "/x/2027-01-01/7")).contains(holder);
    assertThat(ExpiryNotices.holderOf(ExpiryNotices.KEY + holder + "/x/2027-01-01/7/email-failed")).isEmpty();
    assertThat(ExpiryNotices.holderOf("care/" + holder + "/offered")).isEmpty();
    assertThat(ExpiryNotices.holderOf(ExpiryNotices.KEY + "not-a-uuid/x")).isEmpty();
  }

  private List<String> inbox() {
    return jdbc.sql("SELECT subject FROM inbox_item WHERE user_id = ?").param(crew.id(username))
        .query(String.class).list();
  }

  private List<MimeMessage> mailTo(String subject) {
    return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
      try {
        return m.getSubject().equals(subject)
            && Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  private static String body(MimeMessage message) {
    try {
      return message.getContent().toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
