package org.setsafe.escalation.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.reporting.Severity;

/** Escalations, their fired steps, policies and stop-work recipients. */
public interface EscalationStore {

  /** True the first time a reporting fact is seen; false when it was handed over again. */
  boolean firstSight(UUID factId, Instant at);

  boolean insert(Escalation escalation);

  /** Locks the report's escalation for a change, so two instances never change it at once. */
  Optional<Escalation> lock(UUID reportId);

  Optional<Escalation> find(UUID reportId);

  void update(Escalation escalation);

  /** True when the step is new; false when it had already fired. */
  boolean insertStep(Step step, UUID productionId, Instant dueAt, Instant firedAt);

  /** Fired steps of a report, in order: {@code round/step} with due and fired times. */
  List<FiredStep> steps(UUID reportId);

  record FiredStep(int round, String step, Instant dueAt, Instant firedAt) {}

  List<Escalation> open(UUID productionId);

  Map<Severity, EscalationPolicy> policies(UUID productionId);

  void savePolicy(UUID productionId, Severity severity, EscalationPolicy policy, UUID by, Instant at);

  boolean insertStopWork(UUID stopWorkId, UUID productionId, UUID sceneId, String reason, Set<UUID> recipients,
      Instant at);

  Optional<Set<UUID>> stopWorkRecipients(UUID stopWorkId);

  /** What an escalation is about when it is not a hazard report: its kind, in words, and where to open it. */
  record Subject(String kind, String what, String link) {}

  void insertSubject(UUID subjectId, String kind, String what, String link);

  /** Empty for a hazard report's escalation. */
  Optional<Subject> subject(UUID subjectId);
}
