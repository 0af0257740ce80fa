package org.setsafe.escalation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.setsafe.escalation.domain.Escalation;
import org.setsafe.escalation.domain.EscalationState;
import org.setsafe.escalation.domain.EscalationStore;
import org.setsafe.escalation.domain.Target;
import org.setsafe.notify.Recipient;
import org.springframework.stereotype.Component;

/**
 * Whom a report that nobody has acknowledged has reached: the people of every level told so far in its round, as
 * the crew stands now (someone who took over the UPM's role is the UPM now). Outside addresses are no one's
 * "needs you now"; they were told by email.
 */
@Component
class WhoWasTold {

  private final EscalationStore store;
  private final Recipients recipients;

  WhoWasTold(EscalationStore store, Recipients recipients) {
    this.store = store;
    this.recipients = recipients;
  }

  /** The production's climbing escalations that have reached this person, oldest report first. */
  List<Escalation> waitingFor(UUID productionId, UUID personId) {
    Recipient person = Recipient.person(personId);
    return store.open(productionId).stream()
        .filter(e -> e.state() == EscalationState.ESCALATING && e.level() >= 1)
        .filter(e -> recipients.of(productionId, targetsTold(e)).contains(person))
        .toList();
  }

  private static List<Target> targetsTold(Escalation escalation) {
    List<Target> told = new ArrayList<>();
    for (int level = 1; level <= escalation.level(); level++) {
      told.addAll(escalation.policy().level(level).targets());
    }
    return told;
  }
}
