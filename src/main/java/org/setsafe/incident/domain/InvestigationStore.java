package org.setsafe.incident.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where the report's sign-offs, the investigators' grants and their reads live: inserts and reads only. */
public interface InvestigationStore {

  /** One read an investigator made, with the grant's name and organisation. */
  record Read(UUID id, UUID grantId, String name, String organisation, String what, Instant readAt) {}

  void insertSignOff(SignOff signOff);

  /** The incident's sign-offs, oldest first. */
  List<SignOff> signOffs(UUID incidentId);

  void insertGrant(InvestigatorGrant grant, String tokenHash);

  /** The incident's grants, newest first. */
  List<InvestigatorGrant> grants(UUID incidentId);

  Optional<InvestigatorGrant> grant(UUID incidentId, UUID grantId);

  /** The grant whose link hashes to this, with the stored hash for the constant-time comparison. */
  Optional<Keyed> grantByTokenHash(String tokenHash);

  record Keyed(InvestigatorGrant grant, String tokenHash) {}

  void insertRevocation(UUID grantId, InvestigatorGrant.Revocation revocation);

  void insertRead(Read read, UUID incidentId);

  /** Every read of the incident's investigators, newest first. */
  List<Read> reads(UUID incidentId);

  /** How many reads each grant made. */
  long readsBy(UUID grantId);
}
