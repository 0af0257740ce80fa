package org.setsafe.incident.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.production.CrewRole;
import org.setsafe.shared.Refusal;

/**
 * Medical details are read by those who need them and nobody else: the safety advisor, the UPM or producer who
 * keeps the OSHA records (29 CFR 1904.29(b)(7) privacy cases; 1904.35 limits who sees them), and the injured person.
 * Studio safety and administrators, who may see the rest of the production, do not read them either.
 */
public final class MedicalDetailsPolicy {

  public static final String RULE = "incident.medical-details";
  public static final Set<CrewRole> READERS = EnumSet.of(CrewRole.SAFETY_ADVISOR, CrewRole.UPM, CrewRole.PRODUCER);

  public Optional<Refusal> check(Incident incident, UUID reader, Set<CrewRole> roles) {
    if (roles.stream().anyMatch(READERS::contains)) {
      return Optional.empty();
    }
    if (reader != null && incident.injured().stream().anyMatch(p -> p.is(reader))) {
      return Optional.empty();
    }
    return Optional.of(new Refusal(RULE, "Medical details are read only by the safety advisor, the UPM or producer "
        + "who keeps the OSHA records, and the injured person.").saying("reason.incident.medical-details"));
  }
}
