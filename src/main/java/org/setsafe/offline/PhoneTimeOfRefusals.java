package org.setsafe.offline;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.shared.PhoneTime;
import org.setsafe.shared.RefusedFact;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Guards that a refusal of an action a phone kept without signal carries the phone's time to the ledger, as an action
 * recorded does. Every module's refusal goes through the shared recorder, which publishes it in a transaction of its
 * own; this listens synchronously, in that transaction and on the request's thread (where {@link PhoneTime} is
 * known), and records the phone's time beside it. A retried request answered from the idempotency store records no
 * refusal, so neither is this recorded twice. Nothing of an anonymous reporter is kept, their phone's clock included.
 */
@Component
class PhoneTimeOfRefusals {

  private final ApplicationEventPublisher events;

  PhoneTimeOfRefusals(ApplicationEventPublisher events) {
    this.events = events;
  }

  @EventListener
  void refusedWhileAPhoneWasAnswered(RefusedFact refused) {
    Optional<Instant> phoneTime = PhoneTime.current();
    if (phoneTime.isEmpty() || refused.actorId() == null) {
      return;
    }
    events.publishEvent(new RefusalSentAfterNoSignal(UUID.randomUUID(), refused.productionId(), refused.actorId(),
        refused.occurredAt(), phoneTime.get(), refused.factId(), refused.kind(), refused.rule(), weaponOf(refused),
        PhoneLead.words(phoneTime.get(), refused.occurredAt())));
  }

  private static UUID weaponOf(RefusedFact refused) {
    return refused.subjects().stream().filter(s -> s.startsWith("weapon:")).findFirst()
        .map(s -> UUID.fromString(s.substring("weapon:".length()))).orElse(null);
  }
}
