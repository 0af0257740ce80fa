package org.setsafe.custody.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.production.CrewRole;
import org.setsafe.shared.Refusal;

/**
 * A weapon goes only to a performer in a scene being shot today (California Labor Code §9153(a)(1)–(2):
 * the armorer hands it to the performer). Not to a 1st AD to pass along, not for tomorrow's scene, not to a
 * performer who is not in this scene's cast.
 */
public final class IssueOnlyToPerformerOnTodaysScenePolicy {

  public static final String RULE = "custody.issue-only-to-performer-on-todays-scene";

  public Optional<Refusal> check(UUID recipientId, Set<CrewRole> recipientRoles, SceneCall scene, LocalDate today) {
    if (!recipientRoles.contains(CrewRole.PERFORMER)) {
      return refuse("A weapon is issued only to a performer (California Labor Code §9153(a)(1)–(2)); "
          + "the armorer hands it over directly, never through someone else.", "not-a-performer");
    }
    if (scene.shootingDate() == null || !scene.shootingDate().equals(today)) {
      return refuse("Scene " + scene.number() + " is not on today's call sheet; a weapon is issued only for a "
          + "scene being shot today.", "not-today", scene.number());
    }
    if (!scene.cast().contains(recipientId)) {
      return refuse("The performer is not in the cast of scene " + scene.number() + "; a weapon is issued only to "
          + "a performer in the scene.", "not-in-cast", scene.number());
    }
    return Optional.empty();
  }

  private static Optional<Refusal> refuse(String reason, String variant, Object... args) {
    return Optional.of(new Refusal(RULE, reason).saying("reason." + RULE + "." + variant, args));
  }
}
