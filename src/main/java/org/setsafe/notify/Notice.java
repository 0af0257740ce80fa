package org.setsafe.notify;

import java.util.Objects;
import java.util.UUID;

/**
 * Something people must hear about. {@code key} names what it is about (e.g. a report's escalation level and
 * repeat); it makes sending idempotent: the same key reaches the same recipient on the same channel once.
 * {@code link} is a path within SetSafe (e.g. {@code /productions/…/reports/…}), made absolute for email and
 * webhooks with the configured base URL. A notice with no production is installation-wide (e.g. an alarm about
 * SetSafe itself to administrators): it reaches inboxes and email, never a production's webhook.
 *
 * <p>A link that is itself a key ({@code secretLink}: an invitation's one-time link) is emailed whole, but the inbox
 * and the delivery log keep it {@link #storedLink() redacted}, so that whoever reads them cannot follow it.
 *
 * <p>A notice is written either in English ({@code subject}, {@code text}) or in {@link Words} of the bundles
 * ({@code subjectWords}, {@code textWords}), which each person reads in their own language: {@link Notifications}
 * puts them into words per recipient, and the production's webhook, read by everyone, in English.
 */
public record Notice(UUID productionId, String key, String subject, String text, String link, Words subjectWords,
    Words textWords, boolean secretLink) {

  /** What stands in a stored secret link for its last part, the secret. */
  public static final String REDACTED = "…";
  public static final int MAX_KEY = 300;
  public static final int MAX_SUBJECT = 300;
  public static final int MAX_TEXT = 4000;

  public Notice {
    Objects.requireNonNull(key, "key");
    if (key.isBlank() || key.length() > MAX_KEY) {
      throw new IllegalArgumentException("a notice key is 1 to " + MAX_KEY + " characters");
    }
    if ((subjectWords == null) != (textWords == null)) {
      throw new IllegalArgumentException("a notice in words has words for its subject and its text");
    }
    if (subjectWords == null) {
      subject = clip(Objects.requireNonNull(subject, "subject"), MAX_SUBJECT);
      text = clip(Objects.requireNonNull(text, "text"), MAX_TEXT);
    } else {
      subject = subject == null ? null : clip(subject, MAX_SUBJECT);
      text = text == null ? null : clip(text, MAX_TEXT);
    }
    if (secretLink && (link == null || link.lastIndexOf('/') < 0)) {
      throw new IllegalArgumentException("a secret link is a path ending in its secret");
    }
  }

  /** A notice written in English only: everyone reads it as it is. */
  public Notice(UUID productionId, String key, String subject, String text, String link) {
    this(productionId, key, subject, text, link, null, null, false);
  }

  /** A notice each person reads in their own language. */
  public Notice(UUID productionId, String key, Words subject, Words text, String link) {
    this(productionId, key, null, null, link, Objects.requireNonNull(subject, "subject"),
        Objects.requireNonNull(text, "text"), false);
  }

  /** A notice whose link must not be kept where others read it (see {@link #storedLink()}). */
  public static Notice withSecretLink(UUID productionId, String key, String subject, String text, String link) {
    return new Notice(productionId, key, subject, text, link, null, null, true);
  }

  /** The link as inboxes and the delivery log keep it: a secret link with its last part, the secret, withheld. */
  public String storedLink() {
    return secretLink ? link.substring(0, link.lastIndexOf('/') + 1) + REDACTED : link;
  }

  /** Whether it is written in words of the bundles, to be put into each reader's language. */
  public boolean inWords() {
    return subjectWords != null;
  }

  /** The same notice as one reader reads it: these subject and text, its words spent, its link as secret as it was. */
  Notice said(String subject, String text) {
    return new Notice(productionId, key, subject, text, link, null, null, secretLink);
  }

  private static String clip(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max - 1) + "…";
  }
}
