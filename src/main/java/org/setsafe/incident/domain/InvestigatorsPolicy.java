package org.setsafe.incident.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.setsafe.production.CrewRole;
import org.setsafe.shared.Refusal;

/**
 * Who investigates an incident on the production's side, and so adds notes to its timeline and reads the words of
 * what was added later (statements, notes): the safety advisor, who runs the investigation and holds stop-work
 * authority (California Labor Code §9151); the UPM and producers, who answer for the corrective actions and the OSHA
 * records (ISO 45001 10.2, 29 CFR 1904); and studio safety, who watch every production. No crew role or
 * {@code Permission} says "investigator" yet: {@code EXPORT_EVIDENCE} leaves out the UPM and producers, and
 * {@code VIEW} lets in the whole crew, whose colleagues' statements are not theirs to read. Administrators look
 * after the installation and are not investigators unless they are on the crew in one of these roles.
 */
public final class InvestigatorsPolicy {

  public static final String RULE = "incident.investigators-only";
  public static final Set<CrewRole> ROLES = EnumSet.of(CrewRole.SAFETY_ADVISOR, CrewRole.UPM, CrewRole.PRODUCER);

  public Optional<Refusal> check(Set<CrewRole> roles, boolean studioSafety) {
    if (studioSafety || roles.stream().anyMatch(ROLES::contains)) {
      return Optional.empty();
    }
    return Optional.of(new Refusal(RULE, "Only the investigators (the safety advisor, the UPM or a producer, studio "
        + "safety) add notes to an incident and read what was added to its timeline.")
        .saying("reason.incident.investigators-only"));
  }
}
