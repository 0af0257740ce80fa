package org.setsafe.budget;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.ArrayList;
import org.setsafe.Crew;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Hazard;
import org.setsafe.production.Production;
import org.setsafe.production.Productions;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.setsafe.production.ShootingDay;

/**
 * A production of its own for a budget test, in UTC: a producer, a UPM, a safety advisor, an armorer and a
 * performer, fresh accounts named after the demo crew, and firearms days from today on, one a day. Studio safety is
 * the demo's own.
 */
final class BudgetTestProduction {

  private final Productions productions;
  private final Schedule schedule;
  private final Accounts accounts;
  private final Crew crew;

  BudgetTestProduction(Productions productions, Schedule schedule, Accounts accounts, Crew crew) {
    this.productions = productions;
    this.schedule = schedule;
    this.accounts = accounts;
    this.crew = crew;
  }

  final class Set_ {
    final Production production;
    final Map<String, String> users = new LinkedHashMap<>();
    final List<ShootingDay> days = new ArrayList<>();
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);

    Set_(String title) {
      production = SystemActor.call(() -> productions.create(title + " " + suffix, "UTC"));
      member("grace.producer", CrewRole.PRODUCER);
      member("leo.upm", CrewRole.UPM);
      member("sam.safety", CrewRole.SAFETY_ADVISOR);
      member("rosa.armorer", CrewRole.ARMORER);
      member("eli.actor", CrewRole.PERFORMER);
      users.put("demo.studio", "demo.studio");
      users.put("hank.props", "hank.props");
    }

    private void member(String name, CrewRole role) {
      String username = name + "." + suffix;
      SystemActor.run(() -> accounts.createWithPassword(SystemActor.ID, username, name, null, null, Crew.PASSWORD));
      SystemActor.run(() -> productions.addMember(production.id(), username, EnumSet.of(role), null));
      users.put(name, username);
    }

    /** A shooting day that many days from today, with one scene marked with these hazards. */
    ShootingDay dayWith(int fromToday, Set<Hazard> hazards) {
      ShootingDay day = SystemActor.call(() -> schedule.scheduleDay(production.id(),
          schedule.today(production).plusDays(fromToday), LocalTime.of(7, 0), "Stage " + (fromToday + 1)));
      SystemActor.run(() -> {
        Scene scene = schedule.addScene(production.id(), "S" + fromToday + suffix.substring(0, 3), "Scene", day.id());
        schedule.markHazards(production.id(), scene.id(), hazards);
      });
      days.add(day);
      return day;
    }

    UUID id() {
      return production.id();
    }

    String who(String name) {
      return users.get(name);
    }

    UUID idOf(String name) {
      return crew.id(who(name));
    }

    String api() {
      return "/api/productions/" + id();
    }

    LocalDate day(int index) {
      return days.get(index).date();
    }
  }

  /** A production with {@code firearmsDays} firearms days from today on. */
  Set_ withFirearmsDays(String title, int firearmsDays) {
    Set_ set = new Set_(title);
    for (int i = 0; i < firearmsDays; i++) {
      set.dayWith(i, Set.of(Hazard.FIREARMS));
    }
    return set;
  }
}
