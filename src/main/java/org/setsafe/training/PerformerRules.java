package org.setsafe.training;

import java.util.Optional;
import java.util.UUID;
import org.setsafe.training.domain.BriefingStore;
import org.setsafe.training.domain.FirearmsHandlingPolicy.PerformerRule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** A production's rule on armorer briefings for performers: the one last set, or the installation's default. */
@Component
class PerformerRules {

  private final BriefingStore store;
  private final PerformerRule defaultRule;

  PerformerRules(BriefingStore store,
      @Value("${setsafe.training.armorer-briefing-accepted:true}") boolean briefingAccepted,
      @Value("${setsafe.training.armorer-briefing-valid-days:30}") int briefingValidDays) {
    this.store = store;
    this.defaultRule = new PerformerRule(briefingAccepted, briefingValidDays);
  }

  /** No access check: for what already checked who asks. */
  PerformerRule of(UUID productionId) {
    return orDefault(store.rule(productionId));
  }

  /** The rule as read with something else: the one set, or the installation's default. */
  PerformerRule orDefault(Optional<PerformerRule> set) {
    return set.orElse(defaultRule);
  }
}
