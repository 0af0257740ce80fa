package org.setsafe.notify;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.setsafe.shared.RecordedFact;

/** What the ledger keeps of notification: a notice that could not be delivered after every retry is evidence. */
public final class NotifyEvents {

  private NotifyEvents() {}

  /** An email or webhook post was given up after its last attempt; nobody heard it on that channel. */
  public record DeliveryFailed(UUID factId, UUID productionId, UUID actorId, Instant occurredAt, UUID deliveryId,
      String noticeKey, Channel channel, String recipient, int attempts, String lastError) implements RecordedFact {
    @Override public String kind() { return "notify.delivery-failed"; }
    @Override public List<String> subjects() { return List.of("delivery:" + deliveryId); }
  }

  /**
   * A production's webhook was set or removed. Only the host is recorded: a Slack-style webhook URL is itself
   * the secret that lets anyone post to the channel.
   */
  public record WebhookChanged(UUID factId, UUID productionId, UUID actorId, Instant occurredAt, String host)
      implements RecordedFact {
    @Override public String kind() { return "notify.webhook-changed"; }
    @Override public List<String> subjects() { return List.of("production:" + productionId); }
  }
}
