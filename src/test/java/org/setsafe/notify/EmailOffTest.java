package org.setsafe.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.SystemActor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.TestPropertySource;

/**
 * SetSafe without an SMTP server, as a first run or the demo starts: notices reach the inbox, no email is queued
 * (so none is tried, failed and retried into the logs), and it says once at start that email is off.
 */
@SetSafeTest
@TestPropertySource(properties = "spring.mail.host=")
@ExtendWith(OutputCaptureExtension.class)
class EmailOffTest {

  @Autowired Notifications notifications;
  @Autowired Crew crew;
  @Autowired JdbcClient jdbc;

  @Test
  void withoutAnSmtpServerANoticeReachesTheInboxAndNoEmailIsQueued() {
    UUID western = crew.production(Crew.WESTERN).id();
    String key = "test/email-off/" + UUID.randomUUID();
    Notifications.Sent sent = SystemActor.call(() -> notifications.send(
        new Notice(western, key, "Revolver not locked up", "The Colt is still out at wrap.", null),
        List.of(Recipient.person(crew.id("rosa.armorer")), Recipient.outsideAddress("studio-safety@example.org"))));

    assertThat(sent.inbox()).hasSize(1);
    assertThat(sent.email()).isEmpty();
    assertThat(jdbc.sql("SELECT channel FROM delivery WHERE notice_key = ?").param(key).query(String.class).list())
        .doesNotContain("EMAIL");
  }

  @Test
  void itSaysOnceAtStartThatEmailIsOffAndNothingWhenAServerIsSet(CapturedOutput output) {
    int before = output.getAll().length(); // this context's own start has said it already
    new EmailSwitch(provider(null), "", false).sayOnceWhenOff();
    new EmailSwitch(provider(new JavaMailSenderImpl()), "smtp.example.org", false).sayOnceWhenOff();
    new EmailSwitch(provider(null), "", true).sayOnceWhenOff(); // an admin command is not a start of the server

    assertThat(output.getAll().substring(before).lines().filter(line -> line.contains("Email is off")).toList()).singleElement()
        .satisfies(line -> assertThat(line).contains("SPRING_MAIL_HOST").contains("in-app inbox"));
    assertThat(new EmailSwitch(provider(new JavaMailSenderImpl()), "smtp.example.org", false).on()).isTrue();
    assertThat(new EmailSwitch(provider(new JavaMailSenderImpl()), " ", false).on()).isFalse();
  }

  private static ObjectProvider<JavaMailSender> provider(JavaMailSender sender) {
    return new ObjectProvider<>() {
      @Override
      public JavaMailSender getObject() {
        return sender;
      }

      @Override
      public JavaMailSender getIfAvailable() {
        return sender;
      }
    };
  }
}
