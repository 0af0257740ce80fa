package org.setsafe.briefing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.setsafe.briefing.ReadinessCheck.Gap;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Permission;
import org.setsafe.production.Production;
import org.setsafe.production.ProductionAccess;
import org.setsafe.production.Productions;
import org.setsafe.production.ShootingDay;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.Refusal.Said;
import org.setsafe.shared.SecurityAudit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The pre-production check: every gap every module finds before the first shooting day, on one page, for those
 * who plan the shoot (producers, UPM, 1st AD, safety advisor, armorer) and studio safety.
 */
@Service
public class PreProductionCheck {

  static final Set<CrewRole> PLANNERS = EnumSet.of(CrewRole.PRODUCER, CrewRole.UPM, CrewRole.FIRST_AD,
      CrewRole.SAFETY_ADVISOR, CrewRole.ARMORER);

  /**
   * The check's result: the first shooting day (null when none is scheduled), how many days away it is (negative
   * once shooting has begun), every gap, and the same gaps by area in the order the checks run, with the areas
   * where nothing is missing.
   */
  public record PreProduction(UUID productionId, String productionName, LocalDate today, LocalDate firstShootingDay,
      Long daysToFirstShootingDay, List<Gap> gaps, List<AreaCheck> areas) {

    /** From the first shooting day on, the gaps are no longer ahead of the shoot: they are open on it. */
    public boolean shootingHasBegun() {
      return daysToFirstShootingDay != null && daysToFirstShootingDay <= 0;
    }

    /** One line over the list, in the tense of the day: what is left before shooting, or what is open now. */
    public String summary() {
      int n = gaps.size();
      if (shootingHasBegun()) {
        return n == 0 ? "Shooting has begun: no gaps are open now."
            : n == 1 ? "Shooting has begun: this gap is open now." : "Shooting has begun: these " + n
                + " gaps are open now.";
      }
      return n == 0 ? "Before shooting starts: no gaps found."
          : n == 1 ? "Before shooting starts: one gap to close." : "Before shooting starts: " + n + " gaps to close.";
    }

    /** "12 days to the first shooting day", "The first shooting day is today", or how long shooting has run. */
    public String countdown() {
      if (firstShootingDay == null) {
        return "No shooting day is scheduled yet.";
      }
      long days = daysToFirstShootingDay;
      if (days > 1) {
        return days + " days to the first shooting day (" + firstShootingDay + ").";
      }
      if (days == 1) {
        return "1 day to the first shooting day (" + firstShootingDay + ").";
      }
      if (days == 0) {
        return "The first shooting day is today.";
      }
      return "Shooting began on " + firstShootingDay + "; the gaps still matter for the days ahead.";
    }

    /** {@link #summary()} in bundle words, for the page in the reader's language. */
    public Said summaryWords() {
      int n = gaps.size();
      String tense = shootingHasBegun() ? "briefing.preproduction.summary.begun." : "briefing.preproduction.summary.before.";
      return n == 0 ? Said.of(tense + "none") : n == 1 ? Said.of(tense + "one") : Said.of(tense + "many", n);
    }

    /** {@link #countdown()} in bundle words, for the page in the reader's language. */
    public Said countdownWords() {
      if (firstShootingDay == null) {
        return Said.of("briefing.preproduction.countdown.unscheduled");
      }
      long days = daysToFirstShootingDay;
      return days > 1 ? Said.of("briefing.preproduction.countdown.days", days, firstShootingDay)
          : days == 1 ? Said.of("briefing.preproduction.countdown.one-day", firstShootingDay)
          : days == 0 ? Said.of("briefing.preproduction.countdown.today")
          : Said.of("briefing.preproduction.countdown.begun", firstShootingDay);
    }
  }

  private final ProductionAccess access;
  private final Productions productions;
  private final ShootingSchedule schedule;
  private final ObjectProvider<ReadinessCheck> checks;
  private final PreProductionGapCounts counts;
  private final Clock clock;

  PreProductionCheck(ProductionAccess access, Productions productions, ShootingSchedule schedule,
      ObjectProvider<ReadinessCheck> checks, PreProductionGapCounts counts, Clock clock) {
    this.access = access;
    this.productions = productions;
    this.schedule = schedule;
    this.checks = checks;
    this.counts = counts;
    this.clock = clock;
  }

  public PreProduction check(UUID productionId) {
    return run(require(productionId));
  }

  /**
   * The check for a production, with no one's access checked: for the studio's background count, which answers only
   * to studio safety and administrators. Every run renews the production's count in the studio's table.
   */
  PreProduction run(Production production) {
    UUID productionId = production.id();
    Instant at = clock.instant();
    LocalDate today = schedule.today(production);
    LocalDate first = schedule.days(productionId).stream().map(ShootingDay::date).min(Comparator.naturalOrder())
        .orElse(null);
    List<Gap> gaps = new ArrayList<>();
    Map<String, AreaCheck> areas = new LinkedHashMap<>();
    checks.orderedStream().forEach(check -> {
      ReadinessCheck.Area area = check.area();
      if (area != null) {
        areas.putIfAbsent(area.name(), new AreaCheck(area.name(), new ArrayList<>(), area.nothingMissing(),
            area.nameWords(), area.nothingMissingWords()));
      }
      for (Gap gap : check.gaps(productionId)) {
        gaps.add(gap);
        areas.computeIfAbsent(gap.area(), name -> new AreaCheck(name, new ArrayList<>(), null, null, null)).gaps()
            .add(gap);
      }
    });
    PreProduction checked = new PreProduction(productionId, production.name(), today, first,
        first == null ? null : ChronoUnit.DAYS.between(today, first), List.copyOf(gaps),
        areas.values().stream().map(a -> new AreaCheck(a.name(), List.copyOf(a.gaps()), a.nothingMissing(),
            a.nameWords(), a.nothingMissingWords())).toList());
    counts.counted(productionId, new PreProductionGapCounts.Count(gaps.size(), checked.shootingHasBegun(), at));
    return checked;
  }

  /**
   * One area of the check: its gaps, and what to say when it has none (null when the area only shows gaps); with the
   * words of its name and of that line where its check gave them, which the API leaves out.
   */
  public record AreaCheck(String name, List<Gap> gaps, String nothingMissing, @JsonIgnore Said nameWords,
      @JsonIgnore Said nothingMissingWords) {}

  /** Whether the signed-in person may see the check, for showing the link. */
  public boolean mayView(UUID productionId) {
    return SignedInUser.current().map(user -> user.isAdministrator() || user.isStudioSafety()
        || productions.rolesOf(productionId, user.id()).orElse(Set.of()).stream().anyMatch(PLANNERS::contains))
        .orElse(false);
  }

  private Production require(UUID productionId) {
    Production production = access.require(productionId, Permission.VIEW);
    if (!mayView(productionId)) {
      String who = SignedInUser.current().map(SignedInUser::getUsername).orElse("anonymous");
      SecurityAudit.accessRefused(who, "pre-production check of production " + productionId, "role does not allow it");
      throw new AccessRefusedException("The pre-production check is for the producers, UPM, 1st AD, safety advisor"
          + " and armorer of this production.").saying("input.briefing.not-allowed.pre-production-check");
    }
    return production;
  }
}
