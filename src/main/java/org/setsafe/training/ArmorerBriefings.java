package org.setsafe.training;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Member;
import org.setsafe.production.Permission;
import org.setsafe.production.Production;
import org.setsafe.production.ProductionAccess;
import org.setsafe.production.Productions;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Refusal;
import org.setsafe.shared.RefusalRecorder;
import org.setsafe.shared.RuleRefusedException;
import org.setsafe.shared.Text;
import org.setsafe.training.QualificationEvents.ArmorerBriefingRecorded;
import org.setsafe.training.QualificationEvents.PerformerTrainingRuleSet;
import org.setsafe.training.QualificationEvents.QualificationRefused;
import org.setsafe.training.domain.BriefingStore;
import org.setsafe.training.domain.BriefingStore.StoredBriefing;
import org.setsafe.training.domain.FirearmsHandlingPolicy;
import org.setsafe.training.domain.FirearmsHandlingPolicy.PerformerRule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a performer may take a firearm in hand: current firearms safety training, or — where the production's
 * rules accept it — a briefing by the armorer on this production, recorded with what it covered (California
 * Labor Code §9156). The armorer records briefings; the producer, UPM or safety advisor sets the rule.
 */
@Service
public class ArmorerBriefings {

  public static final int MAX_TOPICS = 1000;
  static final Set<CrewRole> ARMORERS = EnumSet.of(CrewRole.ARMORER, CrewRole.PROPERTY_MASTER);
  static final Set<CrewRole> RULE_SETTERS = EnumSet.of(CrewRole.PRODUCER, CrewRole.UPM, CrewRole.SAFETY_ADVISOR);

  /** A briefing as people read it. */
  public record Briefing(UUID id, UUID performerId, String performerName, UUID armorerId, String armorerName,
      LocalDate givenOn, LocalDate countsThrough, String topics, Instant recordedAt) {}

  /** Whether the performer may handle a firearm on the day, and if not, the rule and why. */
  public record Clearance(boolean cleared, String rule, String reason) {}

  private final BriefingStore store;
  private final Qualifications qualifications;
  private final Productions productions;
  private final ProductionAccess access;
  private final ApplicationEventPublisher events;
  private final RefusalRecorder refusals;
  private final Clock clock;
  private final PerformerRule defaultRule;
  private final FirearmsHandlingPolicy policy = new FirearmsHandlingPolicy();

  ArmorerBriefings(BriefingStore store, Qualifications qualifications, Productions productions, ProductionAccess access,
      ApplicationEventPublisher events, RefusalRecorder refusals, Clock clock,
      @Value("${setsafe.training.armorer-briefing-accepted:true}") boolean briefingAccepted,
      @Value("${setsafe.training.armorer-briefing-valid-days:30}") int briefingValidDays) {
    this.store = store;
    this.qualifications = qualifications;
    this.productions = productions;
    this.access = access;
    this.events = events;
    this.refusals = refusals;
    this.clock = clock;
    this.defaultRule = new PerformerRule(briefingAccepted, briefingValidDays);
  }

  /**
   * The armorer records that they briefed a performer of this production today: safe handling, the weapon, what
   * the scene asks of them. Only an armorer or property master holding a current armorer permit may.
   */
  @Transactional
  public Briefing record(UUID productionId, UUID performerId, String topics) {
    Production production = access.require(productionId, Permission.VIEW);
    UUID armorer = requireRole(productionId, ARMORERS, "record a briefing", "armorers and property masters do");
    String what = Text.required("topics", topics, MAX_TOPICS);
    LocalDate today = LocalDate.now(clock.withZone(production.timeZone()));
    Qualifications.Standing permit = qualifications.current(armorer, QualificationType.ARMORER_PERMIT, today);
    if (!permit.isCurrent()) {
      String reason = permit.reason()
          + " Briefing a performer on firearms is an armorer's duty and needs a current armorer permit.";
      QualificationRefused refused = refusals.record(new QualificationRefused(UUID.randomUUID(), armorer,
          clock.instant(), productionId, "record a briefing", performerId, permit.rule(), reason));
      throw new RuleRefusedException("performerId", permit.rule(), reason, refused.factId().toString());
    }
    if (performerId == null) {
      throw new InvalidInputException("performerId", "NotNull", "performerId is required");
    }
    if (!productions.rolesOf(productionId, performerId).orElse(Set.of()).contains(CrewRole.PERFORMER)) {
      throw new InvalidInputException("performerId", "Performer", performerId + " is not a performer on this production");
    }
    StoredBriefing briefing = new StoredBriefing(UUID.randomUUID(), productionId, performerId, armorer, today, what,
        clock.instant());
    store.insert(briefing);
    events.publishEvent(new ArmorerBriefingRecorded(UUID.randomUUID(), armorer, briefing.recordedAt(), productionId,
        briefing.id(), performerId, today, what));
    return view(productionId, briefing, ruleOf(productionId));
  }

