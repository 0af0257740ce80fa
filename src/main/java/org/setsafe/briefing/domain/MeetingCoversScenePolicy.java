package org.setsafe.briefing.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.setsafe.shared.Refusal;

/**
 * A firearm goes to a performer only after a safety meeting held today covered the scene, on the scene as it is
 * now, and the performer acknowledged that meeting on their own phone. California Labor Code §9153(a)(4) requires
 * a safety meeting whenever firearms are in a scene; industry safety bulletin #1, one every day firearms are
 * handled. A scene whose plan, assessment or hazards changed after the meeting needs a new meeting (management of
 * change, ISO 45001 8.1.3).
 */
public final class MeetingCoversScenePolicy {

  public static final String RULE = "briefing.safety-meeting";
  private static final String SOURCES = "California Labor Code §9153(a)(4); Industry Safety Bulletin #1";
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  /**
   * A meeting of the day that covers the scene: when it opened, when it was recorded held (null while open),
   * the scene's agenda items it covered (item label to fingerprint), and who acknowledged it.
   */
  public record CoveringMeeting(UUID id, Instant openedAt, Instant heldAt, Map<String, String> fingerprints,
      Set<UUID> acknowledgedBy) {
    public CoveringMeeting {
      fingerprints = Map.copyOf(fingerprints);
      acknowledgedBy = Set.copyOf(acknowledgedBy);
    }

    boolean held() {
      return heldAt != null;
    }
  }

  /**
   * Whether the firearm may go to the performer for this scene.
   *
   * @param meetings the day's meetings covering the scene, held or not
   * @param current the scene's agenda items now (label to fingerprint)
   */
  public Optional<Refusal> check(String sceneNumber, List<CoveringMeeting> meetings,
      Map<String, String> current, UUID performerId, String performerName, ZoneId zone) {
    List<CoveringMeeting> held = meetings.stream().filter(CoveringMeeting::held)
        .sorted(Comparator.comparing(CoveringMeeting::openedAt)).toList();
    if (held.isEmpty()) {
      Optional<CoveringMeeting> open = meetings.stream().max(Comparator.comparing(CoveringMeeting::openedAt));
      if (open.isPresent()) {
        return refuse("The safety meeting opened at " + time(open.get().openedAt(), zone) + " for scene " + sceneNumber
            + " is not recorded as held yet; the 1st AD or safety advisor records it held once everyone has"
            + " acknowledged it (" + SOURCES + ").", "not-held", time(open.get().openedAt(), zone), sceneNumber);
      }
      return refuse("No safety meeting held today covers scene " + sceneNumber + ": a safety meeting is required"
          + " whenever firearms are in a scene, every day they are handled (" + SOURCES + ").", "none", sceneNumber);
    }
    List<CoveringMeeting> onTheSceneAsItIs = held.stream().filter(m -> m.fingerprints().equals(current)).toList();
    if (onTheSceneAsItIs.isEmpty()) {
      CoveringMeeting latest = held.get(held.size() - 1);
      return refuse("Scene " + sceneNumber + " changed after the " + time(latest.openedAt(), zone) + " meeting ("
          + String.join("; ", changes(latest.fingerprints(), current)) + "); hold a new meeting before a firearm is"
          + " issued for it (" + SOURCES + "; ISO 45001 8.1.3).", "changed", sceneNumber,
          time(latest.openedAt(), zone), String.join("; ", changes(latest.fingerprints(), current)));
    }
    boolean acknowledged = onTheSceneAsItIs.stream().anyMatch(m -> m.acknowledgedBy().contains(performerId));
    if (!acknowledged) {
      CoveringMeeting latest = onTheSceneAsItIs.get(onTheSceneAsItIs.size() - 1);
      return refuse(performerName + " has not acknowledged the " + time(latest.openedAt(), zone) + " safety meeting"
          + " for scene " + sceneNumber + ": a firearm goes only to a performer who acknowledged the day's meeting"
          + " on their own phone (" + SOURCES + ").", "not-acknowledged", performerName,
          time(latest.openedAt(), zone), sceneNumber);
    }
    return Optional.empty();
  }

  /** What differs between the items at the meeting and now, in words: "Weapon plan — Sc. 12A changed". */
  static List<String> changes(Map<String, String> then, Map<String, String> now) {
    List<String> changes = new ArrayList<>();
    Set<String> labels = new TreeSet<>(then.keySet());
    labels.addAll(now.keySet());
    for (String label : labels) {
      String before = then.get(label);
      String after = now.get(label);
      if (before == null) {
        changes.add(label + " added");
      } else if (after == null) {
        changes.add(label + " removed");
      } else if (!before.equals(after)) {
        changes.add(label + " changed");
      }
    }
    return changes;
  }

  private static String time(Instant at, ZoneId zone) {
    return HH_MM.format(at.atZone(zone));
  }

  /** {@code args}: the values of the reason as it prints them, for its words {@code reason.<rule>.<variant>}. */
  private static Optional<Refusal> refuse(String reason, String variant, Object... args) {
    return Optional.of(new Refusal(RULE, reason).saying("reason." + RULE + "." + variant, args));
  }
}
