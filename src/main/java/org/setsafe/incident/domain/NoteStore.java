package org.setsafe.incident.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where investigators' notes live: inserts and reads only, since a note is never edited. */
public interface NoteStore {

  void insert(InvestigatorNote note, String textSha256);

  Optional<InvestigatorNote> note(UUID incidentId, UUID noteId);

  /** An incident's notes in the order they were written. */
  List<InvestigatorNote> notes(UUID incidentId);

  /** The production an incident belongs to, for what is read by incident alone (a report's sections). */
  Optional<UUID> productionOf(UUID incidentId);
}
