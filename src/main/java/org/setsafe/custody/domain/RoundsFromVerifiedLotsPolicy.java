package org.setsafe.custody.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.shared.Refusal;

/**
 * Every round loaded comes from a known lot that is verified (every dummy checked), not quarantined, and
 * still has that many rounds left. On "Rust" leftover dummies from another production, checked by shaking,
 * had live rounds among them and nobody could say where they came from.
 */
public final class RoundsFromVerifiedLotsPolicy {

  public static final String RULE = "custody.rounds-from-verified-lots";

  /** Checks a load manifest against the production's lots, keyed by lot id. */
  public Optional<Refusal> check(Map<String, LoadedRound> manifest, Map<UUID, LotBalance> lots) {
    Map<UUID, Integer> wanted = new LinkedHashMap<>();
    for (Map.Entry<String, LoadedRound> position : manifest.entrySet()) {
      LoadedRound round = position.getValue();
      LotBalance lot = lots.get(round.lotId());
      if (lot == null) {
        return refuse("The round for " + position.getKey() + " names a lot that is not on the register; load only "
            + "rounds from a registered lot.");
      }
      if (lot.lot().roundClass() != round.roundClass()) {
        return refuse("The round for " + position.getKey() + " is recorded as " + round.roundClass().label()
            + " but its lot holds " + lot.lot().roundClass().plural() + ".");
      }
      wanted.merge(round.lotId(), 1, Integer::sum);
    }
    for (Map.Entry<UUID, Integer> want : wanted.entrySet()) {
      LotBalance lot = lots.get(want.getKey());
      String name = "Lot " + lot.lot().roundClass().lotName(lot.lot().caliber(), lot.lot().supplier());
      if (lot.checkAwaitedSinceTransferIn()) {
        return refuse(name + " took in rounds from elsewhere since it was last checked; "
            + (lot.lot().roundClass().dummy() ? "verify every round in the box again" : "re-inspect it")
            + " before loading from it.");
      }
      if (lot.quarantined()) {
        return refuse(name + " is quarantined until it is re-inspected and released. Why: "
            + lot.quarantineReason().orElse(""));
      }
      if (!lot.verified()) {
        return refuse(name + " is not verified: " + lot.mostRoundsVerified() + " of " + lot.received()
            + " dummies checked. Every round is verified, never a sample.");
      }
      if (want.getValue() > lot.remaining()) {
        return refuse(name + " has " + lot.remaining() + " rounds left, not " + want.getValue()
            + "; count the lot before loading.");
      }
    }
    return Optional.empty();
  }

  private static Optional<Refusal> refuse(String reason) {
    return Optional.of(new Refusal(RULE, reason));
  }
}
