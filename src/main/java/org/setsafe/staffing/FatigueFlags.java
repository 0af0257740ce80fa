package org.setsafe.staffing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.setsafe.production.CrewList;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Member;
import org.setsafe.production.Production;
import org.setsafe.production.Scene;
import org.setsafe.production.ShootingDay;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.shared.DecisionReads;
import org.setsafe.shared.FormerMember;
import org.setsafe.shared.Refusal.Said;
import org.setsafe.staffing.domain.Assignment;
import org.setsafe.staffing.domain.RestAndHoursPolicy;
import org.setsafe.staffing.domain.RestAndHoursPolicy.Finding;
import org.setsafe.staffing.domain.RosterEntry;
import org.setsafe.staffing.domain.Shift;
import org.setsafe.staffing.domain.StaffingRules;
import org.setsafe.staffing.domain.StaffingStore;
import org.setsafe.staffing.domain.StaffingStore.Decision;
import org.setsafe.staffing.domain.StaffingStore.LimitsAndDecisions;
import org.springframework.stereotype.Component;

/**
 * The rest and hours flags standing now on firearms scenes, for a whole shooting day or for one scene, each with the
 * decision on it if one was recorded (California Labor Code §9152, §9153(a)(6)). Reads without any access check:
 * for the issue gate (whose caller custody checked), the meeting's items, and the staffing steps and pages after
 * their own check.
 */
@Component
class FatigueFlags {

  private final StaffingStore store;
  private final CrewList crew;
  private final ShootingSchedule schedule;
  private final LimitsInForce limits;
  private final RestAndHoursPolicy restAndHours = new RestAndHoursPolicy();

  FatigueFlags(StaffingStore store, CrewList crew, ShootingSchedule schedule, LimitsInForce limits) {
    this.store = store;
    this.crew = crew;
    this.schedule = schedule;
    this.limits = limits;
  }

  /** The flags on the day's firearms scenes now. */
  List<Flag> onDay(UUID productionId, ShootingDay day) {
    List<Scene> firearms = firearmsScenes(productionId, day.id());
    if (firearms.isEmpty()) {
      return List.of();
    }
    return on(crew.production(productionId), crew.members(productionId), day, firearms,
        Assignment.standing(store.rosterOf(productionId, day.id())), limits.of(productionId),
        store.decisions(productionId));
  }

  /** The scene's flags on that date, as the caller loaded the scene: none unless it is a firearms scene shot then. */
  List<Flag> ofScene(Scene scene, LocalDate date) {
    return ofScene(scene, date, () -> store.rosterOf(scene.productionId(), scene.shootingDayId()));
  }

  /**
   * The scene's flags on that date that no producer or UPM has decided on; {@code dayRoster} is the roster of the
   * scene's day, which the staffing gate read in one statement with the armorer's own entries.
   */
  List<Flag> undecidedOnScene(Scene scene, LocalDate date, List<RosterEntry> dayRoster) {
    return ofScene(scene, date, () -> dayRoster).stream().filter(f -> !f.decided()).toList();
  }

  private List<Flag> ofScene(Scene scene, LocalDate date, Supplier<List<RosterEntry>> dayRoster) {
    if (!scene.hasFirearms() || scene.shootingDayId() == null) {
      return List.of();
    }
    // Read once for a decision: the staffing gate and the meeting's items on the scene ask the same.
    return DecisionReads.kept(List.of(FatigueFlags.class, "flags", scene, date), () -> {
      UUID productionId = scene.productionId();
      return schedule.dayOf(scene).filter(day -> day.date().equals(date)).map(day -> {
        Production production = crew.production(productionId);
        List<Member> members = crew.members(productionId);
        // Only this scene's decisions of that date: a scene's flags are decided on it alone, day by day.
        LimitsAndDecisions recorded = store.limitsAndDecisions(productionId, scene.id(), day.date());
        return on(production, members, day, List.of(scene), Assignment.standing(dayRoster.get()),
            limits.inForce(recorded.limits()), recorded.decisions());
      }).orElse(List.of());
    });
  }

  List<Scene> firearmsScenes(UUID productionId, UUID dayId) {
    return schedule.scenesOn(productionId, dayId).stream().filter(Scene::hasFirearms).toList();
  }

