package org.setsafe.incident;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.setsafe.identity.SignedInUser;
import org.setsafe.incident.IncidentEvents.IncidentRefused;
import org.setsafe.incident.FindingEvents.InvestigationClosed;
import org.setsafe.incident.FindingEvents.InvestigationReopened;
import org.setsafe.incident.FindingEvents.RootCauseRecorded;
import org.setsafe.incident.domain.ActionProgress;
import org.setsafe.incident.domain.ActionStep;
import org.setsafe.incident.domain.Incident;
import org.setsafe.incident.domain.Investigation;
import org.setsafe.incident.domain.FindingStore;
import org.setsafe.incident.domain.RootCause;
import org.setsafe.ledger.Ledger;
import org.setsafe.ledger.LedgerEntry;
import org.setsafe.production.CrewList;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Member;
import org.setsafe.production.OnSet;
import org.setsafe.reporting.EscalationStatus;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.NotFoundException;
import org.setsafe.shared.Refusal;
import org.setsafe.shared.RefusalRecorder;
import org.setsafe.shared.RuleRefusedException;
import org.setsafe.shared.SecurityAudit;
import org.setsafe.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An incident's investigation: root causes (five-whys chains and contributing factors) each linked to what shows
 * it in the ledger or in a statement, recorded by those who answer for the production's safety (the safety advisor,
 * UPM, producer) and never edited, only superseded; and closing it. The safety advisor closes and re-opens it: the
 * one role with no other duty on the production and with the authority to halt it (Labor Code §§9151–9152.5), so
 * those who answer for budget and schedule do not decide that the causes are found (ISO 45001 5.3, 10.2). Everyone
 * on the production reads it; strangers get 404; refused steps are logged and recorded.
 */
@Service
public class Investigations {

  /** Who records root causes and corrective actions. */
  static final Set<CrewRole> INVESTIGATORS = EnumSet.of(CrewRole.SAFETY_ADVISOR, CrewRole.UPM, CrewRole.PRODUCER);

  /** A step of a five-whys chain as sent. */
  public record WhyInput(String why, String because) {}

  /** What shows a cause as sent: a ledger entry by its index, or a statement by its id. */
  public record EvidenceInput(Long ledgerIndex, UUID statementId) {}

  /** A root cause as an investigator records it (or supersedes one). */
  public record NewRootCause(String form, String category, String summary, List<WhyInput> whys,
      List<EvidenceInput> evidence) {}

  public record EvidenceView(Long ledgerIndex, String ledgerKind, UUID statementId) {}

  public record RootCauseView(UUID id, int version, UUID versionId, CauseForm form, CauseCategory category,
      String summary, List<WhyInput> whys, List<EvidenceView> evidence, String recordedBy, Instant recordedAt,
      List<Integer> earlierVersions) {}

  public record SettingChangeView(long ledgerIndex, String kind) {}

  public record ActionView(UUID id, UUID rootCauseId, ActionKind kind, String what, UUID ownerId, String owner,
      LocalDate dueOn, Instant dueAt, String verifier, ActionStatus status, boolean wentOverdue, String escalation,
      Instant doneAt, String doneNote, SettingChangeView settingChange, String verifiedBy, Instant verifiedAt,
      String verificationNote) {}

  public record StepView(Investigation.Step.Kind step, String reason, String by, Instant at) {}

  public record InvestigationView(UUID incidentId, boolean closed, List<RootCauseView> rootCauses,
      List<ActionView> actions, List<StepView> steps, boolean mayRecord, boolean mayClose) {}

  /** Closing or re-opening, with why. */
  public record StepInput(String reason) {}

  private final FindingStore store;
  private final Incidents incidents;
  private final IncidentDesk desk;
  private final CrewList crew;
  private final Ledger ledger;
  private final List<InvestigationRecord> records;
  private final EscalationStatus escalation;
  private final RefusalRecorder refusals;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Investigations(FindingStore store, Incidents incidents, IncidentDesk desk, CrewList crew, Ledger ledger,
      List<InvestigationRecord> records, EscalationStatus escalation, RefusalRecorder refusals,
      ApplicationEventPublisher events, Clock clock) {
    this.store = store;
    this.incidents = incidents;
    this.desk = desk;
    this.crew = crew;
    this.ledger = ledger;
    this.records = List.copyOf(records);
    this.escalation = escalation;
    this.refusals = refusals;
    this.events = events;
    this.clock = clock;
  }

