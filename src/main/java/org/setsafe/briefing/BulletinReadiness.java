package org.setsafe.briefing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.setsafe.production.Scene;
import org.setsafe.production.ShootingDay;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.shared.Refusal.Said;
import org.springframework.stereotype.Component;

/**
 * Before the first shooting day: every day with a firearms scene has a safety bulletin attached to its call sheet
 * for the crew to acknowledge (industry safety bulletin #1).
 */
@Component
class BulletinReadiness implements ReadinessCheck {

  private final ShootingSchedule schedule;
  private final Bulletins bulletins;

  BulletinReadiness(ShootingSchedule schedule, Bulletins bulletins) {
    this.schedule = schedule;
    this.bulletins = bulletins;
  }

  @Override
  public Area area() {
    return new Area("Safety bulletins", "Every firearms day has a safety bulletin attached to its call sheet.")
        .saying(Said.of("gap.briefing.area.safety-bulletins"), Said.of("gap.briefing.area.safety-bulletins.clear"));
  }

  @Override
  public List<Gap> gaps(UUID productionId) {
    Map<UUID, LocalDate> days = schedule.days(productionId).stream()
        .collect(Collectors.toMap(ShootingDay::id, ShootingDay::date));
    Set<LocalDate> firearmsDays = new TreeSet<>();
    for (Scene scene : schedule.scenes(productionId)) {
      if (scene.hasFirearms() && scene.shootingDayId() != null && days.containsKey(scene.shootingDayId())) {
        firearmsDays.add(days.get(scene.shootingDayId()));
      }
    }
    List<Bulletins.Bulletin> all = bulletins.allOf(productionId);
    List<LocalDate> bare = firearmsDays.stream().filter(date -> all.stream().noneMatch(b -> b.everyDay()
        ? !date.isBefore(b.from()) : date.equals(b.from()))).toList();
    if (bare.isEmpty()) {
      return List.of();
    }
    return List.of(new Gap("Safety bulletins", "No safety bulletin is attached to the call sheet of "
        + (bare.size() == 1 ? "the firearms day " : bare.size() + " firearms days from ") + bare.get(0)
        + " (Industry Safety Bulletin #1: bulletins attached to the call sheet and acknowledged).",
        "The safety advisor attaches the firearms bulletin to every day from the first firearms day.",
        "/productions/" + productionId + "/briefing/bulletins")
        .saying(bare.size() == 1 ? Said.of("gap.briefing.no-bulletin.one", bare.get(0))
            : Said.of("gap.briefing.no-bulletin.many", bare.size(), bare.get(0)), Said.of("gap.briefing.no-bulletin.fix")));
  }
}
