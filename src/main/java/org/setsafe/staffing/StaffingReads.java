package org.setsafe.staffing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.production.CrewList;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Member;
import org.setsafe.production.Production;
import org.setsafe.production.Scene;
import org.setsafe.production.ShootingDay;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.shared.FormerMember;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.staffing.domain.Assignment;
import org.setsafe.staffing.domain.RosterEntry;
import org.setsafe.staffing.domain.Shift;
import org.setsafe.staffing.domain.StaffingStore;
import org.springframework.stereotype.Component;

/**
 * Each shooting day's staffing as read: its roster, the people watched on a firearms day with their hours and rest,
 * the flags; and who is the day's dedicated armorer. Reads without any access check, for the issue gate, the
 * meeting's agenda and the pre-production check (whose callers checked), and for the staffing pages and steps after
 * their own check at the door.
 */
@Component
class StaffingReads {

  private final StaffingStore store;
  private final CrewList crew;
  private final ShootingSchedule schedule;
  private final FatigueFlags flags;
  private final LimitsInForce limits;

  StaffingReads(StaffingStore store, CrewList crew, ShootingSchedule schedule, FatigueFlags flags,
      LimitsInForce limits) {
    this.store = store;
    this.crew = crew;
    this.schedule = schedule;
    this.flags = flags;
    this.limits = limits;
  }

  DayStaffing day(UUID productionId, UUID dayId) {
    return day(productionId, schedule.day(productionId, dayId));
  }

  Optional<DayStaffing> dayOn(UUID productionId, LocalDate date) {
    return schedule.dayOn(productionId, date).map(day -> day(productionId, day));
  }

  /** Every shooting day of the production with its firearms scenes, dedicated armorers and flags. */
  List<DayStaffing> days(UUID productionId) {
    return schedule.days(productionId).stream().map(day -> day(productionId, day)).toList();
  }

  /** The production's shooting days with a firearms scene. */
  List<ShootingDay> firearmsDays(UUID productionId) {
    return schedule.days(productionId).stream()
        .filter(day -> !flags.firearmsScenes(productionId, day.id()).isEmpty()).toList();
  }

  /** Whether the person is the production's dedicated armorer on that date. */
  boolean dedicatedArmorerOn(UUID productionId, LocalDate date, UUID personId) {
    return dedicatedArmorerIn(productionId, store.rosterOfPerson(personId, date));
  }

  /** Whether one person's roster entries on one date (oldest first) leave them the production's dedicated armorer. */
  private static boolean dedicatedArmorerIn(UUID productionId, List<RosterEntry> personsEntries) {
    return Assignment.standing(personsEntries).stream()
        .anyMatch(a -> a.productionId().equals(productionId) && a.dedicatedArmorer());
  }

  /**
   * What the staffing gate weighs of the roster, from one read: the armorer's entries on the date, on any production,
   * and the roster of the scene's day ({@code sceneDayId}; none when the scene is on no shooting day).
   */
  IssueRoster rosterForIssue(UUID productionId, LocalDate date, UUID armorerId, UUID sceneDayId) {
    if (sceneDayId == null) {
      return new IssueRoster(productionId, store.rosterOfPerson(armorerId, date), List.of());
    }
    List<RosterEntry> both = store.rosterOfPersonOrDay(armorerId, date, productionId, sceneDayId);
    return new IssueRoster(productionId,
        both.stream().filter(e -> e.personId().equals(armorerId) && e.date().equals(date)).toList(),
        both.stream().filter(e -> e.productionId().equals(productionId) && e.shootingDayId().equals(sceneDayId))
            .toList());
  }

  /** The issuing armorer's roster entries that date and the scene's day's roster, each oldest first. */
  record IssueRoster(UUID productionId, List<RosterEntry> armorerThatDate, List<RosterEntry> sceneDay) {

    /** Whether the armorer is the production's dedicated armorer that date. */
    boolean dedicatedArmorer() {
      return dedicatedArmorerIn(productionId, armorerThatDate);
    }
  }

  /** A member of the production's crew, named by a step's input; refused, naming the field, when not. */
  Member crewMember(UUID productionId, UUID personId) {
    if (personId == null) {
      throw new InvalidInputException("personId", "Required", "personId names a member of this production")
          .saying("input.staffing.person.required");
    }
    return crew.member(productionId, personId)
        .orElseThrow(() -> new InvalidInputException("personId", "Member", personId + " is not on this production")
            .saying("input.staffing.person.not-on-this-production", String.valueOf(personId)));
  }

  private DayStaffing day(UUID productionId, ShootingDay day) {
    Production production = crew.production(productionId);
    List<Member> members = crew.members(productionId);
    Map<UUID, String> names = FatigueFlags.names(members);
    List<Scene> firearms = flags.firearmsScenes(productionId, day.id());
    List<Assignment> standing = Assignment.standing(store.rosterOf(productionId, day.id()));
    Map<UUID, List<CrewRole>> duties = new LinkedHashMap<>();
    standing.forEach(a -> duties.computeIfAbsent(a.personId(), k -> new ArrayList<>()).add(a.duty()));
    List<RosterLine> roster = duties.entrySet().stream()
        .map(e -> new RosterLine(e.getKey(), names.getOrDefault(e.getKey(), FormerMember.NAME),
            e.getValue().stream().sorted().toList()))
        .sorted(Comparator.comparing((RosterLine l) -> !l.dedicatedArmorer()).thenComparing(RosterLine::name))
        .toList();
    Instant callAt = day.at(day.callTime(), production.timeZone());
    Map<UUID, String> watched = new LinkedHashMap<>();
    for (Scene scene : firearms) {
      watched.putAll(FatigueFlags.watchedOn(scene, members, standing));
    }
    roster.forEach(line -> watched.putIfAbsent(line.personId(), "on the roster"));
    List<PersonDay> people = new ArrayList<>();
    for (Map.Entry<UUID, String> person : watched.entrySet()) {
      List<Shift> shifts = flags.shiftsBefore(person.getKey(), day.date());
      Optional<Shift> thatDay = shifts.stream().filter(s -> s.workDate().equals(day.date())
          && s.productionId().equals(productionId)).findFirst();
      Instant start = thatDay.map(Shift::on).orElse(callAt);
      Long rest = shifts.stream().filter(s -> s.workDate().isBefore(day.date()) && s.off() != null).map(Shift::off)
          .max(Comparator.naturalOrder()).map(end -> Duration.between(end, start).toMinutes()).orElse(null);
      long week = shifts.stream().filter(s -> !s.workDate().isBefore(day.date().minusDays(6)))
          .map(Shift::worked).reduce(Duration.ZERO, Duration::plus).toMinutes();
      people.add(new PersonDay(person.getKey(), names.getOrDefault(person.getKey(), FormerMember.NAME),
          person.getValue(), thatDay.map(ShiftView::of).orElse(null), rest, week));
    }
    return new DayStaffing(productionId, day, !firearms.isEmpty(), firearms.stream().map(Scene::number).toList(),
        roster, people, flags.onDay(productionId, day), limits.shown(productionId));
  }
}
