package org.setsafe.incident;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.escalation.OverdueWork;
import org.setsafe.incident.FindingEvents.CorrectiveActionAgreed;
import org.setsafe.incident.FindingEvents.CorrectiveActionDone;
import org.setsafe.incident.FindingEvents.CorrectiveActionOverdue;
import org.setsafe.incident.FindingEvents.CorrectiveActionVerified;
import org.setsafe.incident.domain.ActionProgress;
import org.setsafe.incident.domain.ActionStep;
import org.setsafe.incident.domain.CorrectiveAction;
import org.setsafe.incident.domain.Incident;
import org.setsafe.incident.domain.Investigation;
import org.setsafe.incident.domain.FindingStore;
import org.setsafe.incident.domain.VerifiedByAnotherPolicy;
import org.setsafe.ledger.LedgerEntry;
import org.setsafe.production.CrewList;
import org.setsafe.production.OnSet;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.NotFoundException;
import org.setsafe.shared.Refusal;
import org.setsafe.shared.Text;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrective and preventive actions (ISO 45001 10.2): each answers a root cause, has an owner and a day it is due
 * on the production's calendar, and closes only when someone other than its owner records that it works. An action
 * not done when its day ends escalates through the production's escalation policies (the incident's severity's),
 * from a persisted timer, so a restart loses nothing; one done in time never escalates. An action that changed a
 * rule names the production setting it changed, by the ledger entry that recorded the change.
 */
@Service
public class CorrectiveActions {

  /**
   * The facts by which a production's rules change (its settings), each recorded in its ledger: the lock-up grace,
   * the plan and risk sign-off rules, staffing and training rules, the escalation policies.
   */
  static final Set<String> RULE_CHANGES = Set.of("custody.lock-up-grace-set", "protocol.plan-rules-set",
      "protocol.risk-producer-threshold-set", "staffing.rules-set", "training.performer-training-rule-set",
      "escalation.policy-changed");

  /** An action as agreed. {@code verifierId} null: the safety advisor verifies it. */
  public record NewAction(UUID rootCauseId, String kind, String what, UUID ownerId, UUID verifierId,
      LocalDate dueOn) {}

  /** The owner records it done, with the ledger entry of the setting it changed, if it changed one. */
  public record Done(String note, Long settingChangeLedgerIndex) {}

  /** Someone other than the owner records whether it works. */
  public record Verification(Boolean effective, String note) {}

  private final FindingStore store;
  private final Investigations investigations;
  private final Incidents incidents;
  private final IncidentDesk desk;
  private final CrewList crew;
  private final OverdueWork overdue;
  private final ObjectProvider<SchedulerClient> scheduler;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final VerifiedByAnotherPolicy verifiedByAnother = new VerifiedByAnotherPolicy();

  CorrectiveActions(FindingStore store, Investigations investigations, Incidents incidents, IncidentDesk desk,
      CrewList crew, OverdueWork overdue, ObjectProvider<SchedulerClient> scheduler, ApplicationEventPublisher events,
      Clock clock) {
    this.store = store;
    this.investigations = investigations;
    this.incidents = incidents;
    this.desk = desk;
    this.crew = crew;
    this.overdue = overdue;
    this.scheduler = scheduler;
    this.events = events;
    this.clock = clock;
  }

