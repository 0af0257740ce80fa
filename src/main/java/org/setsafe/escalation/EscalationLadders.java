package org.setsafe.escalation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.setsafe.escalation.domain.DefaultPolicies;
import org.setsafe.escalation.domain.EscalationPolicy;
import org.setsafe.escalation.domain.EscalationStore;
import org.setsafe.escalation.domain.Level;
import org.setsafe.notify.Recipient;
import org.setsafe.reporting.Severity;
import org.springframework.stereotype.Component;

/**
 * A production's escalation policy as a ladder other modules climb with their own deadlines (a regulator's
 * reporting clock): the same levels, delays and people the production set for its reports, so nobody keeps a
 * second list of who hears of what. Reads without an access check: its callers are timers that checked when the
 * deadline was started.
 */
@Component
public class EscalationLadders {

  /**
   * One rung: its place (from 1), its name in the policy ("UPM"), how long after the rung before it the deadline
   * climbs to it, and who it tells as the crew stands now.
   */
  public record Rung(int number, String name, Duration after, String told, List<Recipient> recipients) {}

  private final EscalationStore store;
  private final Recipients recipients;

  EscalationLadders(EscalationStore store, Recipients recipients) {
    this.store = store;
    this.recipients = recipients;
  }

  /** The rungs of the policy in force for {@code severity}, the default until the production changed it. */
  public List<Rung> ladder(UUID productionId, Severity severity) {
    EscalationPolicy policy = store.policies(productionId).getOrDefault(severity, DefaultPolicies.of(severity));
    List<Rung> rungs = new ArrayList<>();
    for (int n = 1; n <= policy.top(); n++) {
      Level level = policy.level(n);
      rungs.add(new Rung(n, level.name(), Duration.ofMinutes(level.delayMinutes()), policy.describe(n),
          recipients.of(productionId, level.targets())));
    }
    return rungs;
  }
}
