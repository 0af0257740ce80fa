package org.setsafe.offline;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.setsafe.shared.RecordedFact;

/**
 * A safety action a phone kept while it had no signal and sent when signal returned: recorded beside the action's
 * own fact, in the same transaction, so the ledger shows both times. {@code occurredAt} is the server's time of
 * receipt, the one every rule judged by; {@code phoneTime} is what the phone's clock said when the person acted,
 * kept as the phone told it and never trusted; {@code phoneLead} says the difference in words (or that the phone's
 * clock was ahead of the server's, which no real delay can be).
 */
public record SentAfterNoSignal(UUID factId, UUID productionId, UUID actorId, Instant occurredAt, Instant phoneTime,
    String action, UUID weaponId, String phoneLead) implements RecordedFact {

  public SentAfterNoSignal {
    Objects.requireNonNull(factId, "factId");
    Objects.requireNonNull(actorId, "actorId");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(phoneTime, "phoneTime");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(phoneLead, "phoneLead");
  }

  @Override
  public String kind() {
    return "offline.sent-after-no-signal";
  }

  @Override
  public List<String> subjects() {
    return KeptActionSubjects.of(actorId, weaponId);
  }
}
