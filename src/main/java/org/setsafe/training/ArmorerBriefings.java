package org.setsafe.training;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.setsafe.production.CrewList;
import org.setsafe.production.CrewRole;
import org.setsafe.production.OnSet;
import org.setsafe.production.ProductionAccess;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.RefusalRecorder;
import org.setsafe.shared.RuleRefusedException;
import org.setsafe.training.BriefingCommands.RecordBriefing;
import org.setsafe.training.BriefingCommands.SetPerformerRule;
import org.setsafe.training.QualificationChecks.Standing;
import org.setsafe.training.QualificationEvents.ArmorerBriefingRecorded;
import org.setsafe.training.QualificationEvents.PerformerTrainingRuleSet;
import org.setsafe.training.QualificationEvents.QualificationRefused;
import org.setsafe.training.QualificationViews.Briefing;
import org.setsafe.training.domain.BriefingStore;
import org.setsafe.training.domain.BriefingStore.StoredBriefing;
import org.setsafe.training.domain.FirearmsHandlingPolicy.PerformerRule;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The armorer briefs a performer in place of firearms safety training, where the production's rules accept it,
 * recorded with what it covered (California Labor Code §9156); the producer, UPM or safety advisor sets that rule.
 * Who may is checked once, at the entry of each step. The briefings are read through {@link BriefingLog}, and
 * whether a performer may handle a firearm through {@link QualificationChecks}.
 */
@Service
public class ArmorerBriefings {

  static final Set<CrewRole> ARMORERS = EnumSet.of(CrewRole.ARMORER, CrewRole.PROPERTY_MASTER);
  static final Set<CrewRole> RULE_SETTERS = EnumSet.of(CrewRole.PRODUCER, CrewRole.UPM, CrewRole.SAFETY_ADVISOR);

  private final BriefingStore store;
  private final BriefingLog log;
  private final PerformerRules rules;
  private final QualificationChecks checks;
  private final ProductionAccess access;
  private final CrewList crew;
  private final ApplicationEventPublisher events;
  private final RefusalRecorder refusals;
  private final Clock clock;

  ArmorerBriefings(BriefingStore store, BriefingLog log, PerformerRules rules, QualificationChecks checks,
      ProductionAccess access, CrewList crew, ApplicationEventPublisher events, RefusalRecorder refusals, Clock clock) {
    this.store = store;
    this.log = log;
    this.rules = rules;
    this.checks = checks;
    this.access = access;
    this.crew = crew;
    this.events = events;
    this.refusals = refusals;
    this.clock = clock;
  }

  /**
   * The armorer records that they briefed a performer of this production today: safe handling, the weapon, what
   * the scene asks of them. Only an armorer or property master holding a current armorer permit may.
   */
  @Transactional
  public Briefing record(RecordBriefing briefing) {
    UUID productionId = briefing.productionId();
    OnSet on = access.onSet(productionId);
    UUID armorer = requireRole(on, ARMORERS, "record a briefing", "armorers and property masters do",
        "input.training.not-allowed.briefing-record");
    String what = briefing.checkedTopics();
    LocalDate today = on.today();
    Standing permit = checks.current(new PersonId(armorer), QualificationType.ARMORER_PERMIT, today);
    UUID performerId = briefing.performer() == null ? null : briefing.performer().value();
    if (!permit.isCurrent()) {
      String reason = permit.reason()
          + " Briefing a performer on firearms is an armorer's duty and needs a current armorer permit.";
      QualificationRefused refused = refusals.record(new QualificationRefused(UUID.randomUUID(), armorer,
          clock.instant(), productionId, "record a briefing", performerId, permit.rule(), reason));
      throw new RuleRefusedException("performerId", permit.rule(), reason, refused.factId().toString())
          .saying("reason.training.briefing.armorer-permit", permit.refusal().said());
    }
    PersonId performer = briefing.requiredPerformer();
    if (!crew.rolesOf(productionId, performer.value()).orElse(Set.of()).contains(CrewRole.PERFORMER)) {
      throw new InvalidInputException("performerId", "Performer", performer + " is not a performer on this production")
          .saying("input.training.briefing.not-a-performer", performer.toString());
    }
    StoredBriefing stored = new StoredBriefing(UUID.randomUUID(), productionId, performer.value(), armorer, today,
        what, clock.instant());
    store.insert(stored);
    events.publishEvent(new ArmorerBriefingRecorded(UUID.randomUUID(), armorer, stored.recordedAt(), productionId,
        stored.id(), performer.value(), today, what));
    return log.view(stored, rules.of(productionId));
  }

  /** Sets whether an armorer's briefing stands in for a performer's training, and for how many days it counts. */
  @Transactional
  public PerformerRule setRule(SetPerformerRule change) {
    UUID productionId = change.productionId();
    OnSet on = access.onSet(productionId);
    UUID by = requireRole(on, RULE_SETTERS, "set the performers' training rule",
        "producers, UPMs and safety advisors do", "input.training.not-allowed.performer-rule");
    PerformerRule rule = change.rule();
    Instant now = clock.instant();
    store.insertRule(UUID.randomUUID(), productionId, rule, by, now);
    events.publishEvent(new PerformerTrainingRuleSet(UUID.randomUUID(), by, now, productionId,
        rule.briefingAccepted(), rule.briefingValidDays()));
    return rule;
  }

  /**
   * The caller, when they hold one of the roles on the production; refused otherwise (the web layer logs it), in the
   * words of {@code refusalKey}.
   */
  private static UUID requireRole(OnSet on, Set<CrewRole> roles, String what, String whoDoes, String refusalKey) {
    if (!on.holdsAny(roles)) {
      throw new AccessRefusedException("You may not " + what + ": " + whoDoes + ".").saying(refusalKey);
    }
    return on.userId();
  }
}