  /** The safety advisor, UPM or a producer agrees an action; its timer is set for the end of its due day. */
  @Transactional
  public Investigations.InvestigationView agree(UUID productionId, UUID incidentId, NewAction input) {
    OnSet caller = investigations.investigator(productionId, "agree a corrective action on incident " + incidentId);
    Incident incident = incidents.find(productionId, incidentId);
    if (input == null) {
      throw new InvalidInputException("rootCauseId", "Required", "rootCauseId is required: the root cause it answers")
          .saying("input.incident.action.root-cause-required");
    }
    Investigation investigation = investigations.investigationOf(incidentId);
    if (input.rootCauseId() != null && investigation.rootCause(input.rootCauseId()).isEmpty()) {
      throw new InvalidInputException("rootCauseId", "Exists", "no root cause " + input.rootCauseId()
          + " on this incident").saying("input.incident.action.no-root-cause", input.rootCauseId());
    }
    onTheCrew(productionId, "ownerId", input.ownerId());
    onTheCrew(productionId, "verifierId", input.verifierId());
    ZoneId zone = caller.production().timeZone();
    if (input.dueOn() != null && input.dueOn().isBefore(caller.today())) {
      throw new InvalidInputException("dueOn", "NotInThePast", "dueOn must be today or later on the production's "
          + "calendar (" + caller.today() + " in " + zone + ")")
          .saying("input.incident.action.due-in-the-past", caller.today(), zone);
    }
    // Overdue once its due day has ended where the production shoots.
    Instant dueAt = input.dueOn() == null ? null : input.dueOn().plusDays(1).atStartOfDay(zone).toInstant();
    CorrectiveAction action = new CorrectiveAction(UUID.randomUUID(), incidentId, productionId, input.rootCauseId(),
        Choices.oneOf(ActionKind.class, "kind", input.kind()), input.what(), input.ownerId(), input.verifierId(),
        input.dueOn(), dueAt, caller.userId(), now());
    store.insert(action);
    scheduler.getObject().scheduleIfNotExists(CorrectiveActionTimer.job(action.id(), dueAt), dueAt);
    events.publishEvent(new CorrectiveActionAgreed(UUID.randomUUID(), productionId, caller.userId(),
        action.recordedAt(), incident.id(), action.id(), action.causeId(), action.kind(), action.what(),
        action.ownerId(), action.verifierId(), action.dueOn().toString(), dueAt));
    return investigations.view(caller, incidentId);
  }

  /** The owner records the action done; an overdue one stops escalating. */
  @Transactional
  public Investigations.InvestigationView done(UUID productionId, UUID incidentId, UUID actionId, Done input) {
    OnSet caller = desk.viewer(productionId);
    CorrectiveAction action = find(productionId, incidentId, actionId);
    if (!action.ownerId().equals(caller.userId())) {
      throw Investigations.denied("record corrective action " + actionId + " done", "not its owner",
          new AccessRefusedException("The owner of an action records it done.")
              .saying("input.incident.not-allowed.action-done"));
    }
    String note = Text.optional("note", input == null ? null : input.note(), ActionStep.MAX_NOTE);
    Long index = input == null ? null : input.settingChangeLedgerIndex();
    String settingKind = null;
    if (index != null) {
      LedgerEntry entry = investigations.ledgerEntry(productionId, index, "settingChangeLedgerIndex");
      if (!RULE_CHANGES.contains(entry.kind())) {
        String settings = String.join(", ", RULE_CHANGES.stream().sorted().toList());
        throw new InvalidInputException("settingChangeLedgerIndex", "RuleChange", "ledger entry " + index + " is "
            + entry.kind() + ", not a change of a production setting (" + settings + ")")
            .saying("input.incident.action.not-a-setting", index, entry.kind(), settings);
      }
      settingKind = entry.kind();
    }
    ActionProgress progress = new ActionProgress(action, store.steps(actionId));
    Optional<Refusal> refused = progress.done();
    if (refused.isPresent()) {
      throw investigations.refuse(productionId, caller.userId(), "corrective-action:" + actionId,
          "record the action done", refused.get());
    }
    Instant now = now();
    store.insert(new ActionStep(actionId, ActionStep.Kind.DONE, note, index, settingKind, caller.userId(), now));
    overdue.done(actionId, now);
    events.publishEvent(new CorrectiveActionDone(UUID.randomUUID(), productionId, caller.userId(), now, incidentId,
        actionId, note, index, settingKind));
    return investigations.view(caller, incidentId);
  }

