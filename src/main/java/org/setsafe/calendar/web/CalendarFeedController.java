package org.setsafe.calendar.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.setsafe.calendar.CalendarFeeds;
import org.setsafe.calendar.CalendarFeeds.FeedText;
import org.setsafe.shared.SecurityAudit;
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
 * client address, it answers 429 with Retry-After ({@link FeedReadThrottle}).
 */
@RestController
@Hidden
class CalendarFeedController {

  static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

  private final CalendarFeeds feeds;
  private final FeedReadThrottle throttle;

  CalendarFeedController(CalendarFeeds feeds, FeedReadThrottle throttle) {
    this.feeds = feeds;
    this.throttle = throttle;
  }

  @GetMapping(CalendarFeeds.PATH + "{secret}.ics")
  ResponseEntity<String> feed(@PathVariable String secret, WebRequest request, HttpServletRequest client) {
    Optional<Duration> wait = throttle.read(secret, client.getRemoteAddr());
    if (wait.isPresent()) {
      long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
      SecurityAudit.accessRefused("anonymous", "calendar feed from " + client.getRemoteAddr(),
          "calendar address read too often");
      return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).contentType(MediaType.TEXT_PLAIN)
          .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
          .body("This calendar address was read too often. Try again in " + Math.max(1, (seconds + 59) / 60)
              + " minute(s).\n");
    }
    Optional<FeedText> feed = feeds.read(secret);
    if (feed.isEmpty()) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
          .body("No calendar at this address: it was revoked, or never existed.\n");
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
}
