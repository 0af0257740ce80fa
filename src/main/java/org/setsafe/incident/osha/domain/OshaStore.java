package org.setsafe.incident.osha.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where the OSHA records live: inserts and reads only. The latest establishment, decision or certification rules. */
public interface OshaStore {

  /** A case's number on the 300 log of its year. */
  record CaseNumber(UUID incidentId, int personPosition, int year, String number) {}

  void insert(Establishment establishment);

  Optional<Establishment> establishment(UUID productionId);

  void insert(CaseDecision decision);

  /** Every decision on the case, oldest first. */
  List<CaseDecision> decisions(UUID incidentId, int personPosition);

  /** The decision in force on each case of the production (the latest of each). */
  List<CaseDecision> decisionsInForce(UUID productionId);

  Optional<CaseNumber> caseNumber(UUID incidentId, int personPosition);

  /** Numbers the case: the next free number of the production's log for that year; locks the production's cases. */
  CaseNumber number(UUID productionId, UUID incidentId, int personPosition, int year, Instant at);

  List<CaseNumber> caseNumbers(UUID productionId, int year);

  void insert(Certification certification);

  Optional<Certification> certification(UUID productionId, int year);
}
