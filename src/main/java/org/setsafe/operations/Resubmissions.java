package org.setsafe.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.setsafe.operations.domain.RetryBackoff;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands facts whose listener failed or never finished (a database refusal, an admin CLI run that ended first,
 * another instance that died mid-way) over again, each on its own backoff ({@link RetryBackoff}): first after
 * {@code setsafe.events.retry-first}, then twice as long each time up to {@code setsafe.events.retry-longest}.
 * Listeners are idempotent by fact id, so a second delivery does no harm.
 */
@Component
class Resubmissions {

  private final IncompleteEventPublications incomplete;
  private final FailedEventPublications failed;
  private final RetryBackoff backoff;
  private final Clock clock;

  Resubmissions(IncompleteEventPublications incomplete, FailedEventPublications failed, Clock clock,
      @Value("${setsafe.events.retry-first:${setsafe.ledger.resubmit-after:2m}}") Duration first,
      @Value("${setsafe.events.retry-longest:1h}") Duration longest) {
    this.incomplete = incomplete;
    this.failed = failed;
    this.clock = clock;
    this.backoff = new RetryBackoff(first, longest);
  }

  @Scheduled(fixedDelayString = "${setsafe.events.resubmit-every:1m}", initialDelayString = "${setsafe.events.resubmit-every:1m}")
  void resubmitDue() {
    Instant now = clock.instant();
    ResubmissionOptions options = ResubmissionOptions.defaults().withMinAge(backoff.first())
        .withFilter(publication -> due(publication, now));
    failed.resubmit(options);
    incomplete.resubmitIncompletePublications(options);
  }

  /**
   * The times come back from the database, which rounds them to its precision (PostgreSQL to the microsecond, up as
   * well as down): read to the millisecond below, so a retry due at a moment is never put off by that rounding.
   */
  private boolean due(EventPublication publication, Instant now) {
    Instant last = publication.getLastResubmissionDate();
    Instant since = (last == null ? publication.getPublicationDate() : last).truncatedTo(ChronoUnit.MILLIS);
    return backoff.due(Math.max(1, publication.getCompletionAttempts()), since, now);
  }
}
