package org.setsafe.briefing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.shared.Refusal.Said;

/** Safety meetings in storage. It only appends: a meeting recorded held is a row of its own, never a change. */
public interface MeetingStore {

  /** A meeting as opened: for which production and day, by whom, when. */
  record StoredMeeting(UUID id, UUID productionId, LocalDate date, UUID openedBy, Instant openedAt) {}

  /** A scene the meeting covers, with its number as it was at the meeting. */
  record CoveredScene(UUID sceneId, String number) {}

  /** One agenda item as read out at the meeting, with the fingerprint it had then; sceneId null for the day. */
  /**
   * An agenda item as it was read out; its words ({@code titleWords}, {@code lineWords}) as the agenda said them, so
   * that each person reads the meeting in their language. Items kept before words were kept have none.
   */
  record StoredItem(int position, UUID sceneId, String source, String title, List<String> lines, boolean concern,
      String fingerprint, Said titleWords, List<Said> lineWords) {
    public StoredItem {
      lines = List.copyOf(lines);
      lineWords = lineWords == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(lineWords));
    }
  }

  record StoredAcknowledgment(UUID meetingId, UUID userId, UUID factId, Instant acknowledgedAt) {}

  record StoredHeld(UUID meetingId, UUID heldBy, Instant heldAt) {}

  void insertMeeting(StoredMeeting meeting, List<CoveredScene> scenes, List<StoredItem> items);

  /** Locks the meeting's row against a concurrent acknowledgment or hold, so "held" closes it for good. */
  Optional<StoredMeeting> lockMeeting(UUID productionId, UUID meetingId);

  Optional<StoredMeeting> meeting(UUID productionId, UUID meetingId);

  /** Every meeting of the production on that day, in the order they were opened. */
  List<StoredMeeting> meetingsOn(UUID productionId, LocalDate date);

  /**
   * What the safety meeting gate compares of an item read out: which source, its title and its fingerprint. The
   * lines and their words are not needed to tell whether the scene changed since, and are the costly part to read.
   */
  record ReadOut(String source, String title, String fingerprint) {}

  /**
   * A meeting that covered a scene, as the safety meeting gate weighs it: when it was opened, when it was recorded
   * held (null while it is not), the items on that scene it read out in the order read, and whether the performer
   * acknowledged it.
   */
  record StoredCovering(UUID id, Instant openedAt, Instant heldAt, List<ReadOut> readOuts,
      boolean performerAcknowledged) {
    public StoredCovering {
      readOuts = List.copyOf(readOuts);
    }
  }

  /**
   * The meetings of the production on that day that covered this scene, in the order they were opened, each with
   * its items on the scene and whether this performer acknowledged it: asked on every firearm issue, so in one read.
   */
  List<StoredCovering> meetingsCovering(UUID productionId, LocalDate date, UUID sceneId, UUID performerId);

  List<CoveredScene> scenesOf(UUID meetingId);

  List<StoredItem> itemsOf(UUID meetingId);

  void insertAcknowledgment(StoredAcknowledgment acknowledgment);

  /** Oldest first. */
  List<StoredAcknowledgment> acknowledgmentsOf(UUID meetingId);

  void insertHeld(StoredHeld held);

  Optional<StoredHeld> heldOf(UUID meetingId);
}
