package org.setsafe.incident.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.production.CrewRole;
import org.setsafe.shared.Refusal;

/**
 * Who investigates and who reads a witness's words. Investigators are the safety advisor (who holds the authority
 * to halt production and runs the investigation, Labor Code §9151, ISO 45001 10.2), the UPM and the producer (who
 * answer for the OSHA records and sign the investigation report off), and studio safety (who oversee every
 * production and are the first investigators from outside it). The 1st AD, the armorer and the rest of the crew are
 * not: they are the people most often asked what they did, and a witness speaks more freely when those in charge of
 * the set do not read what they said. A witness always reads their own statement.
 */
public final class StatementReaders {

  public static final String RULE = "incident.statement-readers";
  public static final Set<CrewRole> INVESTIGATORS = EnumSet.of(CrewRole.SAFETY_ADVISOR, CrewRole.UPM,
      CrewRole.PRODUCER);

  private StatementReaders() {}

  /** Whether someone in these roles (or studio safety) investigates the production's incidents. */
  public static boolean investigates(Set<CrewRole> roles, boolean studioSafety) {
    return studioSafety || roles.stream().anyMatch(INVESTIGATORS::contains);
  }

  public static Optional<Refusal> mayRead(Statement statement, UUID reader, Set<CrewRole> roles,
      boolean studioSafety) {
    if (investigates(roles, studioSafety) || statement.witness().is(reader)) {
      return Optional.empty();
    }
    return Optional.of(new Refusal(RULE, "A statement is read by the investigators (the safety advisor, the UPM or "
        + "producer, studio safety) and by the witness who gave it.").saying("reason.incident.statement-readers"));
  }
}
