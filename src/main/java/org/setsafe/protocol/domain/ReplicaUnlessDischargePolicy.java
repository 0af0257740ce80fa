package org.setsafe.protocol.domain;

import java.util.List;
import java.util.Optional;
import org.setsafe.protocol.domain.WeaponPlanContent.WeaponLine;
import org.setsafe.shared.Refusal;

/**
 * When the scene needs no discharge, the plan defaults to a non-firing replica: a real firearm needs a written
 * reason why a replica will not do, which the armorer and the safety advisor sign with the plan (hierarchy of
 * controls, ISO 45001 8.1.2; replica or VFX before blanks in the industry's guidance). On Rust the gun that fired
 * was a real one, in a rehearsal that needed no discharge.
 */
public final class ReplicaUnlessDischargePolicy {

  public static final String RULE = "protocol.replica-unless-discharge";
  public static final int MIN_REASON = 10;

  public Optional<Refusal> check(WeaponPlanContent plan) {
    if (plan.discharge()) {
      return Optional.empty();
    }
    List<WeaponLine> lines = plan.lines();
    for (int i = 0; i < lines.size(); i++) {
      WeaponLine line = lines.get(i);
      String reason = line.replicaReason() == null ? "" : line.replicaReason().strip();
      if (line.firearm() && reason.length() < MIN_REASON) {
        return Optional.of(new Refusal(RULE, "The scene needs no discharge,"
            + " so it takes a non-firing replica: " + line.weaponLabel() + " is a real firearm and needs a written"
            + " reason why a replica will not do (at least " + MIN_REASON + " characters), signed by the armorer and"
            + " the safety advisor (hierarchy of controls, ISO 45001 8.1.2).", "lines[" + i + "].replicaReason")
            .saying("reason.protocol.replica-unless-discharge", line.weaponLabel(), MIN_REASON));
      }
    }
    return Optional.empty();
  }
}
