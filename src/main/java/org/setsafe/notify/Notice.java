package org.setsafe.notify;

import java.util.Objects;
import java.util.UUID;

/**
 * Something people must hear about. {@code key} names what it is about (e.g. a report's escalation level and
 * repeat); it makes sending idempotent: the same key reaches the same recipient on the same channel once.
 * {@code link} is a path within SetSafe (e.g. {@code /productions/…/reports/…}), made absolute for email and
 * webhooks with the configured base URL. A notice with no production is installation-wide (e.g. an alarm about
 * SetSafe itself to administrators): it reaches inboxes and email, never a production's webhook.
 */
public record Notice(UUID productionId, String key, String subject, String text, String link) {

  public static final int MAX_KEY = 300;
  public static final int MAX_SUBJECT = 300;
  public static final int MAX_TEXT = 4000;

  public Notice {
    Objects.requireNonNull(key, "key");
    if (key.isBlank() || key.length() > MAX_KEY) {
      throw new IllegalArgumentException("a notice key is 1 to " + MAX_KEY + " characters");
    }
    subject = clip(Objects.requireNonNull(subject, "subject"), MAX_SUBJECT);
    text = clip(Objects.requireNonNull(text, "text"), MAX_TEXT);
  }

  private static String clip(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max - 1) + "…";
  }
}