  /** The person's shifts in force, on any production, in the fortnight up to and including the date. */
  List<Shift> shiftsBefore(UUID personId, LocalDate date) {
    return Shift.inForce(store.shiftsOf(personId, date.minusDays(14), date));
  }

  /** {@link #shiftsBefore} for each of these people, read in one statement. */
  private Map<UUID, List<Shift>> shiftsBefore(Collection<UUID> people, LocalDate date) {
    Map<UUID, List<Shift>> entries = new LinkedHashMap<>();
    if (people.isEmpty()) {
      return entries;
    }
    for (Shift shift : store.shiftsOfEach(people, date.minusDays(14), date)) {
      entries.computeIfAbsent(shift.personId(), k -> new ArrayList<>()).add(shift);
    }
    entries.replaceAll((person, inOrder) -> Shift.inForce(inOrder));
    return entries;
  }

  /**
   * The flags on these firearms scenes of the day: the people watched on each, against the rest and hours rules;
   * {@code standing} is the day's roster now, {@code decisions} (oldest first) hold at least those on these scenes.
   */
  private List<Flag> on(Production production, List<Member> members, ShootingDay day, List<Scene> firearms,
      List<Assignment> standing, StaffingRules rules, List<Decision> decisions) {
    Map<UUID, String> names = names(members);
    Instant callAt = day.at(day.callTime(), production.timeZone());
    List<Flag> flags = new ArrayList<>();
    Map<UUID, List<Finding>> findingsByPerson = new LinkedHashMap<>();
    Set<UUID> watchedPeople = new LinkedHashSet<>();
    firearms.forEach(scene -> watchedPeople.addAll(watchedOn(scene, members, standing).keySet()));
    Map<UUID, List<Shift>> shifts = shiftsBefore(watchedPeople, day.date());
    for (Scene scene : firearms) {
      for (Map.Entry<UUID, String> person : watchedOn(scene, members, standing).entrySet()) {
        String name = names.getOrDefault(person.getKey(), FormerMember.NAME);
        List<Finding> findings = findingsByPerson.computeIfAbsent(person.getKey(),
            id -> restAndHours.check(name, day.date(), callAt, shifts.getOrDefault(id, List.of()), rules));
        for (Finding finding : findings) {
          DecisionView decision = decisions.stream()
              .filter(d -> d.sceneId().equals(scene.id()) && d.date().equals(day.date())
                  && d.personId().equals(person.getKey()) && d.kind() == finding.kind())
              .reduce((first, second) -> second)
              .map(d -> new DecisionView(d.decision(), d.decidedBy(),
                  names.getOrDefault(d.decidedBy(), FormerMember.NAME), d.deciderRole(), d.decidedAt()))
              .orElse(null);
          flags.add(new Flag(scene.id(), scene.number(), day.date(), person.getKey(), name, person.getValue(),
              finding.kind(), finding.kind().code(), finding.detail(), finding.detailWords(),
              decision));
        }
      }
    }
    return flags;
  }

  /** Who is watched on a firearms scene: its day's dedicated armorers, the 1st AD, the camera crew, its camera head. */
  static Map<UUID, String> watchedOn(Scene scene, List<Member> members, List<Assignment> standing) {
    Map<UUID, String> watched = new LinkedHashMap<>();
    standing.stream().filter(Assignment::dedicatedArmorer).forEach(a -> watched.put(a.personId(), "dedicated armorer"));
    members.stream().filter(m -> m.holds(CrewRole.FIRST_AD)).forEach(m -> watched.putIfAbsent(m.userId(), "1st AD"));
    members.stream().filter(m -> m.holds(CrewRole.CAMERA)).forEach(m -> watched.putIfAbsent(m.userId(), "camera crew"));
    if (scene.cameraHeadId() != null) {
      watched.putIfAbsent(scene.cameraHeadId(), "camera head");
    }
    return watched;
  }

  /** What {@link #watchedOn} calls someone ("dedicated armorer", "1st AD"), as bundle words. */
  static Said watchedAsWords(String watchedAs) {
    return Said.of("agenda.staffing.watched." + watchedAs.replace(' ', '-').toLowerCase(Locale.ROOT));
  }

  static Map<UUID, String> names(List<Member> members) {
    Map<UUID, String> names = new LinkedHashMap<>();
    members.forEach(m -> names.put(m.userId(), m.displayName()));
    return names;
  }
}
