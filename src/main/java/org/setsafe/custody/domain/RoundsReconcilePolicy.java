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
import org.setsafe.shared.Refusal.Said;

/**
 * At wrap, the round count of every lot matches its balance (received ± transfers − returned − discharged),
 * and no rounds are left in weapons. A difference blocks closing the day: a round unaccounted for is a round
 * that may turn up in a gun tomorrow. On "Rust" nobody could later say where the live rounds came from.
 */
public final class RoundsReconcilePolicy {

  public static final String RULE = "custody.rounds-reconcile";

  /** Checks the wrap counts (the latest count per lot wins) against every lot's balance. */
  public Optional<Refusal> check(Collection<LotBalance> lots, Collection<RoundsCounted> wrapCounts) {
    List<Difference> differences = differing(lots, wrapCounts);
    if (differences.isEmpty()) {
      return Optional.empty();
    }
    // Any number of lots: each further one is joined to the ones before it, as "; " joins the English.
    Said all = differences.get(0).said();
    for (Difference next : differences.subList(1, differences.size())) {
      all = Said.of("reason." + RULE + ".and", all, next.said());
    }
    return Optional.of(new Refusal(RULE, "The round count does not reconcile, so the day cannot close: "
        + String.join("; ", differences.stream().map(Difference::english).toList()) + ".")
        .saying("reason." + RULE, all));
  }

  /** Each lot whose wrap count differs from its balance, or that still has rounds in weapons, in words. */
  public List<String> differences(Collection<LotBalance> lots, Collection<RoundsCounted> wrapCounts) {
    return differing(lots, wrapCounts).stream().map(Difference::english).toList();
  }

  private static List<Difference> differing(Collection<LotBalance> lots, Collection<RoundsCounted> wrapCounts) {
    Map<UUID, Integer> counted = new HashMap<>();
    wrapCounts.forEach(count -> counted.put(count.lotId(), count.counted()));
    List<Difference> differences = new ArrayList<>();
    for (LotBalance lot : lots) {
      String name = lot.lot().roundClass().lotName(lot.lot().caliber(), lot.lot().supplier());
      Said named = RoundsOnHandPolicy.nameSaid(lot.lot());
      String inWeapons = String.valueOf(lot.inWeapons());
      String onHand = String.valueOf(lot.onHand());
      if (lot.inWeapons() > 0) {
        differences.add(new Difference(name + ": " + lot.inWeapons() + " still loaded in weapons",
            Said.of("reason." + RULE + ".still-loaded", named, inWeapons)));
      }
      Integer count = counted.get(lot.lotId());
      if (count == null) {
        if (lot.onHand() != 0) {
          differences.add(new Difference(name + ": not counted, " + lot.onHand() + " expected",
              Said.of("reason." + RULE + ".not-counted", named, onHand)));
        }
      } else if (count != lot.onHand()) {
        differences.add(new Difference(name + ": counted " + count + ", expected " + lot.onHand(),
            Said.of("reason." + RULE + ".counted", named, String.valueOf(count), onHand)));
      }
    }
    return differences;
  }

  /** One lot's difference, in English as recorded and as words. */
  private record Difference(String english, Said said) {}
}