  // ---- root causes ----

  @Transactional
  public InvestigationView recordRootCause(UUID productionId, UUID incidentId, NewRootCause input) {
    return record(productionId, incidentId, null, input);
  }

  /** A new version of a root cause; the earlier one stays on the record. */
  @Transactional
  public InvestigationView supersede(UUID productionId, UUID incidentId, UUID rootCauseId, NewRootCause input) {
    return record(productionId, incidentId, rootCauseId, input);
  }

  private InvestigationView record(UUID productionId, UUID incidentId, UUID supersedes, NewRootCause input) {
    OnSet caller = investigator(productionId, "record a root cause of incident " + incidentId);
    Incident incident = incidents.find(productionId, incidentId);
    Investigation investigation = new Investigation(store.rootCauses(incidentId), store.lockSteps(incidentId));
    RootCause earlier = supersedes == null ? null : investigation.rootCause(supersedes)
        .orElseThrow(() -> new NotFoundException("no root cause " + supersedes + " on this incident")
            .saying("input.incident.not-found.root-cause", supersedes));
    Optional<Refusal> refused = investigation.record();
    if (refused.isPresent()) {
      throw refuse(productionId, caller.userId(), "incident:" + incidentId, "record a root cause", refused.get());
    }
    if (input == null) {
      throw new InvalidInputException("form", "Required", "form is required: FIVE_WHYS or FACTOR")
          .saying("input.incident.cause.form-required");
    }
    List<RootCause.Why> whys = input.whys() == null ? List.of() : input.whys().stream()
        .map(w -> w == null ? null : new RootCause.Why(w.why(), w.because())).toList();
    RootCause cause = new RootCause(UUID.randomUUID(), earlier == null ? UUID.randomUUID() : earlier.causeId(),
        earlier == null ? 1 : earlier.version() + 1, incident.id(), productionId,
        Choices.oneOf(CauseForm.class, "form", input.form()), Choices.oneOf(CauseCategory.class, "category",
            input.category()), input.summary(), whys, evidence(productionId, incidentId, input.evidence()),
        caller.userId(), now());
    store.insert(cause);
    events.publishEvent(new RootCauseRecorded(UUID.randomUUID(), productionId, caller.userId(), cause.recordedAt(),
        incidentId, cause.causeId(), cause.version(), earlier == null ? null : earlier.id(), cause.form(),
        cause.category(), cause.summary(), cause.whys().stream().map(w -> w.why() + " → " + w.because()).toList(),
        cause.evidence().stream().map(RootCause.EvidenceRef::ledgerIndex).filter(i -> i != null).toList(),
        cause.evidence().stream().map(RootCause.EvidenceRef::statementId).filter(i -> i != null).toList()));
    return view(caller, incidentId);
  }

  /**
   * What shows a cause, checked: a ledger entry must be in this production's log (the ledger answers only for the
   * production's own log), a statement must be one the investigation holds for this incident.
   */
  private List<RootCause.EvidenceRef> evidence(UUID productionId, UUID incidentId, List<EvidenceInput> input) {
    List<RootCause.EvidenceRef> refs = new ArrayList<>();
    List<EvidenceInput> given = input == null ? List.of() : input;
    if (given.size() > RootCause.MAX_EVIDENCE) {
      throw new InvalidInputException("evidence", "Size", "evidence must be at most " + RootCause.MAX_EVIDENCE
          + " links").saying("input.incident.cause.evidence-size", RootCause.MAX_EVIDENCE);
    }
    for (int i = 0; i < given.size(); i++) {
      EvidenceInput e = given.get(i);
      String field = "evidence[" + i + "]";
      if (e == null || (e.ledgerIndex() == null) == (e.statementId() == null)) {
        throw new InvalidInputException(field, "OneOf", field + " names a ledgerIndex or a statementId, one of them")
            .saying("input.incident.cause.evidence-one-of", field);
      }
      if (e.ledgerIndex() != null) {
        LedgerEntry entry = ledgerEntry(productionId, e.ledgerIndex(), field + ".ledgerIndex");
        refs.add(new RootCause.EvidenceRef(entry.index(), entry.kind(), null));
      } else {
        if (records.stream().noneMatch(r -> r.hasStatement(incidentId, e.statementId()))) {
          throw new InvalidInputException(field + ".statementId", "Exists",
              "no statement " + e.statementId() + " given for this incident")
              .saying("input.incident.cause.no-statement", e.statementId());
        }
        refs.add(new RootCause.EvidenceRef(null, null, e.statementId()));
      }
    }
    return refs;
  }

