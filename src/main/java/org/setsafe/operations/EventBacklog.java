package org.setsafe.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.setsafe.operations.domain.PendingPublication;
import org.setsafe.operations.domain.PendingPublications;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The safety facts a listener has not finished with, and which of them are stuck: waiting longer than
 * {@code setsafe.events.stuck-after}. A fact normally leaves the registry within a second of its commit.
 */
@Service
public class EventBacklog {

  private final PendingPublications publications;
  private final Clock clock;
  private final Duration stuckAfter;

  EventBacklog(PendingPublications publications, Clock clock,
      @Value("${setsafe.events.stuck-after:2m}") Duration stuckAfter) {
    this.publications = publications;
    this.clock = clock;
    this.stuckAfter = stuckAfter;
  }

  /** Every publication not yet completed, oldest first. */
  public List<PendingPublication> incomplete() {
    return publications.incomplete();
  }

  /** Those waiting at least the set time, oldest first. */
  public List<PendingPublication> stuck() {
    Instant now = clock.instant();
    return publications.incomplete().stream().filter(p -> p.stuck(now, stuckAfter)).toList();
  }

  public Duration stuckAfter() {
    return stuckAfter;
  }
}
