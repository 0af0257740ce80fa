package org.setsafe.notify;

import java.time.Instant;
import java.util.UUID;

/** One email or webhook post of one notice to one recipient, with its attempts so far: a row of the delivery log. */
public record Delivery(UUID id, UUID productionId, String noticeKey, Channel channel, String recipient,
    String subject, String body, String link, DeliveryStatus status, int attempts, String lastError,
    Instant createdAt, Instant nextAttemptAt, Instant deliveredAt) {}
