package org.setsafe.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.notify.Notice;
import org.setsafe.notify.Notifications;
import org.setsafe.notify.NotifyEvents.DeliveryFailed;
import org.setsafe.notify.Recipient;
import org.setsafe.notify.Words;
import org.setsafe.training.domain.QualificationStore.Reminder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a person their certificate runs out: into their inbox, and by email where SetSafe sends email. Sent in the
 * transaction that records the reminder, so a reminder is recorded and queued together or not at all: a crash
 * loses neither, and the email's persisted job is retried with backoff after a restart. An email that fails for
 * good is told to the person in their inbox (their address may be wrong), besides the delivery log and the ledger.
 */
@Component
class ExpiryNotices {

  /** Every reminder's notice key starts so, then the holder, certification, expiry date and threshold. */
  static final String KEY = "qualification-expiring/";
  private static final Logger log = LoggerFactory.getLogger(ExpiryNotices.class);

  private final Notifications notifications;
  private final QualificationExpiries expiries;

  ExpiryNotices(Notifications notifications, QualificationExpiries expiries) {
    this.notifications = notifications;
    this.expiries = expiries;
  }

  /**
   * Within the caller's transaction: the reminder's notice to its holder, once per threshold, in the language they
   * chose. A built-in certification is named in their words too; one an administrator added, as the catalog writes
   * it.
   */
  void tell(Reminder reminder) {
    Object label = name(reminder.typeCode());
    notifications.send(new Notice(null, key(reminder), subject(label, reminder.daysBefore()),
        text(label, reminder.expiresOn(), reminder.daysBefore()), "/account/qualifications"),
        List.of(Recipient.person(reminder.holderId())));
  }

  /**
   * A kind of qualification as a notice names it: a built-in one in its reader's words, one an administrator added by
   * its label, or by its code when the installation no longer knows it.
   */
  private Object name(String typeCode) {
    Optional<QualificationType> type = expiries.type(typeCode);
    if (type.isPresent() && type.get().builtIn()) {
      return Words.of("notices.training.type." + typeCode);
    }
    return type.map(QualificationType::label).orElse(typeCode);
  }

  static String key(Reminder reminder) {
    return KEY + reminder.holderId() + "/" + reminder.certificationId() + "/" + reminder.expiresOn() + "/"
        + reminder.daysBefore();
  }

  static Words subject(Object label, int daysBefore) {
    return daysBefore == 0 ? Words.of("notices.expiry.subject.today", label)
        : daysBefore == 1 ? Words.of("notices.expiry.subject.one-day", label)
        : Words.of("notices.expiry.subject.days", label, String.valueOf(daysBefore));
  }

  static Words text(Object label, LocalDate expiresOn, int daysBefore) {
    return Words.of(daysBefore == 0 ? "notices.expiry.text.today" : "notices.expiry.text", label,
        new Words.Day(expiresOn));
  }

  /** An email reminder that could not be delivered: the person hears of it in their inbox. */
  @ApplicationModuleListener
  void on(DeliveryFailed failed) {
    holderOf(failed.noticeKey()).ifPresent(holder -> {
      log.warn("qualification reminder {} could not be emailed to {}: {}", failed.noticeKey(), failed.recipient(),
          failed.lastError());
      notifications.sendToInbox(new Notice(null, failed.noticeKey() + "/email-failed",
              Words.of("notices.expiry.email-failed.subject"), Words.of("notices.expiry.email-failed.text",
                  failed.recipient(), String.valueOf(failed.attempts())), "/account/qualifications"),
          List.of(holder));
    });
  }

  /** The holder named in a reminder's notice key; empty for any other notice. */
  static Optional<UUID> holderOf(String noticeKey) {
    if (noticeKey == null || !noticeKey.startsWith(KEY) || noticeKey.endsWith("/email-failed")) {
      return Optional.empty();
    }
    String rest = noticeKey.substring(KEY.length());
    int slash = rest.indexOf('/');
    try {
      return Optional.of(UUID.fromString(slash < 0 ? rest : rest.substring(0, slash)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
