package org.setsafe.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.operations.DrillListener.Drill;
import org.setsafe.operations.domain.PendingPublication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A database outage leaves publications the registry's own resubmission of "failed" ones never takes: a listener
 * that could not even be marked as started reads "published", one that failed and could not be marked failed reads
 * "processing". Both are handed over again once their grace has passed (here the tests' first retry delay, 2 min on
 * the test clock), and not before.
 */
@SetSafeTest
class PublicationsLeftByAnOutageTest {

  @Autowired TestClock clock;
  @Autowired DrillListener drills;
  @Autowired Resubmissions resubmissions;
  @Autowired EventBacklog backlog;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;

  @ParameterizedTest
  @ValueSource(strings = {"PUBLISHED", "PROCESSING"})
  void aFactTheOutageLeftUnmarkedIsHandedOverOnceItsGraceHasPassed(String leftAs) {
    Set<UUID> before = drillPublications();
    drills.failing(true);
    int failures = drills.failures();
    transactions.executeWithoutResult(tx -> events.publishEvent(new Drill(UUID.randomUUID())));
    await().atMost(Duration.ofSeconds(20)).until(() -> drills.failures() == failures + 1);
    UUID publication = await().atMost(Duration.ofSeconds(20)).until(() -> {
      Set<UUID> now = drillPublications();
      now.removeAll(before);
      return now;
    }, now -> now.size() == 1).iterator().next();
    // As the outage leaves it: its state never got written.
    jdbc.sql("UPDATE event_publication SET status = ? WHERE id = ?").params(leftAs, publication).update();
    drills.failing(false);
    int handled = drills.handled();

    clock.advance(Duration.ofMinutes(1));
    resubmissions.resubmitDue();
    assertThat(pending(publication).retries()).as("not handed over within its grace").isZero();

    clock.advance(Duration.ofMinutes(1));
    resubmissions.resubmitDue();
    await().atMost(Duration.ofSeconds(20)).until(() -> drills.handled() == handled + 1);
    await().atMost(Duration.ofSeconds(20)).until(() -> !drillPublications().contains(publication));
  }

  private Set<UUID> drillPublications() {
    return backlog.incomplete().stream().filter(p -> p.listener().equals("DrillListener.on(Drill)"))
        .map(PendingPublication::id).collect(Collectors.toSet());
  }

  private PendingPublication pending(UUID id) {
    List<PendingPublication> found = backlog.incomplete().stream().filter(p -> p.id().equals(id)).toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }
}
