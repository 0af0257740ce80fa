package org.setsafe.incident;

import java.util.UUID;

/**
 * What an investigation has gathered about an incident, as the other parts of the investigation cite it: a root
 * cause may point at a witness statement only if that statement was given for the same incident.
 */
public interface InvestigationRecord {

  /** Whether {@code statementId} names a statement (any of its versions) given for {@code incidentId}. */
  boolean hasStatement(UUID incidentId, UUID statementId);
}