  /**
   * Someone other than the owner (the verifier named for it, or else the safety advisor) records whether it works.
   * The owner is refused with the rule, and the refusal recorded; anyone else who may not is refused and logged.
   */
  @Transactional
  public Investigations.InvestigationView verify(UUID productionId, UUID incidentId, UUID actionId,
      Verification input) {
    OnSet caller = desk.viewer(productionId);
    CorrectiveAction action = find(productionId, incidentId, actionId);
    Optional<Refusal> own = verifiedByAnother.check(action, caller.userId());
    if (own.isPresent()) {
      throw investigations.refuse(productionId, caller.userId(), "corrective-action:" + actionId,
          "verify the action", own.get());
    }
    if (!verifiedByAnother.mayVerify(action, caller.userId(), caller.roles())) {
      throw Investigations.denied("verify corrective action " + actionId, "not its verifier",
          action.verifierId() == null
              ? new AccessRefusedException("This action is verified by the safety advisor.")
                  .saying("input.incident.not-allowed.verify-action.safety-advisor")
              : new AccessRefusedException("This action is verified by the verifier named for it.")
                  .saying("input.incident.not-allowed.verify-action.verifier"));
    }
    if (input == null || input.effective() == null) {
      throw new InvalidInputException("effective", "Required", "effective is required: true if it works, false if not")
          .saying("input.incident.action.effective-required");
    }
    String note = Text.optional("note", input.note(), ActionStep.MAX_NOTE);
    ActionProgress progress = new ActionProgress(action, store.steps(actionId));
    Optional<Refusal> refused = progress.verify();
    if (refused.isPresent()) {
      throw investigations.refuse(productionId, caller.userId(), "corrective-action:" + actionId,
          "verify the action", refused.get());
    }
    Instant now = now();
    store.insert(new ActionStep(actionId, input.effective() ? ActionStep.Kind.EFFECTIVE
        : ActionStep.Kind.NOT_EFFECTIVE, note, null, null, caller.userId(), now));
    events.publishEvent(new CorrectiveActionVerified(UUID.randomUUID(), productionId, caller.userId(), now,
        incidentId, actionId, input.effective(), note));
    return investigations.view(caller, incidentId);
  }

  /**
   * The action's timer: its due day has ended. Not done yet, it is recorded overdue (once) and escalates through
   * the production's policy for the incident's severity, counted from its due time; done, nothing happens.
   */
  @Transactional
  void due(UUID actionId, Instant dueAt) {
    CorrectiveAction action = store.lockAction(actionId).orElse(null);
    if (action == null) {
      return;
    }
    ActionProgress progress = new ActionProgress(action, store.steps(actionId));
    if (progress.step(ActionStep.Kind.DONE).isPresent() || progress.status() != ActionStatus.OPEN) {
      return;
    }
    Incident incident = incidents.find(action.productionId(), action.incidentId());
    if (store.insert(new ActionStep(actionId, ActionStep.Kind.OVERDUE, null, null, null, null, now()))) {
      events.publishEvent(new CorrectiveActionOverdue(UUID.randomUUID(), action.productionId(), null, action.dueAt(),
          action.incidentId(), actionId, action.dueAt()));
    }
    String owner = crew.member(action.productionId(), action.ownerId()).map(m -> m.displayName()).orElse("?");
    overdue.overdue(new OverdueWork.Overdue(OverdueWork.Kind.CORRECTIVE_ACTION, actionId, action.productionId(),
        incident.severity(), action.what() + " (owner: " + owner + ", due " + action.dueOn() + ")",
        "/productions/" + action.productionId() + "/incidents/" + action.incidentId()), action.dueAt());
  }

  private CorrectiveAction find(UUID productionId, UUID incidentId, UUID actionId) {
    incidents.find(productionId, incidentId);
    return store.lockAction(actionId)
        .filter(a -> a.productionId().equals(productionId) && a.incidentId().equals(incidentId))
        .orElseThrow(() -> new NotFoundException("no corrective action " + actionId + " on this incident")
            .saying("input.incident.not-found.corrective-action", actionId));
  }

  private void onTheCrew(UUID productionId, String field, UUID userId) {
    if (userId != null && crew.member(productionId, userId).isEmpty()) {
      throw new InvalidInputException(field, "OnTheCrew", "no one with account " + userId
          + " on this production's crew").saying("input.incident.action.not-on-crew", userId);
    }
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
