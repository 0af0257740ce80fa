package org.setsafe.custody.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.shared.Refusal;

/**
 * A wrap count is typed for a lot on this production's register and is a number of rounds, 0 or more: a count of a
 * lot nobody received, or of minus two rounds, says nothing about what is in the box. Bad input, answered as such
 * (the refusal's rule is the constraint, its field the count typed), never recorded as an attempt against a rule.
 */
public final class WrapCountsPolicy {

  public static final String RULE = "custody.wrap-counts-for-lots-on-the-register";

  /** The first count typed that is not of a lot on the register, or not 0 or more rounds, in the order typed. */
  public Optional<Refusal> check(Map<UUID, Integer> counts, List<AmmunitionLot> lots) {
    for (Map.Entry<UUID, Integer> count : counts.entrySet()) {
      UUID lotId = count.getKey();
      if (lotId == null || lots.stream().noneMatch(lot -> lot.id().equals(lotId))) {
        return Optional.of(new Refusal("Exists", "no lot " + lotId + " on this production", "counts")
            .saying("reason.Exists.lot", String.valueOf(lotId)));
      }
      if (count.getValue() == null || count.getValue() < 0) {
        return Optional.of(new Refusal("PositiveOrZero", "a count is 0 or more rounds", "counts[" + lotId + "]")
            .saying("reason.PositiveOrZero.count"));
      }
    }
    return Optional.empty();
  }
}
