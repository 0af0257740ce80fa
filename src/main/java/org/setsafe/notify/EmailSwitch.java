package org.setsafe.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Whether email is on: only when an SMTP server is configured (SPRING_MAIL_HOST). Without one no email is queued or
 * tried, so the delivery log and the console do not fill with deliveries that could never succeed; SetSafe says so
 * once at start, and notices reach people through their in-app inbox (and the production's webhook) alone.
 */
@Component
class EmailSwitch {

  private static final Logger LOG = LoggerFactory.getLogger(EmailSwitch.class);

  private final boolean on;
  private final boolean cli;

  /** {@code host} is SPRING_MAIL_HOST: set but blank (as an emptied variable leaves it) is no server either. */
  EmailSwitch(ObjectProvider<JavaMailSender> mail, @Value("${spring.mail.host:}") String host,
      @Value("${setsafe.cli:false}") boolean cli) {
    this.on = host != null && !host.isBlank() && mail.getIfAvailable() != null;
    this.cli = cli;
  }

  boolean on() {
    return on;
  }

  @EventListener(ApplicationReadyEvent.class)
  void sayOnceWhenOff() {
    if (!on && !cli) {
      LOG.warn("Email is off: no SMTP server is configured (set SPRING_MAIL_HOST); notices go to each person's"
          + " in-app inbox and the production's webhook only.");
    }
  }
}
