package org.setsafe.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.setsafe.operations.domain.PendingPublication;
import org.setsafe.operations.domain.RetryBackoff;
import org.setsafe.shared.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands facts a listener has not finished over again, safety first: the ledger's copy, escalation and stop-work
 * notices, and automatic hazard reports before anything else. Each waits for its own backoff ({@link RetryBackoff}):
 * {@code setsafe.events.retry-first} after its last hand-over, then twice as long each time up to
 * {@code setsafe.events.retry-longest}.
 *
 * <p>Every unfinished publication counts, whatever the registry says of it, because a database outage leaves them
 * in every state: one whose listener could not even be marked as started reads "published", one whose listener
 * failed and could not be marked failed reads "processing", and only the rest read "failed". Looked at every
 * {@code setsafe.events.resubmit-every} (seconds), so once the database is back the backlog goes out within that
 * and a listener's run. The first delay is the grace that keeps a listener still running elsewhere (another
 * thread, another instance) from being handed the same fact: one running longer than that is handed it a second
 * time, which does no harm, since every listener is idempotent by fact id (the ledger by its unique fact id,
 * escalation and automatic reports by the fact they saw first).
 */
@Component
class Resubmissions {

  private static final Logger LOG = LoggerFactory.getLogger(Resubmissions.class);

  private final IncompleteEventPublications incomplete;
  private final EventBacklog backlog;
  private final RetryBackoff backoff;
  private final Clock clock;

  Resubmissions(IncompleteEventPublications incomplete, EventBacklog backlog, Clock clock,
      @Value("${setsafe.events.retry-first:${setsafe.ledger.resubmit-after:10s}}") Duration first,
      @Value("${setsafe.events.retry-longest:1h}") Duration longest) {
    this.incomplete = incomplete;
    this.backlog = backlog;
    this.clock = clock;
    this.backoff = new RetryBackoff(first, longest);
  }

  @Scheduled(fixedDelayString = "${setsafe.events.resubmit-every:2s}", initialDelayString = "${setsafe.events.resubmit-every:2s}")
  void resubmitDue() {
    Instant now = clock.instant();
    try {
      // Read without deserialising first: most of the time nothing is due, and the registry is not asked at all.
      List<PendingPublication> due = backlog.incomplete().stream()
          .filter(p -> due(p.tries(), p.lastTriedAt(), now)).toList();
      if (due.isEmpty()) {
        return;
      }
      Set<UUID> safetyFirst = due.stream().filter(PendingPublication::safetyDuty).map(PendingPublication::id)
          .collect(Collectors.toSet());
      Predicate<EventPublication> safety = publication -> safetyFirst.contains(publication.getIdentifier());
      incomplete.resubmitIncompletePublications(due(now).and(safety));
      incomplete.resubmitIncompletePublications(due(now).and(safety.negate()));
    } catch (RuntimeException e) {
      if (!DatabaseUnavailable.causedBy(e)) {
        throw e;
      }
      // The outage itself is reported by readiness and by every request; the backlog waits for the database.
      LOG.debug("Resubmissions wait for the database: {}", e.toString());
    }
  }

  /**
   * Due once its backoff has passed since the last hand-over. One the registry reads as "resubmitted" is being
   * handed over right now and is left alone (the registry would refuse it anyway). The times come back from the
   * database, which rounds them to its precision (PostgreSQL to the microsecond, up as well as down): read to the
   * millisecond below, so a retry due at a moment is never put off by that rounding.
   */
  private Predicate<EventPublication> due(Instant now) {
    return publication -> {
      if (publication.getStatus() == EventPublication.Status.RESUBMITTED) {
        return false;
      }
      Instant last = publication.getLastResubmissionDate();
      return due(publication.getCompletionAttempts(), last == null ? publication.getPublicationDate() : last, now);
    };
  }

  private boolean due(int tries, Instant lastTriedAt, Instant now) {
    return backoff.due(Math.max(1, tries), lastTriedAt.truncatedTo(ChronoUnit.MILLIS), now);
  }
}