  LedgerEntry ledgerEntry(UUID productionId, long index, String field) {
    if (index < 0) {
      throw new InvalidInputException(field, "Exists", field + " must be an entry of this production's ledger")
          .saying("input.incident.ledger.not-an-entry", field);
    }
    try {
      return ledger.entry(productionId, index);
    } catch (NotFoundException missing) {
      throw new InvalidInputException(field, "Exists", "no entry " + index + " in this production's ledger")
          .saying("input.incident.ledger.no-entry", index);
    }
  }

  // ---- closing ----

  /** The safety advisor closes the investigation: refused, and the refusal recorded, without a shown root cause. */
  @Transactional
  public InvestigationView close(UUID productionId, UUID incidentId, StepInput input) {
    OnSet caller = safetyAdvisor(productionId, incidentId, "close");
    incidents.find(productionId, incidentId);
    String reason = Text.optional("reason", input == null ? null : input.reason(), 2000);
    Investigation investigation = new Investigation(store.rootCauses(incidentId), store.lockSteps(incidentId));
    Optional<Refusal> refused = investigation.close();
    if (refused.isPresent()) {
      throw refuse(productionId, caller.userId(), "incident:" + incidentId, "close the investigation",
          refused.get());
    }
    Investigation.Step step = new Investigation.Step(UUID.randomUUID(), incidentId, productionId,
        investigation.nextPosition(), Investigation.Step.Kind.CLOSED, reason, caller.userId(), now());
    store.insert(step);
    events.publishEvent(new InvestigationClosed(UUID.randomUUID(), productionId, caller.userId(), step.takenAt(),
        incidentId, investigation.rootCauses().stream().map(RootCause::causeId).toList(), reason));
    return view(caller, incidentId);
  }

  /** The safety advisor re-opens a closed investigation, saying why. */
  @Transactional
  public InvestigationView reopen(UUID productionId, UUID incidentId, StepInput input) {
    OnSet caller = safetyAdvisor(productionId, incidentId, "re-open");
    incidents.find(productionId, incidentId);
    String reason = Text.required("reason", input == null ? null : input.reason(), 2000);
    Investigation investigation = new Investigation(store.rootCauses(incidentId), store.lockSteps(incidentId));
    Optional<Refusal> refused = investigation.reopen();
    if (refused.isPresent()) {
      throw refuse(productionId, caller.userId(), "incident:" + incidentId, "re-open the investigation",
          refused.get());
    }
    Investigation.Step step = new Investigation.Step(UUID.randomUUID(), incidentId, productionId,
        investigation.nextPosition(), Investigation.Step.Kind.REOPENED, reason, caller.userId(), now());
    store.insert(step);
    events.publishEvent(new InvestigationReopened(UUID.randomUUID(), productionId, caller.userId(), step.takenAt(),
        incidentId, reason));
    return view(caller, incidentId);
  }

  // ---- reading ----

  @Transactional(readOnly = true)
  public InvestigationView investigation(UUID productionId, UUID incidentId) {
    OnSet reader = desk.viewer(productionId);
    incidents.find(productionId, incidentId);
    return view(reader, incidentId);
  }

