package org.setsafe.operations;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.setsafe.notify.Notice;
import org.setsafe.notify.Notifications;
import org.setsafe.notify.Recipient;
import org.setsafe.notify.Words;
import org.setsafe.operations.domain.FailingTimer;
import org.setsafe.operations.domain.PendingPublication;
import org.setsafe.shared.InstallationZone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells administrators and studio safety, once per stuck publication (the notice key names the publication, so
 * every later check tells nobody again), by inbox and email; writes one warning line to the log and records in the
 * ledger who was told.
 */
@Component
class StuckEventAlarms {

  private static final Logger LOG = LoggerFactory.getLogger(StuckEventAlarms.class);

  private final AlarmWatchers watchers;
  private final Notifications notifications;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final InstallationZone installation;

  StuckEventAlarms(AlarmWatchers watchers, Notifications notifications, ApplicationEventPublisher events, Clock clock,
      InstallationZone installation) {
    this.watchers = watchers;
    this.notifications = notifications;
    this.events = events;
    this.clock = clock;
    this.installation = installation;
  }

  static String noticeKey(UUID publicationId) {
    return "operations/stuck-event/" + publicationId;
  }

  static String noticeKey(FailingTimer timer) {
    String key = "operations/failing-timer/" + timer.task() + "/" + timer.instance();
    return key.length() <= Notice.MAX_KEY ? key : key.substring(0, Notice.MAX_KEY);
  }

  /**
   * Raises the alarm for a timer whose runs fail (once per job: it is tried again on its own, with a growing delay,
   * and the health stays DOWN until a run goes through); true if anyone was newly told.
   */
  @Transactional
  boolean raise(FailingTimer timer) {
    Notifications.Sent sent = notifications.send(notice(timer, installation.zone()), watchers.all());
    if (!sent.anything()) {
      return false;
    }
    LOG.warn("Safety timer failing: {} {} ({} failed runs, last {}); told {}", timer.task(), timer.instance(),
        timer.failures(), timer.lastFailure(), sent.inbox());
    return true;
  }

  /** Raises the alarm for this stuck publication unless it was raised before; true if anyone was newly told. */
  @Transactional
  boolean raise(PendingPublication stuck) {
    List<Recipient> watchers = this.watchers.all();
    Instant now = clock.instant();
    Notifications.Sent sent = notifications.send(notice(stuck, now, installation.zone()), watchers);
    if (!sent.anything()) {
      return false;
    }
    LOG.warn("Safety record stuck since {}: {} (listener {}, publication {}, {} retries); told {}",
        stuck.publishedAt(), stuck.description(), stuck.listener(), stuck.id(), stuck.retries(), sent.inbox());
    List<String> told = new java.util.ArrayList<>(sent.inbox());
    sent.email().forEach(address -> told.add("email:" + address));
    events.publishEvent(new OperationsEvents.SafetyFactStuck(UUID.randomUUID(), null, null, now, stuck.id(),
        stuck.listener(), stuck.event(), stuck.publishedAt(), stuck.retries(), told));
    return true;
  }

  /**
   * The alarm in each watcher's language. Times on the installation's clock, named: these belong to no production.
   * Counts are said as digits, never grouped; the duty and the job as SetSafe names them.
   */
  static Notice notice(FailingTimer timer, ZoneId zone) {
    Object lastFailure = timer.lastFailure() == null ? Words.of("notices.operations.failing-timer.unknown-time")
        : new Words.Moment(timer.lastFailure(), zone);
    Object nextTry = timer.nextTry() == null ? Words.of("notices.operations.failing-timer.once-the-scheduler-can")
        : new Words.Moment(timer.nextTry(), zone);
    return new Notice(null, noticeKey(timer), Words.of("notices.operations.failing-timer.subject", timer.duty()),
        Words.of("notices.operations.failing-timer.text", timer.duty(), String.valueOf(timer.failures()),
            lastFailure, nextTry, timer.task(), timer.instance()), null);
  }

  /** The alarm in each watcher's language; the record and its listener as SetSafe names them. */
  static Notice notice(PendingPublication stuck, Instant now, ZoneId zone) {
    return new Notice(null, noticeKey(stuck.id()),
        Words.of("notices.operations.stuck-event.subject", stuck.description()),
        Words.of("notices.operations.stuck-event.text", new Words.Moment(stuck.publishedAt(), zone),
            String.valueOf(stuck.age(now).toMinutes()), stuck.description(), String.valueOf(stuck.retries()),
            stuck.listener(), stuck.id().toString()), null);
  }
}
