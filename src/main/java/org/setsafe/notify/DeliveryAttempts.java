package org.setsafe.notify;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.notify.NotifyEvents.DeliveryFailed;
import org.setsafe.notify.domain.Backoff;
import org.setsafe.notify.domain.NotifyStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One attempt at an email or webhook post, as a persisted job: sent, or retried after {@link Backoff}, or
 * given up and recorded as {@link DeliveryFailed}. The delivery row is locked for the attempt, so a job that
 * runs twice (a dead instance's job revived) finds it already sent.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryAttempts {

  static final String TASK = "notify-delivery";
  private static final Logger log = LoggerFactory.getLogger(DeliveryAttempts.class);

  @Bean
  CustomTask<Void> notifyDeliveryTask(Attempt attempt) {
    return Tasks.custom(TASK, Void.class).execute((instance, context) -> {
      Optional<Instant> retryAt = attempt.make(UUID.fromString(instance.getId()));
      return retryAt.<CompletionHandler<Void>>map(at -> (complete, operations) -> operations.reschedule(complete, at))
          .orElse((complete, operations) -> operations.stop());
    });
  }

  @Bean
  Attempt deliveryAttempt(NotifyStore store, Senders senders, TransactionTemplate transaction,
      ApplicationEventPublisher events, Clock clock) {
    return new Attempt(store, senders, transaction, events, clock);
  }

  static final class Attempt {
    private final NotifyStore store;
    private final Senders senders;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Attempt(NotifyStore store, Senders senders, TransactionTemplate transaction, ApplicationEventPublisher events,
        Clock clock) {
      this.store = store;
      this.senders = senders;
      this.transaction = transaction;
      this.events = events;
      this.clock = clock;
    }

    /** Tries once; returns when to try again, or empty when it is done (sent or given up). */
    Optional<Instant> make(UUID deliveryId) {
      return transaction.execute(status -> {
        Delivery delivery = store.lockDelivery(deliveryId).orElse(null);
        if (delivery == null || delivery.status() != DeliveryStatus.PENDING) {
          return Optional.<Instant>empty();
        }
        int attempts = delivery.attempts() + 1;
        try {
          senders.send(delivery);
          store.recordAttempt(deliveryId, DeliveryStatus.SENT, attempts, null, null, clock.instant());
          return Optional.<Instant>empty();
        } catch (RuntimeException e) {
          String error = describe(e);
          Optional<Duration> wait = Backoff.after(attempts);
          Instant now = clock.instant();
          if (wait.isPresent()) {
            log.warn("{} to {} failed (attempt {}), retrying in {}: {}", delivery.channel(), delivery.recipient(),
                attempts, wait.get(), error);
            Instant next = now.plus(wait.get()).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            store.recordAttempt(deliveryId, DeliveryStatus.PENDING, attempts, error, next, null);
            return Optional.of(next);
          }
          log.error("{} to {} failed for good after {} attempts: {}", delivery.channel(), delivery.recipient(),
              attempts, error);
          store.recordAttempt(deliveryId, DeliveryStatus.FAILED, attempts, error, null, null);
          events.publishEvent(new DeliveryFailed(UUID.randomUUID(), delivery.productionId(), null, now, deliveryId,
              delivery.noticeKey(), delivery.channel(), delivery.recipient(), attempts, error));
          return Optional.<Instant>empty();
        }
      });
    }

    private static String describe(RuntimeException e) {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      String message = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
      String outer = e == root ? message : e.getMessage() + " (" + message + ")";
      return outer.length() > 1000 ? outer.substring(0, 999) + "…" : outer;
    }
  }
}
