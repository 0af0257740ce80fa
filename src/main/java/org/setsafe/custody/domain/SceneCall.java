package org.setsafe.custody.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.setsafe.shared.Refusal.Said;

/**
 * What the custody rules need to know about a scene from the call sheet: the day it is shot (none until
 * scheduled), its cast, the 1st AD running it and the camera head when there is one. The service builds it
 * from the schedule; custody does not read the schedule itself.
 */
public record SceneCall(UUID sceneId, String number, LocalDate shootingDate, Set<UUID> cast, UUID firstAdId,
    UUID cameraHeadId) {

  public SceneCall {
    Checks.id("sceneId", sceneId);
    number = Checks.text("number", number);
    cast = cast == null ? Set.of() : Set.copyOf(cast);
    Checks.id("firstAdId", firstAdId);
  }

  public boolean hasCameraHead() {
    return cameraHeadId != null;
  }

  /**
   * Who must see a weapon shown clear before it goes to this performer: the performer, the 1st AD and the
   * camera head where the scene has one (industry practice: Ontario guideline 39, Manitoba guideline 22).
   */
  public Set<UUID> requiredWitnesses(UUID performerId) {
    Set<UUID> witnesses = new LinkedHashSet<>();
    witnesses.add(performerId);
    witnesses.add(firstAdId);
    if (hasCameraHead()) {
      witnesses.add(cameraHeadId);
    }
    return Set.copyOf(witnesses);
  }

  /** Names the witness's part in the scene, for reasons people read. */
  String partOf(UUID witness, UUID performerId) {
    if (witness.equals(performerId)) {
      return "the performer";
    }
    if (witness.equals(firstAdId)) {
      return "the 1st AD";
    }
    return witness.equals(cameraHeadId) ? "the camera head" : "witness " + witness;
  }

  /** {@link #partOf} as bundle words, so a reason read in another language names the part in it too. */
  Said partSaid(UUID witness, UUID performerId) {
    if (witness.equals(performerId)) {
      return Said.of("reason.part.performer");
    }
    if (witness.equals(firstAdId)) {
      return Said.of("reason.part.first-ad");
    }
    return witness.equals(cameraHeadId) ? Said.of("reason.part.camera-head") : Said.of("reason.part.witness", witness);
  }

  /**
   * The parts of these witnesses joined with "and", in the order {@link #partOf} sorts them in English, as words;
   * at most the three a scene requires.
   */
  Said partsSaid(Set<UUID> witnesses, UUID performerId) {
    List<Said> parts = witnesses.stream().sorted(Comparator.comparing((UUID w) -> partOf(w, performerId)))
        .map(w -> partSaid(w, performerId)).toList();
    return new Said("reason.parts." + parts.size(), List.copyOf(parts));
  }
}
