package org.setsafe.custody.domain;

import java.util.Optional;
import org.setsafe.shared.Refusal;
import org.setsafe.shared.Refusal.Said;

/**
 * A quarantine stands until the armorer re-inspects the lot: a lot is taken out of use once, kept in quarantine or
 * released only while it is out of use (or, for a lot that took in rounds from elsewhere, while its check is awaited).
 * Two armorers on two phones taking the same lot out of use at once is the usual cause, so the second is told where
 * the lot stands rather than refused as if they broke a rule.
 */
public final class QuarantineUntilReinspectedPolicy {

  /** The code the answer names: where the lot stands, not a safety rule broken. */
  public static final String RULE = "Quarantined";

  public Optional<Refusal> checkQuarantine(LotBalance lot) {
    return lot.quarantined() ? Optional.of(new Refusal(RULE, lot.lot().displayName() + " is already quarantined")
        .saying("reason." + RULE + ".already", RoundsOnHandPolicy.nameSaid(lot.lot())))
        : Optional.empty();
  }

  public Optional<Refusal> checkKeep(LotBalance lot) {
    return lot.quarantined() ? Optional.empty() : Optional.of(new Refusal(RULE, lot.lot().displayName()
        + " is not quarantined; there is nothing to keep it from").saying("reason." + RULE + ".nothing-to-keep",
        RoundsOnHandPolicy.nameSaid(lot.lot())));
  }

  public Optional<Refusal> checkRelease(LotBalance lot) {
    return lot.quarantined() || lot.checkAwaitedSinceTransferIn() ? Optional.empty()
        : Optional.of(new Refusal(RULE, lot.lot().displayName() + " is not quarantined; there is nothing to release")
            .saying("reason." + RULE + ".nothing-to-release", RoundsOnHandPolicy.nameSaid(lot.lot())));
  }
}
