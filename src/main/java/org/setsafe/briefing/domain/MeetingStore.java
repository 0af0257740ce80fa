package org.setsafe.briefing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
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

  /** A meeting that covered a scene, with when it was recorded held (null while it is not). */
  record CoveringRow(StoredMeeting meeting, Instant heldAt) {}

  /** The meetings of the production on that day that covered this scene, in the order they were opened. */
  List<CoveringRow> meetingsCovering(UUID productionId, LocalDate date, UUID sceneId);

  /**
   * What the safety meeting gate compares of an item read out: which source, its title and its fingerprint. The
   * lines and their words are not needed to tell whether the scene changed since, and are the costly part to read.
   */
  record ReadOut(String source, String title, String fingerprint) {}

  /**
   * The items on this scene each of these meetings read out, by meeting, each meeting's in the order read: their
   * source, title and fingerprint only.
   */
  Map<UUID, List<ReadOut>> sceneReadOutsOf(Collection<UUID> meetingIds, UUID sceneId);

  /** The acknowledgments of these meetings, oldest first. */
  List<StoredAcknowledgment> acknowledgmentsOfEach(Collection<UUID> meetingIds);

  List<CoveredScene> scenesOf(UUID meetingId);

  List<StoredItem> itemsOf(UUID meetingId);

  void insertAcknowledgment(StoredAcknowledgment acknowledgment);

  /** Oldest first. */
  List<StoredAcknowledgment> acknowledgmentsOf(UUID meetingId);

  void insertHeld(StoredHeld held);

  Optional<StoredHeld> heldOf(UUID meetingId);
}