  InvestigationView view(OnSet reader, UUID incidentId) {
    UUID productionId = reader.productionId();
    Map<UUID, String> names = names(productionId);
    Investigation investigation = new Investigation(store.rootCauses(incidentId), store.investigationSteps(incidentId));
    List<RootCauseView> causes = investigation.rootCauses().stream().map(c -> new RootCauseView(c.causeId(),
        c.version(), c.id(), c.form(), c.category(), c.summary(),
        c.whys().stream().map(w -> new WhyInput(w.why(), w.because())).toList(),
        c.evidence().stream().map(e -> new EvidenceView(e.ledgerIndex(), e.ledgerKind(), e.statementId())).toList(),
        names.getOrDefault(c.recordedBy(), "?"), c.recordedAt(),
        investigation.versionsOf(c.causeId()).stream().map(RootCause::version).filter(v -> v < c.version())
            .toList())).toList();
    List<ActionView> actions = store.actions(incidentId).stream()
        .map(a -> action(new ActionProgress(a, store.steps(a.id())), names)).toList();
    List<StepView> steps = investigation.steps().stream().map(s -> new StepView(s.step(), s.reason(),
        names.getOrDefault(s.takenBy(), "?"), s.takenAt())).toList();
    return new InvestigationView(incidentId, investigation.closed(), causes, actions, steps,
        reader.holdsAny(INVESTIGATORS), reader.holds(CrewRole.SAFETY_ADVISOR));
  }

  ActionView action(ActionProgress progress, Map<UUID, String> names) {
    var a = progress.action();
    Optional<ActionStep> done = progress.step(ActionStep.Kind.DONE);
    Optional<ActionStep> verified = progress.step(ActionStep.Kind.EFFECTIVE)
        .or(() -> progress.step(ActionStep.Kind.NOT_EFFECTIVE));
    return new ActionView(a.id(), a.causeId(), a.kind(), a.what(), a.ownerId(), names.getOrDefault(a.ownerId(), "?"),
        a.dueOn(), a.dueAt(), a.verifierId() == null ? "Safety advisor" : names.getOrDefault(a.verifierId(), "?"),
        progress.status(), progress.wentOverdue(), escalation.levelOf(a.productionId(), a.id()).orElse(null),
        done.map(ActionStep::takenAt).orElse(null), done.map(ActionStep::note).orElse(null),
        done.filter(d -> d.settingIndex() != null).map(d -> new SettingChangeView(d.settingIndex(), d.settingKind()))
            .orElse(null),
        verified.map(v -> names.getOrDefault(v.takenBy(), "?")).orElse(null),
        verified.map(ActionStep::takenAt).orElse(null), verified.map(ActionStep::note).orElse(null));
  }

  Map<UUID, String> names(UUID productionId) {
    return crew.members(productionId).stream().collect(Collectors.toMap(Member::userId, Member::displayName));
  }

  /** The investigation of an incident as recorded, unchecked: for the report's sections. */
  Investigation investigationOf(UUID incidentId) {
    return new Investigation(store.rootCauses(incidentId), store.investigationSteps(incidentId));
  }

  // ---- who may ----

  OnSet investigator(UUID productionId, String what) {
    OnSet caller = desk.viewer(productionId);
    if (!caller.holdsAny(INVESTIGATORS)) {
      throw denied(what + " on production " + productionId, "not the safety advisor, UPM or producer",
          new AccessRefusedException("Root causes and corrective actions are recorded by the safety advisor, the UPM "
              + "or a producer.").saying("input.incident.not-allowed.investigate"));
    }
    return caller;
  }

  private OnSet safetyAdvisor(UUID productionId, UUID incidentId, String what) {
    OnSet caller = desk.viewer(productionId);
    if (!caller.holds(CrewRole.SAFETY_ADVISOR)) {
      throw denied(what + " investigation of incident " + incidentId, "not the safety advisor",
          new AccessRefusedException("The safety advisor closes and re-opens an investigation: the one role with no "
              + "other duty on the production and the authority to halt it.")
              .saying("input.incident.not-allowed.close-investigation"));
    }
    return caller;
  }

  /** The refusal, logged for security with why it was made. */
  static AccessRefusedException denied(String what, String why, AccessRefusedException refused) {
    SecurityAudit.accessRefused(SignedInUser.current().map(SignedInUser::getUsername).orElse("-"), what, why);
    return refused;
  }

  RuleRefusedException refuse(UUID productionId, UUID actorId, String subject, String attempted, Refusal refusal) {
    IncidentRefused fact = refusals.record(new IncidentRefused(UUID.randomUUID(), productionId, actorId, now(),
        subject, attempted, refusal.rule(), refusal.reason()));
    return new RuleRefusedException(refusal.field() == null ? "incidentId" : refusal.field(), refusal,
        fact.factId().toString());
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
