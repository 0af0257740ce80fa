package org.setsafe.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.training.CertificationCommands.NewCertification;
import org.setsafe.training.CertificationCommands.RecordCertification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two stunt performers whose firearms training runs out in a week, one who chose Spanish and one English: the same
 * reminder reaches each in their own language, in their inbox and by email.
 */
@SetSafeTest
class QualificationReminderInTheirLanguageTest {

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired QualificationReminders reminders;
  @Autowired CertificateRecording qualifications;
  @Autowired Accounts accounts;
  @Autowired Crew crew;
  @Autowired TestClock clock;
  @Autowired JdbcClient jdbc;

  @Test
  void theSameReminderReachesOneInSpanishAndTheOtherInEnglish() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String ines = "ines." + suffix;
    String rhea = "rhea." + suffix;
    LocalDate expiresOn = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(7);
    for (String name : List.of(ines, rhea)) {
      SystemActor.call(() -> accounts.createWithPassword(SystemActor.ID, name, name, name + "@stunts.example", null,
          Crew.PASSWORD));
      crew.as(name, () -> qualifications.record(new RecordCertification(new PersonId(crew.id(name)), null,
          new NewCertification("FIREARMS_SAFETY", "Set Safe Academy", null, expiresOn.minusYears(2), expiresOn),
          null)));
    }
    accounts.chooseLanguage(crew.id(ines), "es");
    accounts.chooseLanguage(crew.id(rhea), "en");

    reminders.sweep();

    String spanish = "[SetSafe] Tu capacitación en seguridad con armas de fuego vence en 7 días";
    String english = "[SetSafe] Your Firearms safety training expires in 7 days";
    String spanishDay = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.forLanguageTag("es")).format(expiresOn);
    String englishDay = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH).format(expiresOn);
    assertThat(inbox(ines)).containsExactly(spanish);
    assertThat(inbox(rhea)).containsExactly(english);
    assertThat(inboxBody(ines)).isEqualTo("Tu capacitación en seguridad con armas de fuego vence el " + spanishDay
        + ". Después de ese día ya no cuenta en el set: renueva la certificación y agrega el certificado nuevo en Mis"
        + " certificaciones, para que nadie tenga que pararte en el resguardo.");
    assertThat(inboxBody(rhea)).isEqualTo("Your Firearms safety training expires on " + englishDay + ". After that"
        + " day it no longer counts on set: renew it and add the new certificate under My qualifications, so nobody"
        + " has to stop you at the lock-up.");

    await().atMost(Duration.ofSeconds(60)).until(() -> mailTo(ines).size() == 1 && mailTo(rhea).size() == 1);
    assertThat(subject(mailTo(ines).get(0))).isEqualTo(spanish);
    assertThat(body(mailTo(ines).get(0))).contains("vence el " + spanishDay, "/account/qualifications");
    assertThat(subject(mailTo(rhea).get(0))).isEqualTo(english);
    assertThat(body(mailTo(rhea).get(0))).contains("expires on " + englishDay, "/account/qualifications");
  }

  private List<String> inbox(String username) {
    return jdbc.sql("SELECT subject FROM inbox_item WHERE user_id = ?").param(crew.id(username))
        .query(String.class).list();
  }

  private String inboxBody(String username) {
    return jdbc.sql("SELECT body FROM inbox_item WHERE user_id = ?").param(crew.id(username))
        .query(String.class).single();
  }

  private List<MimeMessage> mailTo(String username) {
    String address = username + "@stunts.example";
    return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
      try {
        return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String body(MimeMessage message) {
    try {
      return message.getContent().toString().replace("\r\n", "\n");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
