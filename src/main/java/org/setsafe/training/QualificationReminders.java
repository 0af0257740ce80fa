package org.setsafe.training;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.setsafe.training.QualificationEvents.QualificationExpiring;
import org.setsafe.training.domain.CertificationRecord;
import org.setsafe.training.domain.QualificationStore;
import org.setsafe.training.domain.QualificationStore.Reminder;
import org.setsafe.training.domain.ReminderThresholds;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds people before a certificate runs out: a sweep records {@link QualificationExpiring} once per
 * certification, expiry date and threshold (by default 30 and 7 days before, and on the expiry date). What was
 * sent is read back from the stored reminders, and a unique key settles two sweeps racing, so a restart or a
 * second instance never reminds twice. Each reminder reaches the person in their inbox and by email
 * ({@link ExpiryNotices}), queued in the transaction that records it; the person sees it on their qualifications
 * page too.
 */
@Component
public class QualificationReminders {

  static final int LOOK_BACK_DAYS = 31;

  private final QualificationStore store;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final ReminderThresholds thresholds;
  private final ExpiryNotices notices;

  QualificationReminders(QualificationStore store, ApplicationEventPublisher events, TransactionTemplate transaction,
      Clock clock, @Value("${setsafe.training.reminder-days:30,7,0}") List<Integer> reminderDays,
      ExpiryNotices notices) {
    this.store = store;
    this.notices = notices;
    this.events = events;
    this.transaction = transaction;
    this.clock = clock;
    this.thresholds = new ReminderThresholds(reminderDays);
  }

  /** Records every reminder due today (UTC) that was not recorded before; returns how many it recorded. */
  @Scheduled(fixedDelayString = "${setsafe.training.reminder-sweep-interval:1h}",
      initialDelayString = "${setsafe.training.reminder-sweep-first:PT1M}")
  public int sweep() {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    LocalDate horizon = today.plusDays(thresholds.daysBefore().last());
    int recorded = 0;
    // A certificate that expired more than a month ago has had its last reminder (or was recorded long after
    // it ran out, when a reminder helps no one); leaving those out keeps the sweep from growing with history.
    for (CertificationRecord certification : store.expiringBetween(today.minusDays(LOOK_BACK_DAYS), horizon)) {
      if (Boolean.TRUE.equals(transaction.execute(status -> remind(certification, today)))) {
        recorded++;
      }
    }
    return recorded;
  }

  private boolean remind(CertificationRecord certification, LocalDate today) {
    Set<Integer> sent = store.remindersFor(certification.certificationId(), certification.expiresOn()).stream()
        .map(Reminder::daysBefore).collect(Collectors.toSet());
    Optional<Integer> due = thresholds.due(certification.expiresOn(), today, sent);
    if (due.isEmpty()) {
      return false;
    }
    Instant now = clock.instant();
    Reminder reminder = new Reminder(UUID.randomUUID(), certification.certificationId(), certification.holderId(),
        certification.typeCode(), certification.expiresOn(), due.get(), now);
    if (!store.insertReminderOnce(reminder)) {
      return false;
    }
    events.publishEvent(new QualificationExpiring(reminder.factId(), null, now, null, certification.certificationId(),
        certification.holderId(), certification.typeCode(), certification.expiresOn(), due.get()));
    // In the same transaction: the reminder is recorded and its notice queued together, or neither is.
    notices.tell(reminder);
    return true;
  }
}
