package org.setsafe.custody.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.custody.domain.CustodyEvents.RoundsCounted;
import org.setsafe.shared.Refusal;

/**
 * At wrap, the round count of every lot matches its balance (received ± transfers − returned − discharged),
 * and no rounds are left in weapons. A difference blocks closing the day: a round unaccounted for is a round
 * that may turn up in a gun tomorrow. On "Rust" nobody could later say where the live rounds came from.
 */
public final class RoundsReconcilePolicy {

  public static final String RULE = "custody.rounds-reconcile";

  /** Checks the wrap counts (the latest count per lot wins) against every lot's balance. */
  public Optional<Refusal> check(Collection<LotBalance> lots, Collection<RoundsCounted> wrapCounts) {
    List<LotDifference> differences = differences(lots, wrapCounts);
    if (differences.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Refusal(RULE, "The round count does not reconcile, so the day cannot close: "
        + LotDifference.english(differences)).saying("reason." + RULE, LotDifference.said(differences)));
  }

  /** Each lot whose wrap count differs from its balance, or that still has rounds in weapons, in parts. */
  public List<LotDifference> differences(Collection<LotBalance> lots, Collection<RoundsCounted> wrapCounts) {
    Map<UUID, Integer> counted = new HashMap<>();
    wrapCounts.forEach(count -> counted.put(count.lotId(), count.counted()));
    List<LotDifference> differences = new ArrayList<>();
    for (LotBalance lot : lots) {
      if (lot.inWeapons() > 0) {
        differences.add(LotDifference.of(lot.lot(), LotDifference.Kind.STILL_LOADED, null, lot.inWeapons()));
      }
      Integer count = counted.get(lot.lotId());
      if (count == null) {
        if (lot.onHand() != 0) {
          differences.add(LotDifference.of(lot.lot(), LotDifference.Kind.NOT_COUNTED, null, lot.onHand()));
        }
      } else if (count != lot.onHand()) {
        differences.add(LotDifference.of(lot.lot(), LotDifference.Kind.COUNTED, count, lot.onHand()));
      }
    }
    return differences;
  }
}
