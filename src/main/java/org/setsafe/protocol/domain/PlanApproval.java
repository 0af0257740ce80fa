package org.setsafe.protocol.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.setsafe.shared.Refusal;
import org.setsafe.shared.Refusal.Said;

/**
 * Whether a plan version is approved now: both sign-offs on it (the armorer's and the safety advisor's), each
 * given for the placement the scene still has. A sign-off given before the scene moved to another day or
 * location has lapsed (management of change, ISO 45001 8.1.3; a risk assessment is revised when the location
 * changes, California Labor Code §9152). Computed on every read, never stored, so nothing can forget to lapse it.
 */
public record PlanApproval(boolean approved, List<SignOffCapacity> awaiting, List<Lapse> lapses) {

  /** A sign-off that no longer holds: the capacity, where the scene was when it was given, and where it is now. */
  public record Lapse(SignOffCapacity capacity, ScenePlacement signedFor, ScenePlacement now) {
    public String describe(String sceneNumber) {
      return "scene " + sceneNumber + " moved from " + signedFor.describe() + " to " + now.describe() + " after "
          + capacity.possessive() + " sign-off";
    }

    /** {@link #describe} as bundle words. */
    public Said said(String sceneNumber) {
      return Said.of("reason.protocol.weapon-plan.lapse", sceneNumber, signedFor.said(), now.said(),
          SaidParts.possessive(capacity));
    }
  }

  public PlanApproval {
    awaiting = List.copyOf(awaiting);
    lapses = List.copyOf(lapses);
  }

  /** From the sign-offs of one version, in the order recorded; the newest in each capacity counts. */
  public static PlanApproval of(List<PlanSignOff> signOffsOfVersion, ScenePlacement now) {
    Set<SignOffCapacity> missing = EnumSet.allOf(SignOffCapacity.class);
    List<Lapse> lapses = new ArrayList<>();
    for (PlanSignOff signOff : newestPerCapacity(signOffsOfVersion)) {
      if (signOff.placement().sameAs(now)) {
        missing.remove(signOff.capacity());
      } else {
        lapses.add(new Lapse(signOff.capacity(), signOff.placement(), now));
      }
    }
    lapses.removeIf(l -> !missing.contains(l.capacity()));
    List<SignOffCapacity> awaiting = missing.stream().filter(c -> lapses.stream().noneMatch(l -> l.capacity() == c))
        .toList();
    return new PlanApproval(missing.isEmpty(), awaiting, lapses);
  }

  /** The newest sign-off in each capacity (of sign-offs in the order recorded), in capacity order. */
  public static List<PlanSignOff> newestPerCapacity(List<PlanSignOff> signOffs) {
    java.util.Map<SignOffCapacity, PlanSignOff> newest = new java.util.EnumMap<>(SignOffCapacity.class);
    for (PlanSignOff signOff : signOffs) {
      newest.put(signOff.capacity(), signOff);
    }
    return List.copyOf(newest.values());
  }

  /** Why it is not approved, in words the armorer reads; empty when approved. */
  public Optional<String> whyNot(String sceneNumber) {
    return refusal(sceneNumber).map(Refusal::reason);
  }

  /** Why it is not approved, under the weapon-plan rule, with its words; empty when approved. */
  public Optional<Refusal> refusal(String sceneNumber) {
    if (approved) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    Said lapsed = null;
    Said awaited = null;
    if (!lapses.isEmpty()) {
      parts.add("The sign-offs lapsed: " + String.join("; ", lapses.stream().map(l -> l.describe(sceneNumber)).toList())
          + ". Sign the plan again for where the scene is now");
      lapsed = SaidParts.semicolons(lapses.stream().map(l -> l.said(sceneNumber)).toList());
    }
    if (!awaiting.isEmpty()) {
      parts.add("The plan of scene " + sceneNumber + " is awaiting " + String.join(" and ",
          awaiting.stream().map(c -> c.possessive() + " sign-off").toList()));
      awaited = SaidParts.and(awaiting.stream()
          .map(c -> Said.of("reason.protocol.weapon-plan.sign-off-of", SaidParts.possessive(c))).toList());
    }
    Said said = lapsed == null ? Said.of("reason.protocol.weapon-plan.awaiting", sceneNumber, awaited)
        : awaited == null ? Said.of("reason.protocol.weapon-plan.lapsed", lapsed)
        : Said.of("reason.protocol.weapon-plan.lapsed-and-awaiting", lapsed, sceneNumber, awaited);
    return Optional.of(new Refusal(WeaponPlanIssuePolicy.RULE, String.join(". ", parts) + ".")
        .saying(said.key(), said.args().toArray()));
  }
}
