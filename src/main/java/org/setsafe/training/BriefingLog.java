package org.setsafe.training;

import java.util.List;
import java.util.UUID;
import org.setsafe.production.CrewList;
import org.setsafe.production.Member;
import org.setsafe.production.Permission;
import org.setsafe.production.ProductionAccess;
import org.setsafe.training.QualificationViews.Briefing;
import org.setsafe.training.domain.BriefingStore;
import org.setsafe.training.domain.BriefingStore.StoredBriefing;
import org.setsafe.training.domain.FirearmsHandlingPolicy.PerformerRule;
import org.springframework.stereotype.Component;

/**
 * The armorer's briefings of a production's performers and its rule on whether a briefing stands in for firearms
 * safety training, as its members read them.
 */
@Component
public class BriefingLog {

  private final BriefingStore store;
  private final ProductionAccess access;
  private final CrewList crew;
  private final PerformerRules rules;

  BriefingLog(BriefingStore store, ProductionAccess access, CrewList crew, PerformerRules rules) {
    this.store = store;
    this.access = access;
    this.crew = crew;
    this.rules = rules;
  }

  /** The production's briefings, newest first, for its members. */
  public List<Briefing> briefings(UUID productionId) {
    access.require(productionId, Permission.VIEW);
    PerformerRule rule = rules.of(productionId);
    return store.briefings(productionId, null).stream().map(b -> view(b, rule)).toList();
  }

  /** The production's rule: the one last set, or the installation's default. For its members. */
  public PerformerRule rule(UUID productionId) {
    access.require(productionId, Permission.VIEW);
    return rules.of(productionId);
  }

  Briefing view(StoredBriefing b, PerformerRule rule) {
    return new Briefing(b.id(), b.performerId(), name(b.productionId(), b.performerId()), b.armorerId(),
        name(b.productionId(), b.armorerId()), b.givenOn(), rule.lastDay(b.givenOn()), b.topics(), b.recordedAt());
  }

  private String name(UUID productionId, UUID userId) {
    return crew.member(productionId, userId).map(Member::displayName).orElse(userId.toString());
  }
}
