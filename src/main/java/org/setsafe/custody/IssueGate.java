package org.setsafe.custody;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.custody.domain.RoundClass;
import org.setsafe.production.Scene;
import org.setsafe.shared.Refusal;
import org.setsafe.shared.Refusal.Said;

/**
 * A check another module makes before a weapon goes to a performer: the scene's weapon plan and risk assessment,
 * the day's safety meeting, the day's dedicated armorer. Custody asks every gate after its own rules pass, inside
 * the issuing transaction; a refusal is recorded and answered like any custody refusal, under the gate's rule.
 * Custody knows none of the gates by name, so the modules that plan a scene depend on custody, not the reverse.
 */
public interface IssueGate {

  /** Empty when the issue may go ahead; otherwise the rule it breaks and why, in words the armorer reads. */
  Optional<Refused> check(WeaponIssue issue);

  /**
   * The issue being asked for: which weapon (and whether it is a firearm rather than a replica or rubber prop),
   * by which armorer, to which performer, for which scene, shot on which day, at which moment. The scene is the one
   * custody loaded for its own rules, in the same transaction: a gate reads what it needs about that one scene from
   * it and checks no one's access again (custody has resolved the armorer on the production).
   */
  record WeaponIssue(UUID productionId, UUID weaponId, String weaponLabel, boolean firearm, UUID armorerId,
      UUID performerId, Scene scene, LocalDate shootingDate, Instant at, Shown shown) {

    public WeaponIssue {
      Objects.requireNonNull(scene, "scene");
      shown = shown == null ? Shown.NOTHING : shown;
    }

    /** An issue with nothing said about what was shown (a gate that does not look at the load). */
    public WeaponIssue(UUID productionId, UUID weaponId, String weaponLabel, boolean firearm, UUID armorerId,
        UUID performerId, Scene scene, LocalDate shootingDate, Instant at) {
      this(productionId, weaponId, weaponLabel, firearm, armorerId, performerId, scene, shootingDate, at,
          Shown.NOTHING);
    }

    public UUID sceneId() {
      return scene.id();
    }
  }

  /**
   * What the witnesses were shown before this issue: the weapon shown clear (empty), or its load, whose round
   * classes are listed, so that a scene's plan can refuse blanks where no discharge is planned.
   */
  record Shown(boolean clear, Set<RoundClass> rounds) {
    public static final Shown NOTHING = new Shown(false, Set.of());

    public Shown {
      rounds = rounds == null ? Set.of() : Set.copyOf(rounds);
    }

    /** Blanks among the rounds shown: anything that is not a dummy. */
    public boolean blanks() {
      return rounds.stream().anyMatch(round -> !round.dummy());
    }
  }

  /**
   * A gate's refusal: a dotted rule code in the gate's module (e.g. {@code protocol.weapon-plan}), a reason, and the
   * reason's bundle words when the gate's rule has some ({@code null} otherwise), so the page can say it in the
   * reader's language.
   */
  record Refused(String rule, String reason, Said said) {

    public Refused(String rule, String reason) {
      this(rule, reason, null);
    }

    /** A module's policy refusal, its words kept. */
    public static Refused of(Refusal refusal) {
      return new Refused(refusal.rule(), refusal.reason(), refusal.said());
    }
  }
}
