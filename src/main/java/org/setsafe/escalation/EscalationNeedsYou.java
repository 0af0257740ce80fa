package org.setsafe.escalation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.setsafe.escalation.domain.Escalation;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.NeedsYou;
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
    return new Item(ESCALATED, e.severity().reportOf(e.category()) + ": " + e.title() + ". Nobody has acknowledged it"
        + " for " + waited(Duration.between(e.roundStartedAt(), now)) + ", and it has reached you ("
        + e.policy().describe(e.level()) + ").", "Acknowledge the report",
        "/productions/" + productionId + "/reports/" + e.reportId());
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
