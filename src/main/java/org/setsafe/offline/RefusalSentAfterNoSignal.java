package org.setsafe.offline;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.setsafe.shared.RecordedFact;

/**
 * A safety action a phone kept while it had no signal, refused by a rule when it arrived: recorded beside the
 * refusal's own fact, in the refusal's own transaction (so it survives the rollback of the refused step), so that the
 * ledger shows both times for a refusal as it does for an action recorded ({@link SentAfterNoSignal}).
 * {@code occurredAt} is the server's time of the refusal, the one the rule judged by; {@code phoneTime} is what the
 * phone's clock said when the person acted, kept as told and never trusted; {@code refusalFactId} is the refusal's
 * fact, whose entry carries the rule's reason.
 */
public record RefusalSentAfterNoSignal(UUID factId, UUID productionId, UUID actorId, Instant occurredAt,
    Instant phoneTime, UUID refusalFactId, String refusedKind, String rule, UUID weaponId, String phoneLead)
    implements RecordedFact {

  public RefusalSentAfterNoSignal {
    Objects.requireNonNull(factId, "factId");
    Objects.requireNonNull(actorId, "actorId");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(phoneTime, "phoneTime");
    Objects.requireNonNull(refusalFactId, "refusalFactId");
    Objects.requireNonNull(refusedKind, "refusedKind");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(phoneLead, "phoneLead");
  }

  @Override
  public String kind() {
    return "offline.refused-after-no-signal";
  }

  @Override
  public List<String> subjects() {
    return KeptActionSubjects.of(actorId, weaponId);
  }
}
