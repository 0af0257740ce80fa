package org.setsafe.staffing.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.production.CrewRole;
import org.setsafe.shared.Refusal;
import org.setsafe.shared.Refusal.Said;

/**
 * The dedicated armorer of a shooting day has no other duties that day (California Labor Code §9153(a)(3): from
 * preparation until the firearms are locked away): not another duty on this production, and no duty at all on
 * another production that date. Refused whichever is scheduled first. On "Rust" the armorer also worked as props
 * assistant and was not called back to check the gun before the rehearsal.
 */
public final class ArmorerDoubleBookedPolicy {

  public static final String RULE = "staffing.armorer-double-booked";

  /**
   * Whether {@code personId} may take {@code duty} on this production's day, given every duty standing for that
   * person on that date on any production ({@code standingThatDate}).
   */
  public Optional<Refusal> check(UUID productionId, UUID shootingDayId, LocalDate date, String personName,
      CrewRole duty, List<Assignment> standingThatDate) {
    if (duty == CrewRole.ARMORER) {
      List<Assignment> others = standingThatDate.stream()
          .filter(a -> !(a.sameDayAndProductionAs(productionId, shootingDayId) && a.dedicatedArmorer())).toList();
      List<CrewRole> hereDuties = others.stream().filter(a -> a.productionId().equals(productionId))
          .map(Assignment::duty).distinct().sorted(Comparator.comparing(CrewRole::label)).toList();
      List<String> here = hereDuties.stream().map(CrewRole::label).toList();
      if (!here.isEmpty()) {
        return refuse(personName + " is already on duty as " + String.join(", ", here) + " on " + date
            + "; the dedicated armorer holds no other duty that day. Release them from it first, or schedule "
            + "someone else as armorer", "on-other-duty", personName, duties(hereDuties), date);
      }
      if (!others.isEmpty()) {
        return refuse(personName + " is already on duty on another production on " + date
            + "; the dedicated armorer works for no one else that day", "on-other-production", personName, date);
      }
      return Optional.empty();
    }
    List<Assignment> armorer = standingThatDate.stream().filter(Assignment::dedicatedArmorer).toList();
    if (armorer.stream().anyMatch(a -> a.productionId().equals(productionId))) {
      return refuse(personName + " is the dedicated armorer on " + date + " and holds no other duty that day ("
          + duty.label() + " refused)", "is-armorer-here", personName, date, duty.said());
    }
    if (!armorer.isEmpty()) {
      return refuse(personName + " is the dedicated armorer on another production on " + date
          + " and holds no other duty that day (" + duty.label() + " refused)", "is-armorer-elsewhere", personName, date,
          duty.said());
    }
    return Optional.empty();
  }

  private static Optional<Refusal> refuse(String why, String variant, Object... args) {
    return Optional.of(new Refusal(RULE, why + " (California Labor Code §9153(a)(3)).")
        .saying("reason." + RULE + "." + variant, args));
  }

  /** Duties joined with commas, as the reason joins them. */
  private static Said duties(List<CrewRole> duties) {
    return new Said("reason.list." + duties.size(), duties.stream().map(d -> (Object) d.said()).toList());
  }
}
