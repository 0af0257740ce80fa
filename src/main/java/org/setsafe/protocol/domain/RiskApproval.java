package org.setsafe.protocol.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.setsafe.production.Hazard;
import org.setsafe.shared.Refusal;
import org.setsafe.shared.Refusal.Said;

/**
 * Whether an assessment is approved now, and if not, why, in words the armorer and the safety advisor read.
 *
 * <p>Its current version needs a sign-off for every duty it calls for: the safety advisor, the department head of
 * each kind of hazard in it, and the producer when a residual rating is at or above the production's threshold.
 * For a scene, management of change (ISO 45001 8.1.3; California Labor Code §9152, revised when the activity or
 * location changes) lapses the approval when the scene has moved to another day or location since a sign-off, or
 * is now marked with a hazard the assessment does not cover. An edit is a new version, which starts unsigned.
 */
public final class RiskApproval {

  public static final String RULE = "protocol.risk-assessment";

  /**
   * The verdict: what is required, what counts, what is missing, and the lapses with why ({@code lapseWords} says
   * each of {@code lapses} in bundle words, in the same order).
   */
  public record Status(boolean approved, int version, Set<SignOffDuty> required, Set<SignOffDuty> signed,
      Set<SignOffDuty> missing, List<RiskSignOff> standing, List<RiskSignOff> lapsedSignOffs, List<String> lapses,
      List<Said> lapseWords, int highestResidual, int producerThreshold) {

    /**
     * The first reason it is not approved, under the risk-assessment rule with its words, or empty when it is;
     * {@code what} names it ("Scene 12A's risk assessment"), {@code whatSaid} in bundle words.
     */
    public Optional<Refusal> refusal(String what, Said whatSaid) {
      if (approved) {
        return Optional.empty();
      }
      if (!lapses.isEmpty()) {
        return Optional.of(new Refusal(RULE, what + " lapsed: " + lapses.get(0) + " (ISO 45001 8.1.3).")
            .saying("reason.protocol.risk-assessment.lapsed", whatSaid, lapseWords.get(0)));
      }
      SignOffDuty first = missing.iterator().next();
      if (first == SignOffDuty.PRODUCER && missing.size() == 1) {
        return Optional.of(new Refusal(RULE, what + " (version " + version + ") is awaiting the producer's sign-off:"
            + " residual risk " + RiskMatrix.describe(highestResidual) + " (California Labor Code §9152).")
            .saying("reason.protocol.risk-assessment.awaiting-producer", whatSaid, version,
                Said.of("reason.protocol.risk-assessment.rating", highestResidual,
                    Said.of("protocol.risk.band." + RiskMatrix.band(highestResidual).label().replace(' ', '-')))));
      }
      return Optional.of(new Refusal(RULE, what + " (version " + version + ") is awaiting the sign-off of "
          + words(missing) + " (California Labor Code §9152).")
          .saying("reason.protocol.risk-assessment.awaiting", whatSaid, version,
              SaidParts.and(missing.stream().map(d -> Said.of("protocol.duty." + d.name())).toList())));
    }
  }

  /**
   * @param current the version in force
   * @param signOffs the sign-offs of that version
   * @param earlierSigned whether an earlier version had been signed (its sign-offs lapsed with this edit)
   * @param scene the scene now, or null for the general assessment
   * @param producerThreshold a residual rating at or above which the producer signs
   */
  public Status status(AssessmentVersion current, List<RiskSignOff> signOffs, boolean earlierSigned, SceneNow scene,
      int producerThreshold) {
    Set<SignOffDuty> required = required(current, producerThreshold);
    List<RiskSignOff> standing = new ArrayList<>();
    List<RiskSignOff> lapsedSignOffs = new ArrayList<>();
    // Each lapse once, as written, with its words.
    Map<String, Said> lapses = new LinkedHashMap<>();
    for (RiskSignOff signOff : signOffs) {
      if (scene == null || scene.sameDayAndLocation(signOff)) {
        standing.add(signOff);
      } else {
        lapsedSignOffs.add(signOff);
      }
    }
    Set<SignOffDuty> signed = EnumSet.noneOf(SignOffDuty.class);
    standing.forEach(s -> signed.add(s.duty()));
    Set<SignOffDuty> missing = EnumSet.copyOf(required);
    missing.removeAll(signed);
    if (scene != null) {
      for (RiskSignOff lapsed : lapsedSignOffs) {
        if (missing.contains(lapsed.duty())) {
          lapses.put("scene " + scene.number() + " moved from "
              + SceneNow.where(lapsed.shootingDate(), lapsed.location()) + " to " + scene.where()
              + " after it was signed; it must be signed again", Said.of("reason.protocol.risk-assessment.lapse.moved",
              scene.number(), SceneNow.whereSaid(lapsed.shootingDate(), lapsed.location()),
              SceneNow.whereSaid(scene.shootingDate(), scene.location())));
        }
      }
      Set<RiskCategory> covered = current.categories();
      List<Hazard> uncovered = new ArrayList<>();
      for (Hazard hazard : scene.hazards()) {
        if (!covered.contains(RiskCategory.of(hazard))) {
          uncovered.add(hazard);
        }
      }
      if (!uncovered.isEmpty()) {
        lapses.put("scene " + scene.number() + " is marked " + String.join(", ", uncovered.stream()
            .map(Hazard::label).toList()) + ", which version " + current.version()
            + " does not cover; draft a new version", Said.of("reason.protocol.risk-assessment.lapse.uncovered",
            scene.number(), SaidParts.commas(uncovered.stream().map(h -> Said.of("hazard." + h.name())).toList()),
            current.version()));
      }
    }
    if (earlierSigned && !missing.isEmpty() && signOffs.isEmpty()) {
      lapses.put("version " + current.version() + " was drafted after version " + (current.version() - 1)
          + " was signed, and is not signed yet", Said.of("reason.protocol.risk-assessment.lapse.redrafted",
          current.version(), current.version() - 1));
    }
    boolean approved = missing.isEmpty() && lapses.isEmpty();
    return new Status(approved, current.version(), required, signed, missing, standing, lapsedSignOffs,
        List.copyOf(lapses.keySet()), List.copyOf(lapses.values()), current.highestResidual(), producerThreshold);
  }

  /** The duties this version calls for. */
  public Set<SignOffDuty> required(AssessmentVersion version, int producerThreshold) {
    Set<SignOffDuty> required = EnumSet.of(SignOffDuty.SAFETY_ADVISOR);
    version.categories().forEach(c -> required.add(SignOffDuty.headOf(c)));
    if (version.highestResidual() >= producerThreshold) {
      required.add(SignOffDuty.PRODUCER);
    }
    return required;
  }

  static String words(Set<SignOffDuty> duties) {
    List<String> labels = duties.stream().map(SignOffDuty::label).toList();
    if (labels.size() == 1) {
      return labels.get(0);
    }
    return String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.get(labels.size() - 1);
  }
}
