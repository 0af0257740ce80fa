package org.setsafe.custody.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.shared.Refusal;
import org.setsafe.shared.Refusal.Said;

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
            + "rounds from a registered lot.", "not-registered", position.getKey());
      }
      if (lot.lot().roundClass() != round.roundClass()) {
        return refuse("The round for " + position.getKey() + " is recorded as " + round.roundClass().label()
            + " but its lot holds " + lot.lot().roundClass().plural() + ".", "other-class", position.getKey(),
            Said.of("reason.round-class." + round.roundClass().name()),
            Said.of("reason.round-class.plural." + lot.lot().roundClass().name()));
      }
      wanted.merge(round.lotId(), 1, Integer::sum);
    }
    for (Map.Entry<UUID, Integer> want : wanted.entrySet()) {
      LotBalance lot = lots.get(want.getKey());
      String name = "Lot " + lot.lot().roundClass().lotName(lot.lot().caliber(), lot.lot().supplier());
      Said named = RoundsOnHandPolicy.nameSaid(lot.lot());
      if (lot.checkAwaitedSinceTransferIn()) {
        boolean dummies = lot.lot().roundClass().dummy();
        return refuse(name + " took in rounds from elsewhere since it was last checked; "
            + (dummies ? "verify every round in the box again" : "re-inspect it")
            + " before loading from it.", dummies ? "transferred-in-verify" : "transferred-in-reinspect", named);
      }
      if (lot.quarantined()) {
        return refuse(name + " is quarantined until it is re-inspected and released. Why: "
            + lot.quarantineReason().orElse(""), "quarantined", named, lot.quarantineReason().orElse(""));
      }
      if (!lot.verified()) {
        return refuse(name + " is not verified: " + lot.mostRoundsVerified() + " of " + lot.received()
            + " dummies checked. Every round is verified, never a sample.", "not-verified", named,
            String.valueOf(lot.mostRoundsVerified()), String.valueOf(lot.received()));
      }
      if (want.getValue() > lot.remaining()) {
        return refuse(name + " has " + lot.remaining() + " rounds left, not " + want.getValue()
            + "; count the lot before loading.", "too-few-left", named, String.valueOf(lot.remaining()),
            String.valueOf(want.getValue()));
      }
    }
    return Optional.empty();
  }

  private static Optional<Refusal> refuse(String reason, String variant, Object... args) {
    return Optional.of(new Refusal(RULE, reason).saying("reason." + RULE + "." + variant, args));
  }
}
