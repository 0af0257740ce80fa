package org.setsafe.notify.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.setsafe.notify.Delivery;
import org.setsafe.notify.DeliveryLog;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A production's delivery log and webhook on the JSON API (safety advisor, UPM, producer; studio safety reads). */
@RestController
@RequestMapping("/api/productions/{productionId}")
@Tag(name = "Notifications")
class DeliveryApi {

  private final DeliveryLog log;

  DeliveryApi(DeliveryLog log) {
    this.log = log;
  }

  /** A delivery as the log shows it; a webhook's URL is never shown, only that it went to the webhook. */
  record DeliveryView(UUID id, String noticeKey, String channel, String recipient, String subject, String status,
      int attempts, String lastError, String createdAt, String nextAttemptAt, String deliveredAt) {
    static DeliveryView of(Delivery d) {
      return new DeliveryView(d.id(), d.noticeKey(), d.channel().name(), d.recipient(), d.subject(), d.status().name(),
          d.attempts(), d.lastError(), String.valueOf(d.createdAt()),
          d.nextAttemptAt() == null ? null : d.nextAttemptAt().toString(),
          d.deliveredAt() == null ? null : d.deliveredAt().toString());
    }
  }

  record WebhookView(String host) {}

  record WebhookForm(String url) {}

  @GetMapping("/deliveries")
  @Operation(summary = "The production's latest email and webhook deliveries, with attempts and failures")
  List<DeliveryView> deliveries(@PathVariable UUID productionId) {
    return log.recent(productionId).stream().map(DeliveryView::of).toList();
  }

  @GetMapping("/webhook")
  @Operation(summary = "The host of the production's Slack-compatible webhook (the URL is a secret and never shown)")
  WebhookView webhook(@PathVariable UUID productionId) {
    return new WebhookView(log.webhookHost(productionId).orElse(null));
  }

  @PutMapping("/webhook")
  @Operation(summary = "Set the production's webhook URL; a blank URL removes it (safety advisor, UPM, producer)")
  WebhookView setWebhook(@PathVariable UUID productionId, @RequestBody(required = false) WebhookForm form) {
    return new WebhookView(log.setWebhook(productionId, form == null ? null : form.url()).orElse(null));
  }
}
