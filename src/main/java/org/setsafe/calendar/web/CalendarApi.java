package org.setsafe.calendar.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import org.setsafe.calendar.CalendarFeeds;
import org.setsafe.calendar.CalendarFeeds.IssuedFeed;
import org.setsafe.identity.SignedInUser;
import org.setsafe.shared.AnswerNotKept;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Your own calendar feed: whether you have one, a new secret address, and revoking it. */
@RestController
@Tag(name = "Calendar")
class CalendarApi {

  /** Whether you have a live calendar feed; its address is shown only when it is made. */
  record CalendarFeedStatus(boolean live, Instant createdAt, Instant lastReadAt) {}

  /** A new calendar feed: subscribe to {@code url} in your calendar; it is not shown again. */
  record CalendarFeedIssued(String url, Instant createdAt) {}

  private final CalendarFeeds feeds;
  private final String baseUrl;

  CalendarApi(CalendarFeeds feeds, @Value("${setsafe.base-url:http://localhost:8080}") String baseUrl) {
    this.feeds = feeds;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  @GetMapping("/api/me/calendar")
  @Operation(summary = "Whether you have a calendar feed, when it was made and last read (never its address)")
  CalendarFeedStatus status() {
    return feeds.live(me()).map(feed -> new CalendarFeedStatus(true, feed.createdAt(), feed.lastReadAt()))
        .orElse(new CalendarFeedStatus(false, null, null));
  }

  @AnswerNotKept("the answer holds the calendar's secret address")
  @PostMapping("/api/me/calendar")
  @Operation(summary = "A new secret address for your calendar (iCalendar); the one before stops working")
  ResponseEntity<CalendarFeedIssued> create() {
    IssuedFeed issued = feeds.create(me());
    String url = baseUrl + issued.path();
    return ResponseEntity.created(URI.create("/api/me/calendar")).body(new CalendarFeedIssued(url, issued.createdAt()));
  }

  @DeleteMapping("/api/me/calendar")
  @Operation(summary = "Revoke your calendar feed: its address answers 404 from now on")
  ResponseEntity<Void> revoke() {
    feeds.revoke(me());
    return ResponseEntity.noContent().build();
  }

  private static java.util.UUID me() {
    return SignedInUser.current().orElseThrow().id();
  }
}
