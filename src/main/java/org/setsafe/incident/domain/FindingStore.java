package org.setsafe.incident.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where an incident's root causes, its investigation's steps and its corrective actions live: inserts and reads. */
public interface FindingStore {

  void insert(RootCause version);

  /** Every version of every root cause of the incident. */
  List<RootCause> rootCauses(UUID incidentId);

  List<Investigation.Step> investigationSteps(UUID incidentId);

  /** The incident's steps, its rows locked until the transaction ends, so two closings at once do not both pass. */
  List<Investigation.Step> lockSteps(UUID incidentId);

  void insert(Investigation.Step step);

  void insert(CorrectiveAction action);

  List<CorrectiveAction> actions(UUID incidentId);

  /** The action, locked until the transaction ends. */
  Optional<CorrectiveAction> lockAction(UUID actionId);

  List<ActionStep> steps(UUID actionId);

  /** False when the action already took this step. */
  boolean insert(ActionStep step);
}