  /** Sets whether an armorer's briefing stands in for a performer's training, and for how many days it counts. */
  @Transactional
  public PerformerRule setRule(UUID productionId, Boolean briefingAccepted, Integer briefingValidDays) {
    access.require(productionId, Permission.VIEW);
    UUID by = requireRole(productionId, RULE_SETTERS, "set the performers' training rule",
        "producers, UPMs and safety advisors do");
    if (briefingAccepted == null) {
      throw new InvalidInputException("briefingAccepted", "NotNull", "briefingAccepted is required (true or false)");
    }
    if (briefingValidDays == null || briefingValidDays < 1 || briefingValidDays > 366) {
      throw new InvalidInputException("briefingValidDays", "Range", "briefingValidDays must be between 1 and 366");
    }
    PerformerRule rule = new PerformerRule(briefingAccepted, briefingValidDays);
    Instant now = clock.instant();
    store.insertRule(UUID.randomUUID(), productionId, rule, by, now);
    events.publishEvent(new PerformerTrainingRuleSet(UUID.randomUUID(), by, now, productionId, briefingAccepted,
        briefingValidDays));
    return rule;
  }

  /** The production's rule: the one last set, or the installation's default. For its members. */
  public PerformerRule rule(UUID productionId) {
    access.require(productionId, Permission.VIEW);
    return ruleOf(productionId);
  }

  /**
   * For how many days an armorer's briefing stands in for a performer's firearms safety training on this
   * production, or empty when it does not. For other modules' checks; no access check.
   */
  public Optional<Integer> daysABriefingCounts(UUID productionId) {
    PerformerRule rule = ruleOf(productionId);
    return rule.briefingAccepted() ? Optional.of(rule.briefingValidDays()) : Optional.empty();
  }

  private PerformerRule ruleOf(UUID productionId) {
    return store.rule(productionId).orElse(defaultRule);
  }

  /** The production's briefings, newest first, for its members. */
  public List<Briefing> briefings(UUID productionId) {
    access.require(productionId, Permission.VIEW);
    PerformerRule rule = ruleOf(productionId);
    return store.briefings(productionId, null).stream().map(b -> view(productionId, b, rule)).toList();
  }

  /**
   * Whether the performer may take a firearm in hand on this production on {@code day}. For the custody gate; no
   * access check, so callers decide what to reveal.
   */
  public Clearance mayHandleFirearms(UUID productionId, UUID performerId, LocalDate day) {
    Qualifications.Standing training = qualifications.current(performerId, QualificationType.FIREARMS_SAFETY, day);
    Optional<Refusal> missing = training.isCurrent() ? Optional.empty()
        : Optional.of(new Refusal(training.rule(), training.reason()));
    List<LocalDate> briefed = store.briefings(productionId, performerId).stream().map(StoredBriefing::givenOn).toList();
    return policy.check(missing, briefed, ruleOf(productionId), day)
        .map(refusal -> new Clearance(false, refusal.rule(), refusal.reason()))
        .orElse(new Clearance(true, null, null));
  }

  private Briefing view(UUID productionId, StoredBriefing b, PerformerRule rule) {
    return new Briefing(b.id(), b.performerId(), name(productionId, b.performerId()), b.armorerId(),
        name(productionId, b.armorerId()), b.givenOn(), rule.lastDay(b.givenOn()), b.topics(), b.recordedAt());
  }

  private String name(UUID productionId, UUID userId) {
    return productions.members(productionId).stream().filter(m -> m.userId().equals(userId))
        .map(Member::displayName).findFirst().orElse(userId.toString());
  }

  /** The caller, when they hold one of the roles on the production; refused otherwise (the web layer logs it). */
  private UUID requireRole(UUID productionId, Set<CrewRole> roles, String what, String whoDoes) {
    SignedInUser caller = SignedInUser.current().orElseThrow(() -> new AccessRefusedException("sign in first"));
    if (productions.rolesOf(productionId, caller.id()).orElse(Set.of()).stream().noneMatch(roles::contains)) {
      throw new AccessRefusedException("You may not " + what + ": " + whoDoes + ".");
    }
    return caller.id();
  }
}
