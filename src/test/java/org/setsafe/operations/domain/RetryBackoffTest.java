package org.setsafe.operations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {

  private static final Instant PUBLISHED = Instant.parse("2026-12-06T07:00:00Z");
  private final RetryBackoff backoff = new RetryBackoff(Duration.ofMinutes(2), Duration.ofMinutes(30));

  @Test
  void eachRetryWaitsTwiceAsLongUpToTheLongest() {
    assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofMinutes(2));
    assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofMinutes(4));
    assertThat(backoff.delayAfter(4)).isEqualTo(Duration.ofMinutes(16));
    assertThat(backoff.delayAfter(5)).isEqualTo(Duration.ofMinutes(30));
    assertThat(backoff.delayAfter(500)).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void aPublicationIsDueOnceItsDelayHasPassedSinceItsLastTry() {
    PendingPublication firstTry = publication(1, null);
    assertThat(backoff.due(firstTry, PUBLISHED.plusSeconds(119))).isFalse();
    assertThat(backoff.due(firstTry, PUBLISHED.plusSeconds(120))).isTrue();
    PendingPublication thirdTry = publication(3, PUBLISHED.plus(Duration.ofMinutes(6)));
    assertThat(backoff.due(thirdTry, PUBLISHED.plus(Duration.ofMinutes(13)))).isFalse();
    assertThat(backoff.due(thirdTry, PUBLISHED.plus(Duration.ofMinutes(14)))).isTrue();
  }

  @Test
  void theLongestDelayIsNeverShorterThanTheFirst() {
    assertThatThrownBy(() -> new RetryBackoff(Duration.ofMinutes(5), Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetryBackoff(Duration.ZERO, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPublicationReadsAsTheCrewWouldSayIt() {
    PendingPublication misfire = new PendingPublication(UUID.randomUUID(),
        "org.setsafe.reporting.AutomaticReports.on(org.setsafe.custody.domain.CustodyEvents$Misfire)",
        "org.setsafe.custody.domain.CustodyEvents$Misfire", PUBLISHED, 3, null);
    assertThat(misfire.listener()).isEqualTo("AutomaticReports.on(Misfire)");
    assertThat(misfire.event()).isEqualTo("Misfire");
    assertThat(misfire.description()).isEqualTo("Misfire: opening its automatic hazard report");
    assertThat(misfire.retries()).isEqualTo(2);
    assertThat(misfire.stuck(PUBLISHED.plus(Duration.ofMinutes(2)), Duration.ofMinutes(2))).isTrue();
    assertThat(misfire.stuck(PUBLISHED.plus(Duration.ofSeconds(119)), Duration.ofMinutes(2))).isFalse();
  }

  private static PendingPublication publication(int tries, Instant lastTriedAt) {
    return new PendingPublication(UUID.randomUUID(), "org.setsafe.x.Listener.on(org.setsafe.x.Fact)",
        "org.setsafe.x.Fact", PUBLISHED, tries, lastTriedAt);
  }
}
