package org.setsafe.operations.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.setsafe.identity.SignedInUser;
import org.setsafe.operations.EventBacklog;
import org.setsafe.shared.InstallationZone;
import org.setsafe.shared.LocalTimes;
import org.springframework.context.i18n.LocaleContextHolder;
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

  /** One line of the banner. */
  record StuckLine(String what, String since, long minutes, int retries, String listener) {}

  private final EventBacklog backlog;
  private final Clock clock;
  private final InstallationZone installation;

  StuckEventBanner(EventBacklog backlog, Clock clock, InstallationZone installation) {
    this.backlog = backlog;
    this.clock = clock;
    this.installation = installation;
  }

  @ModelAttribute("stuckEvents")
  List<StuckLine> stuckEvents() {
    boolean watcher = SignedInUser.current().map(u -> u.isAdministrator() || u.isStudioSafety()).orElse(false);
    if (!watcher) {
      return null;
    }
    Instant now = clock.instant();
    return backlog.stuck().stream().limit(10).map(p -> new StuckLine(p.description(),
        LocalTimes.at(p.publishedAt(), installation.zone(), clock,
            LocaleContextHolder.getLocale()), p.age(now).toMinutes(), p.retries(), p.listener()))
        .toList();
  }
}
