package org.setsafe.custody;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

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
   * by which armorer, to which performer, for which scene, shot on which day, at which moment.
   */
  record WeaponIssue(UUID productionId, UUID weaponId, String weaponLabel, boolean firearm, UUID armorerId,
      UUID performerId, UUID sceneId, LocalDate shootingDate, Instant at) {}

  /** A gate's refusal: a dotted rule code in the gate's module (e.g. {@code protocol.weapon-plan}) and a reason. */
  record Refused(String rule, String reason) {}
}
