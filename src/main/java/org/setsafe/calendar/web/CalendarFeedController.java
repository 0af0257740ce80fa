package org.setsafe.calendar.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.setsafe.calendar.CalendarFeeds;
import org.setsafe.calendar.CalendarFeeds.FeedText;
import org.setsafe.shared.SecurityAudit;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The address a phone's calendar subscribes to. No sign-in: the secret in the address is the key, so an unknown
 * or revoked one is "not found", like any address that never existed. A calendar that asks with the ETag or date
 * it has is answered "not modified" while the schedule is the same. Read too often, for one secret or from one
 * client address, it answers 429 with Retry-After ({@link FeedReadThrottle}). Those two answers are in the language
 * the request asks for; the calendar, its name included, in the language its owner chose.
 */
@RestController
@Hidden
class CalendarFeedController {

  static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

  /** A refusal's words may be Spanish: the charset is said, so no calendar app guesses Latin-1. */
  static final MediaType PLAIN = new MediaType("text", "plain", StandardCharsets.UTF_8);

  private final CalendarFeeds feeds;
  private final FeedReadThrottle throttle;
  private final MessageSource messages;

  CalendarFeedController(CalendarFeeds feeds, FeedReadThrottle throttle, MessageSource messages) {
    this.feeds = feeds;
    this.throttle = throttle;
    this.messages = messages;
  }

  @GetMapping(CalendarFeeds.PATH + "{secret}.ics")
  ResponseEntity<String> feed(@PathVariable String secret, WebRequest request, HttpServletRequest client) {
    Optional<Duration> wait = throttle.read(secret, client.getRemoteAddr());
    if (wait.isPresent()) {
      long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
      SecurityAudit.accessRefused("anonymous", "calendar feed from " + client.getRemoteAddr(),
          "calendar address read too often");
      return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).contentType(PLAIN)
          .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
          .body(say("calendar.feed.too-often", Math.max(1, (seconds + 59) / 60)));
    }
    Optional<FeedText> feed = feeds.read(secret);
    if (feed.isEmpty()) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(PLAIN)
          .body(say("calendar.feed.not-found"));
    }
    FeedText text = feed.get();
    // The same private answer may be kept, but is asked for again each time: the schedule moves.
    CacheControl cache = CacheControl.noCache().cachePrivate();
    if (request.checkNotModified(text.etag(), text.lastModified().toEpochMilli())) {
      return ResponseEntity.status(HttpStatus.NOT_MODIFIED).cacheControl(cache).eTag(text.etag())
          .lastModified(text.lastModified()).build();
    }
    return ResponseEntity.ok().contentType(CALENDAR).cacheControl(cache).eTag(text.etag())
        .lastModified(text.lastModified()).body(text.text());
  }

  /**
   * Words of a refusal when no owner is known (an unknown or revoked address, or one read too often): in the language
   * the request asks for, as any anonymous page. The feed itself is in its owner's language.
   */
  private String say(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale()) + "\n";
  }
}
