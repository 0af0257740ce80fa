package org.setsafe.escalation;

import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.setsafe.escalation.EscalationEvents.EscalationPolicyChanged;
import org.setsafe.escalation.domain.DefaultPolicies;
import org.setsafe.escalation.domain.EscalationPolicy;
import org.setsafe.escalation.domain.EscalationStore;
import org.setsafe.escalation.domain.Level;
import org.setsafe.escalation.domain.Target;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Permission;
import org.setsafe.production.ProductionAccess;
import org.setsafe.production.Productions;
import org.setsafe.reporting.Severity;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.SecurityAudit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A production's escalation policies, one per severity, the defaults until changed. Every member may read them
 * (everyone should know who hears of a report and when); the safety advisor, UPM and producer change them. A
 * change applies to reports made after it; open reports keep the policy they were reported under.
 */
@Service
public class EscalationPolicies {

  private static final Set<CrewRole> EDITORS = EnumSet.of(CrewRole.SAFETY_ADVISOR, CrewRole.UPM, CrewRole.PRODUCER);

  private final EscalationStore store;
  private final ProductionAccess access;
  private final Productions productions;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  EscalationPolicies(EscalationStore store, ProductionAccess access, Productions productions,
      ApplicationEventPublisher events, Clock clock) {
    this.store = store;
    this.access = access;
    this.productions = productions;
    this.events = events;
    this.clock = clock;
  }

  /** The policy in force for each severity, and whether it is still the default. */
  public record PolicyInForce(Severity severity, EscalationPolicy policy, boolean isDefault) {}

  public Map<Severity, PolicyInForce> inForce(UUID productionId) {
    access.require(productionId, Permission.VIEW);
    Map<Severity, EscalationPolicy> changed = store.policies(productionId);
    Map<Severity, PolicyInForce> all = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      EscalationPolicy policy = changed.get(severity);
      all.put(severity, new PolicyInForce(severity, policy == null ? DefaultPolicies.of(severity) : policy,
          policy == null));
    }
    return all;
  }

  @Transactional
  public PolicyInForce change(UUID productionId, Severity severity, EscalationPolicy policy) {
    UUID by = requireEditor(productionId);
    if (severity == null) {
      throw new InvalidInputException("severity", "NotNull", "severity must be one of LOW, MEDIUM, HIGH, CRITICAL")
          .saying("input.escalation.severity.one-of");
    }
    if (policy == null) {
      throw new InvalidInputException("levels", "NotNull", "a policy needs levels and resolveWithinMinutes")
          .saying("input.escalation.policy.required");
    }
    for (Level level : policy.levels()) {
      for (Target target : level.targets()) {
        if (target.kind() == Target.Kind.PERSON
            && productions.rolesOf(productionId, UUID.fromString(target.value())).isEmpty()) {
          throw new InvalidInputException("targets", "OnProduction",
              "person " + target.value() + " is not on this production")
              .saying("input.escalation.target.on-production", target.value());
        }
      }
    }
    store.savePolicy(productionId, severity, policy, by, clock.instant());
    events.publishEvent(new EscalationPolicyChanged(UUID.randomUUID(), productionId, by, clock.instant(), severity,
        describe(policy)));
    return new PolicyInForce(severity, policy, false);
  }

  public boolean mayChange(UUID productionId) {
    return SignedInUser.current().flatMap(user -> productions.rolesOf(productionId, user.id()))
        .map(roles -> roles.stream().anyMatch(EDITORS::contains)).orElse(false);
  }

  static String describe(EscalationPolicy policy) {
    return policy.levels().stream().map(level -> level.name() + " after " + level.delayMinutes() + " min ("
            + level.targets().stream().map(Target::asText).collect(Collectors.joining(", "))
            + (level.repeatTimes() > 0 ? "; every " + level.repeatEveryMinutes() + " min x" + level.repeatTimes() : "")
            + ")")
        .collect(Collectors.joining(" -> ")) + "; resolve within " + policy.resolveWithinMinutes() + " min";
  }

  private UUID requireEditor(UUID productionId) {
    access.require(productionId, Permission.VIEW);
    SignedInUser user = SignedInUser.current().orElseThrow(() -> new AccessRefusedException("sign in first")
        .saying("input.escalation.not-allowed.sign-in-first"));
    if (mayChange(productionId)) {
      return user.id();
    }
    SecurityAudit.accessRefused(user.getUsername(), "change escalation policy on production " + productionId,
        "role does not allow it");
    throw new AccessRefusedException("Only the safety advisor, UPM or producer of this production change its "
        + "escalation policies.").saying("input.escalation.not-allowed.change-policies");
  }
}
