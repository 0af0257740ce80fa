package org.setsafe.incident;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the investigation adds to an incident's timeline after the fact (a witness statement, an investigator's
 * note): the timeline merges it with the recorded facts in the order things happened, and marks it as added later,
 * so nobody mistakes a recollection for what the record showed at the time. Read unchecked: the timeline decides who
 * may see it.
 */
public interface AddedLater {

  /**
   * One addition. {@code about} is when what it tells of happened (null: not said); {@code addedAt} when it was
   * added; {@code kind} in the crew's words ("Statement", "Investigator's note"); {@code personIds} the crew it
   * concerns, for the timeline's filter by person.
   */
  record Entry(UUID id, String kind, Instant about, Instant addedAt, String addedBy, String text,
      List<UUID> personIds) {}

  /** Everything added to one incident, in any order. */
  List<Entry> addedTo(UUID incidentId);
}
