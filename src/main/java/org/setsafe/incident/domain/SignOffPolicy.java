package org.setsafe.incident.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.shared.Refusal;

/**
 * Who may sign an investigation report off, and when it is signed. Each of the two signatures is given in the
 * signer's own role on the production (a performer cannot sign as the producer), and by two different people: the
 * point of a second signature is a second pair of eyes, so one person holding both roles signs once. A sign-off
 * names the PDF it was given for; the report is signed when both roles signed its current version.
 */
public final class SignOffPolicy {

  public static final String IN_ROLE = "incident.report-signed-in-role";
  public static final String TWO_PEOPLE = "incident.report-signed-by-two-people";

  /** {@code rolesHeld}: the signer's crew roles on the production, as role names. */
  public Optional<Refusal> check(SigningRole role, UUID signer, Set<String> rolesHeld, String currentSha256,
      List<SignOff> signOffs) {
    if (!rolesHeld.contains(role.name())) {
      return Optional.of(new Refusal(IN_ROLE, "The report is signed off as " + role.label().toLowerCase()
          + " only by the production's " + role.label().toLowerCase() + "; you do not hold that role here.", "role")
          .saying("reason." + IN_ROLE + "." + role.name()));
    }
    boolean signedOtherRole = signOffs.stream().anyMatch(s -> s.isFor(currentSha256) && s.role() != role
        && s.signedBy().equals(signer));
    if (signedOtherRole) {
      return Optional.of(new Refusal(TWO_PEOPLE, "You signed this version of the report already, in the other role. "
          + "It is signed off by two different people, the safety advisor and a producer, so that someone else "
          + "checks it too.", "role").saying("reason.incident.report-signed-by-two-people"));
    }
    return Optional.empty();
  }

  /** Whether both roles signed this version. */
  public boolean signed(String currentSha256, List<SignOff> signOffs) {
    return signOffs.stream().filter(s -> s.isFor(currentSha256)).map(SignOff::role).distinct().count()
        == SigningRole.values().length;
  }
}
