package org.setsafe.escalation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.setsafe.escalation.EscalationEvents.StopWorkNotified;
import org.setsafe.escalation.domain.EscalationStore;
import org.setsafe.notify.Notice;
import org.setsafe.notify.Notifications;
import org.setsafe.notify.Notifications.Sent;
import org.setsafe.notify.Recipient;
import org.setsafe.notify.Words;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stop-work reaches everyone who must hear at once, on every channel they have (no escalation ladder: everyone is
 * told immediately), and the same people hear when the safety advisor lets work resume.
 */
@Component
class StopWorkNotices {

  private final EscalationStore store;
  private final Notifications notifications;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  StopWorkNotices(EscalationStore store, Notifications notifications, ApplicationEventPublisher events, Clock clock) {
    this.store = store;
    this.notifications = notifications;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public void called(org.setsafe.reporting.ReportEvents.StopWorkCalled fact) {
    if (!store.firstSight(fact.factId(), clock.instant())) {
      return;
    }
    Set<UUID> people = fact.toNotify() == null ? Set.of() : fact.toNotify();
    store.insertStopWork(fact.stopWorkId(), fact.productionId(), fact.sceneId(), fact.reason(), people,
        fact.occurredAt());
    // Everyone told reads it in their own language; the reason is said as the person who called it wrote it.
    Notice notice = new Notice(fact.productionId(), "stop-work/" + fact.stopWorkId() + "/called",
        Words.of("notices.stop-work.subject"), fact.reason() == null ? Words.of("notices.stop-work.text")
            : Words.of("notices.stop-work.text.reason", fact.reason()),
        "/productions/" + fact.productionId());
    tell(fact.productionId(), fact.stopWorkId(), false, notice, people);
  }

  @Transactional
  public void resumed(org.setsafe.reporting.ReportEvents.WorkResumed fact) {
    if (!store.firstSight(fact.factId(), clock.instant())) {
      return;
    }
    Set<UUID> people = store.stopWorkRecipients(fact.stopWorkId()).orElseThrow(() -> new IllegalStateException(
        "stop-work " + fact.stopWorkId() + " is not yet known; its call has not arrived"));
    Notice notice = new Notice(fact.productionId(), "stop-work/" + fact.stopWorkId() + "/resumed",
        Words.of("notices.stop-work.resumed.subject"), Words.of("notices.stop-work.resumed.text", fact.whySafe()),
        "/productions/" + fact.productionId());
    tell(fact.productionId(), fact.stopWorkId(), true, notice, people);
  }

  private void tell(UUID productionId, UUID stopWorkId, boolean resumed, Notice notice, Set<UUID> people) {
    Sent sent = notifications.send(notice, people.stream().map(Recipient::person).toList());
    List<String> notified = new ArrayList<>(sent.inbox());
    sent.email().forEach(address -> notified.add("email:" + address));
    if (sent.webhook()) {
      notified.add("webhook");
    }
    events.publishEvent(new StopWorkNotified(UUID.randomUUID(), productionId, null, clock.instant(), stopWorkId,
        resumed, notified));
  }
}
