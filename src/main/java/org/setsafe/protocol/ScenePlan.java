package org.setsafe.protocol;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.setsafe.custody.domain.WeaponKind;
import org.setsafe.protocol.domain.Protection;
import org.setsafe.protocol.domain.SignOffCapacity;
import org.setsafe.shared.ReadersWords;
import org.setsafe.shared.Refusal.Said;

/**
 * A scene's weapon plan as the pages, the API, the day's agenda and readiness read it: the version in force, the
 * earlier ones, whether it is approved, and the rehearsals called.
 */
public record ScenePlan(UUID productionId, UUID sceneId, String sceneNumber, String sceneDescription,
    boolean firearmsScene, String placement, int minBlankDistanceFeet, Version current, List<Version> earlier,
    Status status, List<Rehearsal> rehearsals, boolean rehearsalUncleared, @JsonIgnore Said placementWords) {

  /** Where and when the scene shoots, in the language of the page being answered; the API answers the English. */
  public String placementForReader() {
    return ReadersWords.say(placementWords, placement);
  }

  /**
   * Whether the plan is approved: state {@code none} (no plan), {@code approved}, {@code awaiting} (sign-offs
   * missing) or {@code lapsed} (the scene moved since a sign-off); in words, with each lapse and each awaited
   * sign-off. {@code awaiting} are the sign-offs never given for this version, {@code signAgain} those given and
   * lapsed since: both must be given before the weapons leave lock-up. {@code summaryWords} says the summary in bundle
   * words, for a page or the meeting in the reader's language ({@code null} when there are none); the API answers the
   * English summary only.
   */
  public record Status(String state, boolean approved, String summary, @JsonIgnore Said summaryWords,
      List<String> lapses,
      List<SignOffCapacity> awaiting, List<SignOffCapacity> signAgain, @JsonIgnore Said lapsesSaid) {

    /** The summary in the language of the page being answered. */
    public String summaryForReader() {
      return ReadersWords.say(summaryWords, summary);
    }
  }

  public record Version(UUID id, int version, boolean discharge, String load, String directionOfFire,
      List<Line> lines, List<InLine> lineOfFire, String changeNote, UUID recordedBy, String recordedByName,
      Instant recordedAt, List<SignOff> signOffs) {}

  public record Line(UUID weaponId, String weaponLabel, WeaponKind weaponKind, boolean firearm, UUID performerId,
      String performerName, boolean pointed, String pointedToward, String replicaReason) {}

  /** Someone or something in the line of fire: {@code subject} is the person's name or the thing. */
  public record InLine(UUID personId, String thing, String subject, Protection protection, int distanceFeet) {}

  public record SignOff(SignOffCapacity capacity, UUID signedBy, String signedByName, Instant signedAt,
      LocalDate shootingDate, String location, boolean counts, String lapse, @JsonIgnore Said lapseWords) {

    /** Why the sign-off no longer counts, in the language of the page being answered. */
    public String lapseForReader() {
      return ReadersWords.say(lapseWords, lapse);
    }
  }

  public record Rehearsal(UUID id, UUID calledBy, String calledByName, Instant calledAt, String note,
      boolean cleared, List<SignOffCapacity> awaiting, List<Clearance> clearances) {}

  public record Clearance(SignOffCapacity capacity, UUID clearedBy, String clearedByName, Instant clearedAt,
      String note) {}
}
