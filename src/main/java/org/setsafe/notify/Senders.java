package org.setsafe.notify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.setsafe.notify.domain.NotifyStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Puts a delivery on the wire: an email over SMTP, or a Slack-compatible {@code {"text": …}} post. Throws on failure. */
@Component
class Senders {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ObjectProvider<JavaMailSender> mail;
  private final NotifyStore store;
  private final DeliveryLinks links;
  private final String from;
  private final String baseUrl;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
      .followRedirects(HttpClient.Redirect.NEVER).build();

  Senders(ObjectProvider<JavaMailSender> mail, NotifyStore store, DeliveryLinks links,
      @Value("${setsafe.notify.mail-from:setsafe@localhost}") String from,
      @Value("${setsafe.base-url:http://localhost:8080}") String baseUrl) {
    this.mail = mail;
    this.store = store;
    this.links = links;
    this.from = from;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  void send(Delivery delivery) {
    switch (delivery.channel()) {
      case EMAIL -> email(delivery);
      case WEBHOOK -> post(delivery);
      default -> throw new IllegalStateException("unknown channel " + delivery.channel());
    }
  }

  private void email(Delivery delivery) {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      throw new IllegalStateException("no SMTP server configured (set SPRING_MAIL_HOST)");
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(delivery.recipient());
    message.setSubject(delivery.subject());
    // A secret link is kept sealed beside its redacted form; the email carries it whole.
    String link = store.sealedLink(delivery.id()).map(sealed -> links.open(delivery.id(), sealed))
        .orElse(delivery.link());
    message.setText(delivery.body() + (link == null ? "" : "\n\n" + baseUrl + link) + "\n");
    sender.send(message);
  }

  private void post(Delivery delivery) {
    String url = store.webhook(delivery.productionId())
        .orElseThrow(() -> new IllegalStateException("the production's webhook was removed"));
    String text = "*" + delivery.subject() + "*\n" + delivery.body()
        + (delivery.link() == null ? "" : "\n" + baseUrl + delivery.link());
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.Map.of("text", text))))
        .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException("webhook answered HTTP " + response.statusCode());
      }
    } catch (IOException e) {
      throw new IllegalStateException("webhook unreachable", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while posting to the webhook", e);
    }
  }
}
