package org.setsafe.briefing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.setsafe.production.CrewList;
import org.setsafe.production.Production;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.shared.Refusal.Said;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A location still to be shot at with no nearest hospital entered (ISO 45001 8.2, emergency preparedness). */
@Component
@Order(100)
class LocationReadinessCheck implements ReadinessCheck {

  static final String AREA = "Locations";

  private final Locations locations;
  private final CrewList productions;
  private final ShootingSchedule schedule;

  LocationReadinessCheck(Locations locations, CrewList productions, ShootingSchedule schedule) {
    this.locations = locations;
    this.productions = productions;
    this.schedule = schedule;
  }

  @Override
  public Area area() {
    return new Area(AREA, "Every location on the schedule has its nearest hospital entered.")
        .saying(Said.of("gap.briefing.area.locations"), Said.of("gap.briefing.area.locations.clear"));
  }

  @Override
  public List<Gap> gaps(UUID productionId) {
    Production production = productions.production(productionId);
    LocalDate today = schedule.today(production);
    return locations.listed(productionId).stream()
        .filter(l -> !l.hasHospital())
        .filter(l -> l.days().stream().anyMatch(d -> !d.isBefore(today)))
        .map(l -> {
          LocalDate next = l.days().stream().filter(d -> !d.isBefore(today)).findFirst().orElseThrow();
          return new Gap(AREA, "No hospital entered for " + l.name() + " (shooting " + next + ")",
              "Enter the nearest hospital: address, phone, emergency department and drive time (ISO 45001 8.2).",
              "/productions/" + productionId + "/locations")
              .saying(Said.of("gap.briefing.no-hospital", l.name(), next), Said.of("gap.briefing.no-hospital.fix"));
        })
        .toList();
  }
}
