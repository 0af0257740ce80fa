package org.setsafe.operations.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.setsafe.identity.SignedInUser;
import org.setsafe.operations.EventBacklog;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The banner on every page for administrators and studio safety while a safety record is stuck: what, since
 * when, how often it was retried. Nobody else sees it: they can do nothing about it, and it would teach them to
 * ignore banners.
 */
@ControllerAdvice(annotations = Controller.class)
class StuckEventBanner {

  private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("d MMM HH:mm 'UTC'")
      .withZone(ZoneOffset.UTC);

  /** One line of the banner. */
  record StuckLine(String what, String since, long minutes, int retries, String listener) {}

  private final EventBacklog backlog;
  private final Clock clock;

  StuckEventBanner(EventBacklog backlog, Clock clock) {
    this.backlog = backlog;
    this.clock = clock;
  }

  @ModelAttribute("stuckEvents")
  List<StuckLine> stuckEvents() {
    boolean watcher = SignedInUser.current().map(u -> u.isAdministrator() || u.isStudioSafety()).orElse(false);
    if (!watcher) {
      return null;
    }
    Instant now = clock.instant();
    return backlog.stuck().stream().limit(10).map(p -> new StuckLine(p.description(), SINCE.format(p.publishedAt()),
        p.age(now).toMinutes(), p.retries(), p.listener())).toList();
  }
}
