package org.setsafe.incident.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where witness statements live: inserts and reads only; a correction is a new version, a confirmation a new row. */
public interface StatementStore {

  /** Refused by the database when the statement has this version already (a correction raced another). */
  void insert(StatementVersion version);

  void insertConfirmation(UUID versionId, StatementVersion.Confirmation confirmation);

  /** One statement with all its versions, if it was given for this incident of this production. */
  Optional<Statement> statement(UUID productionId, UUID incidentId, UUID statementId);

  /** Every statement given for the incident, in the order first given. */
  List<Statement> statements(UUID incidentId);

  /** Whether this statement (any of its versions) was given for this incident. */
  boolean has(UUID incidentId, UUID statementId);
}
