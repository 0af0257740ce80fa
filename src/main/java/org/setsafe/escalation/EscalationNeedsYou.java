package org.setsafe.escalation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.setsafe.escalation.domain.Escalation;
import org.setsafe.escalation.domain.EscalationPolicy;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.NeedsYou;
import org.setsafe.shared.Refusal.Said;
import org.springframework.stereotype.Component;

/**
 * A report nobody has acknowledged, in the "needs you now" of each person its escalation has reached: what it is,
 * how long it has waited, in words, and one tap to the report where it is acknowledged. It leaves everyone's list
 * when someone acknowledges it, since that stops the climb.
 */
@Component
class EscalationNeedsYou implements NeedsYou {

  private final WhoWasTold told;
  private final Clock clock;

  EscalationNeedsYou(WhoWasTold told, Clock clock) {
    this.told = told;
    this.clock = clock;
  }

  @Override
  public List<Item> of(UUID productionId) {
    UUID me = SignedInUser.current().filter(user -> !user.isSystem()).map(SignedInUser::id).orElse(null);
    if (me == null) {
      return List.of();
    }
    Instant now = clock.instant();
    return told.waitingFor(productionId, me).stream().map(e -> item(productionId, e, now)).toList();
  }

  private static Item item(UUID productionId, Escalation e, Instant now) {
    Duration waited = Duration.between(e.roundStartedAt(), now);
    return new Item(ESCALATED, e.severity().reportOf(e.category()) + ": " + e.title() + ". Nobody has acknowledged it"
        + " for " + waited(waited) + ", and it has reached you (" + e.policy().describe(e.level()) + ").",
        Said.of("reporting.needs-you.escalated", reportOf(e), e.title(), waitedSaid(waited), toldSaid(e)),
        "Acknowledge the report", Said.of("reporting.needs-you.escalated.action"),
        "/productions/" + productionId + "/reports/" + e.reportId());
  }

  /** {@code Severity.reportOf} in the notices' words: "Firearms hazard report (critical)", "Hazard report (low)". */
  private static Said reportOf(Escalation e) {
    Said severity = Said.of("notices.severity." + e.severity().name());
    return e.category() == null || e.category() == org.setsafe.production.Hazard.OTHER
        ? Said.of("notices.report.any", severity)
        : Said.of("notices.report.of", Said.of("hazard." + e.category().name()), severity);
  }

  /** {@code policy.describe(level)} in words: the place in the order as the notices say it, the level's own name. */
  private static Said toldSaid(Escalation e) {
    int number = e.level();
    Said place = number >= 1 && number <= EscalationPolicy.ORDINALS ? Said.of("notices.escalation.told." + number)
        : Said.of("notices.escalation.told.nth", number);
    return Said.of("reporting.needs-you.escalated.told", place, e.policy().level(number).name());
  }

  /** {@link #waited} in words. */
  static Said waitedSaid(Duration waited) {
    long minutes = Math.max(0, waited.toMinutes());
    if (minutes < 1) {
      return Said.of("reporting.needs-you.waited.under-a-minute");
    }
    if (minutes < 60) {
      return counted(minutes, "minute");
    }
    if (minutes < 24 * 60) {
      return minutes % 60 == 0 ? counted(minutes / 60, "hour")
          : Said.of("reporting.needs-you.waited.and", counted(minutes / 60, "hour"), counted(minutes % 60, "minute"));
    }
    long hours = minutes / 60;
    return hours % 24 == 0 ? counted(hours / 24, "day")
        : Said.of("reporting.needs-you.waited.and", counted(hours / 24, "day"), counted(hours % 24, "hour"));
  }

  private static Said counted(long n, String unit) {
    return Said.of("reporting.needs-you.waited." + unit + (n == 1 ? ".one" : ".many"), n);
  }

  /** "less than a minute", "25 minutes", "1 hour 10 minutes", "2 days 3 hours": as long as the crew would say it. */
  static String waited(Duration waited) {
    long minutes = Math.max(0, waited.toMinutes());
    if (minutes < 1) {
      return "less than a minute";
    }
    if (minutes < 60) {
      return count(minutes, "minute");
    }
    if (minutes < 24 * 60) {
      return count(minutes / 60, "hour") + (minutes % 60 == 0 ? "" : " " + count(minutes % 60, "minute"));
    }
    long hours = minutes / 60;
    return count(hours / 24, "day") + (hours % 24 == 0 ? "" : " " + count(hours % 24, "hour"));
  }

  private static String count(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }
}
