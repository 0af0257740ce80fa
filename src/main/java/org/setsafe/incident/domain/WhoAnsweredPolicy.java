package org.setsafe.incident.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.production.CrewRole;
import org.setsafe.shared.Refusal;

/**
 * Who accepted support and who declined it is read by the production's counselling contact and by nobody else:
 * not the producer, not the UPM, not the safety advisor, not studio safety. People decline help they need when
 * they think their employer is watching. A counselling contact who also holds a management role (the producer
 * naming themselves) is refused too, whenever they ask, since roles change after a contact is named.
 */
public final class WhoAnsweredPolicy {

  public static final String RULE = "care.who-answered";
  /** Roles that decide who is hired again: they never read who declined. */
  public static final Set<CrewRole> EMPLOYER = EnumSet.of(CrewRole.PRODUCER, CrewRole.UPM);

  public Optional<Refusal> check(UUID reader, Set<CrewRole> readerRoles, Optional<UUID> counsellingContact) {
    if (counsellingContact.isPresent() && counsellingContact.get().equals(reader)
        && readerRoles.stream().noneMatch(EMPLOYER::contains)) {
      return Optional.empty();
    }
    return Optional.of(new Refusal(RULE, "Who accepted or declined support is read only by the production's "
        + "counselling contact, never by the producer or the UPM.").saying("reason.care.who-answered"));
  }

  /** Refused when the person to be named holds a role that decides who is hired again. */
  public Optional<Refusal> mayBeNamed(Set<CrewRole> roles) {
    return roles.stream().anyMatch(EMPLOYER::contains)
        ? Optional.of(new Refusal(RULE, "The counselling contact must not be the producer or the UPM: the crew "
            + "must be able to decline support without their employer knowing.", "userId")
            .saying("reason.care.who-answered.employer-named"))
        : Optional.empty();
  }
}
