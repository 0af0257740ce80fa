package org.setsafe.operations;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.setsafe.notify.Notice;
import org.setsafe.notify.Notifications;
import org.setsafe.notify.Recipient;
import org.setsafe.operations.domain.FailingTimer;
import org.setsafe.operations.domain.PendingPublication;
import org.setsafe.shared.InstallationZone;
import org.setsafe.shared.LocalTimes;
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

  /** On the installation's clock, named: these belong to no production. */
  private String when(Instant at) {
    return LocalTimes.dated(at, installation.zone());
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
    Notice notice = new Notice(null, noticeKey(timer), "SetSafe: a safety timer is failing: " + timer.duty(),
        "SetSafe could not run " + timer.duty() + ": " + timer.failures() + " run(s) failed, the last at "
            + (timer.lastFailure() == null ? "an unknown time" : when(timer.lastFailure()))
            + ". It is tried again on its own (next at " + (timer.nextTry() == null ? "once the scheduler can"
            : when(timer.nextTry())) + "), but until a run goes through, nobody has been told what it should"
            + " have told them. Job " + timer.task() + " " + timer.instance() + ". The server log has the error.",
        null);
    Notifications.Sent sent = notifications.send(notice, watchers.all());
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
    Notice notice = new Notice(null, noticeKey(stuck.id()), "SetSafe: a safety record is stuck: " + stuck.description(),
        "SetSafe has not finished with a safety record since " + when(stuck.publishedAt()) + " ("
            + stuck.age(now).toMinutes() + " min): " + stuck.description() + ". It is kept and tried again ("
            + stuck.retries() + " retries so far), but until it goes through, what it should have caused (a report,"
            + " an escalation, a notice, a ledger entry) has not happened. Listener " + stuck.listener()
            + ", publication " + stuck.id() + ". The server log has the error.", null);
    Notifications.Sent sent = notifications.send(notice, watchers);
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
}
