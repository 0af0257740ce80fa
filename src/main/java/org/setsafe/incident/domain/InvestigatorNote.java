package org.setsafe.incident.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Text;

/**
 * An investigator's note on an incident's timeline. Never edited: a correction is a new note that names the one it
 * corrects ({@code corrects}), and both stay. {@code about} is when what it tells of happened (null: not said), so
 * the timeline can put it where it belongs; {@code personIds} the crew it concerns.
 */
public record InvestigatorNote(UUID id, UUID incidentId, UUID productionId, String text, Instant about,
    UUID corrects, List<UUID> personIds, UUID writtenBy, Instant writtenAt) {

  public static final int MAX_TEXT = 4000;
  public static final int MAX_PEOPLE = 20;

  public InvestigatorNote {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(productionId, "productionId");
    Objects.requireNonNull(writtenBy, "writtenBy");
    Objects.requireNonNull(writtenAt, "writtenAt");
    text = Text.required("text", text, MAX_TEXT);
    if (about != null && about.isAfter(writtenAt)) {
      throw new InvalidInputException("about", "NotInTheFuture", "about must not be after now: a note tells of "
          + "what happened").saying("input.incident.note.about.not-in-the-future");
    }
    personIds = List.copyOf(personIds == null ? List.of() : personIds.stream().distinct().toList());
    if (personIds.size() > MAX_PEOPLE) {
      throw new InvalidInputException("personIds", "Size", "personIds must be at most " + MAX_PEOPLE)
          .saying("input.incident.note.people.at-most", MAX_PEOPLE);
    }
  }
}
