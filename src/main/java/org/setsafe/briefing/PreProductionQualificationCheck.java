package org.setsafe.briefing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.CrewList;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Member;
import org.setsafe.production.Production;
import org.setsafe.production.Scene;
import org.setsafe.production.ShootingDay;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.shared.Refusal.Said;
import org.setsafe.training.PersonId;
import org.setsafe.training.QualificationChecks;
import org.setsafe.training.QualificationChecks.Standing;
import org.setsafe.training.QualificationType;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * People in or near the firearms scenes without current firearms safety training, and armorers and property
 * masters without a current armorer permit (California Labor Code §9156), each checked on the days they are
 * needed. In a firearms scene are its cast and its camera head; near every one are the 1st AD, the armorers and
 * the property masters. Asked by {@link PreProductionCheck} after its check of who reads, so everything here is read
 * through the unchecked crew list, schedule and qualification checks.
 */
@Component
@Order(102)
class PreProductionQualificationCheck implements ReadinessCheck {

  static final String AREA = "Qualifications";

  private final CrewList crew;
  private final ShootingSchedule schedule;
  private final QualificationChecks qualifications;

  PreProductionQualificationCheck(CrewList crew, ShootingSchedule schedule, QualificationChecks qualifications) {
    this.crew = crew;
    this.schedule = schedule;
    this.qualifications = qualifications;
  }

  /** A day a person needs a qualification on, and why ("Sc. 12A", "1st AD"), in English and in words. */
  private record Need(UUID personId, QualificationType type, LocalDate day, String why, Said whyWords) {}

  @Override
  public Area area() {
    return new Area(AREA, "Everyone in or near a firearms scene holds the qualifications it needs.")
        .saying(Said.of("gap.briefing.area.qualifications"), Said.of("gap.briefing.area.qualifications.clear"));
  }

  @Override
  public List<Gap> gaps(UUID productionId) {
    Production production = crew.production(productionId);
    LocalDate today = schedule.today(production);
    Map<UUID, Member> members = crew.members(productionId).stream()
        .collect(Collectors.toMap(Member::userId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    Map<UUID, LocalDate> dayDates = schedule.days(productionId).stream()
        .collect(Collectors.toMap(ShootingDay::id, ShootingDay::date));

    List<Need> needs = new ArrayList<>();
    List<LocalDate> firearmsDays = new ArrayList<>();
    for (Scene scene : schedule.scenes(productionId)) {
      if (!scene.hasFirearms()) {
        continue;
      }
      LocalDate day = scene.shootingDayId() == null ? today : dayDates.getOrDefault(scene.shootingDayId(), today);
      if (day.isBefore(today)) {
        continue;
      }
      firearmsDays.add(day);
      String why = "Sc. " + scene.number();
      scene.cast().forEach(p -> needs.add(new Need(p, QualificationType.FIREARMS_SAFETY, day, why,
          Said.of("scene.short", scene.number()))));
      if (scene.cameraHeadId() != null) {
        needs.add(new Need(scene.cameraHeadId(), QualificationType.FIREARMS_SAFETY, day, why + " (camera)",
            Said.of("gap.briefing.qualification.camera", scene.number())));
      }
    }
    for (Member member : members.values()) {
      boolean armory = member.holds(CrewRole.ARMORER) || member.holds(CrewRole.PROPERTY_MASTER);
      CrewRole asWhat = member.holds(CrewRole.ARMORER) ? CrewRole.ARMORER
          : member.holds(CrewRole.PROPERTY_MASTER) ? CrewRole.PROPERTY_MASTER : CrewRole.FIRST_AD;
      String role = asWhat.label();
      Said roleWords = Said.of("crew.role." + asWhat.name());
      if (armory) {
        needs.add(new Need(member.userId(), QualificationType.ARMORER_PERMIT, today, role, roleWords));
      }
      for (LocalDate day : firearmsDays) {
        if (armory) {
          needs.add(new Need(member.userId(), QualificationType.ARMORER_PERMIT, day, role, roleWords));
        }
        if (armory || member.holds(CrewRole.FIRST_AD)) {
          needs.add(new Need(member.userId(), QualificationType.FIREARMS_SAFETY, day, role, roleWords));
        }
      }
    }

    // For each person and qualification, the first day it is needed and not current.
    Map<String, TreeMap<LocalDate, Need>> byPersonAndType = new LinkedHashMap<>();
    for (Need need : needs) {
      byPersonAndType.computeIfAbsent(need.personId() + "/" + need.type().code(), k -> new TreeMap<>())
          .putIfAbsent(need.day(), need);
    }
    List<Gap> gaps = new ArrayList<>();
    for (TreeMap<LocalDate, Need> days : byPersonAndType.values()) {
      for (Need need : days.values()) {
        Standing standing = qualifications.current(new PersonId(need.personId()), need.type(), need.day());
        if (standing.isCurrent()) {
          continue;
        }
        Member member = members.get(need.personId());
        // A performer may instead be briefed by the armorer, where the production's rules accept it.
        boolean performer = member != null && member.holds(CrewRole.PERFORMER)
            && need.type().equals(QualificationType.FIREARMS_SAFETY);
        if (performer && qualifications.mayHandleFirearms(productionId, new PersonId(need.personId()), need.day())
            .cleared()) {
          continue;
        }
        Optional<Integer> briefingDays = qualifications.daysABriefingCounts(productionId);
        boolean briefingWouldDo = performer && briefingDays.isPresent();
        String remedy = briefingWouldDo
            ? "Record a current certificate, or the armorer records a briefing of them on or shortly before the day "
                + "(this production accepts one for " + briefingDays.get() + " days; California Labor Code §9156)."
            : "Record a current certificate (California Labor Code §9156).";
        String who = member == null ? "Someone no longer on the production" : member.displayName();
        Said why = standing.refusal() == null ? null : standing.refusal().said();
        gaps.add(new Gap(AREA, who + " (" + need.why() + "): no current " + need.type().label().toLowerCase()
            + " on " + need.day() + ". " + standing.reason(), remedy,
            whereToFix(productionId, need.personId(), briefingWouldDo))
            .saying(why == null ? null : Said.of("gap.briefing.qualification",
                member == null ? Said.of("gap.briefing.qualification.gone") : member.displayName(), need.whyWords(),
                need.type().builtIn() ? Said.of("training.type.in-sentence." + need.type().code())
                    : need.type().label().toLowerCase(), need.day(), why),
                briefingWouldDo ? Said.of("gap.briefing.qualification.fix.briefing", briefingDays.get())
                    : Said.of("gap.briefing.qualification.fix")));
        break;
      }
    }
    gaps.sort(Comparator.comparing(Gap::missing));
    return gaps;
  }

  /**
   * The page where the person reading the gap can act on it: a person's qualifications for those who look after
   * the crew's, one's own for oneself, the armorer briefings where a briefing would do, and otherwise the
   * production's qualifications page. Never a page the reader may not open.
   */
  private String whereToFix(UUID productionId, UUID personId, boolean briefingWouldDo) {
    Optional<SignedInUser> reader = SignedInUser.current();
    String production = "/productions/" + productionId + "/qualifications";
    if (reader.isEmpty() || qualifications.overseesCrew(productionId, reader.get())) {
      return production + "/people/" + personId;
    }
    if (reader.get().id().equals(personId)) {
      return "/account/qualifications";
    }
    return briefingWouldDo ? production + "/briefings" : production;
  }
}
