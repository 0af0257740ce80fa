package org.setsafe.staffing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.setsafe.briefing.AgendaSource;
import org.setsafe.briefing.ReadinessCheck;
import org.setsafe.production.CrewList;
import org.setsafe.production.Scene;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.shared.FormerMember;
import org.setsafe.shared.Refusal.Said;
import org.springframework.stereotype.Component;

/**
 * What staffing tells the day's safety meeting and the pre-production check: each firearms day's dedicated
 * armorer (or that there is none), and every rest or hours flag with the decision on it, or that none was made.
 * Both ask after their caller's own check, so neither checks access again.
 */
@Component
class StaffingBriefing implements AgendaSource, ReadinessCheck {

  private static final String SOURCE = "Staffing";

  private final StaffingReads reads;
  private final FatigueFlags flags;
  private final ShootingSchedule schedule;
  private final CrewList crew;

  StaffingBriefing(StaffingReads reads, FatigueFlags flags, ShootingSchedule schedule, CrewList crew) {
    this.reads = reads;
    this.flags = flags;
    this.schedule = schedule;
    this.crew = crew;
  }

  @Override
  public List<AgendaItem> agendaFor(UUID productionId, LocalDate date) {
    List<AgendaItem> items = new ArrayList<>();
    reads.dayOn(productionId, date).filter(DayStaffing::firearmsDay).ifPresent(day -> {
      List<String> armorers = day.roster().stream().filter(RosterLine::dedicatedArmorer).map(RosterLine::name).toList();
      Lines lines = new Lines();
      if (armorers.isEmpty()) {
        lines.add("No dedicated armorer is scheduled: no firearm goes out until one is (California Labor Code "
            + "§9153(a)(3)).", Said.of("agenda.staffing.no-armorer"));
      } else {
        lines.add("Dedicated armorer: " + String.join(", ", armorers) + ", with no other duty today (California Labor "
            + "Code §9153(a)(3)).", Said.of("agenda.staffing.armorer",
            Lines.joined("agenda.join.comma", armorers.stream().map(FormerMember::inWords).toList())));
      }
      items.add(item(null, armorers.isEmpty() ? "No dedicated armorer" : "Dedicated armorer", lines,
          armorers.isEmpty()).saying(Said.of(armorers.isEmpty() ? "agenda.staffing.title.no-armorer"
              : "agenda.staffing.title.armorer"), lines.words()));
      day.flags().forEach(flag -> items.add(item(flag)));
    });
    return items;
  }

  /** The scene's flags alone, read for the scene as loaded: the day's roster item is about no scene. */
  @Override
  public List<AgendaItem> agendaForScene(LocalDate date, Scene scene) {
    return flags.ofScene(scene, date).stream().map(StaffingBriefing::item).toList();
  }

  @Override
  public List<Gap> gaps(UUID productionId) {
    LocalDate today = schedule.today(crew.production(productionId));
    List<Gap> gaps = new ArrayList<>();
    for (DayStaffing day : reads.days(productionId)) {
      if (!day.firearmsDay() || day.day().date().isBefore(today)) {
        continue;
      }
      String path = "/productions/" + productionId + "/staffing/days/" + day.day().id();
      if (!day.hasDedicatedArmorer()) {
        gaps.add(new Gap(SOURCE, "No dedicated armorer on " + day.day().date() + " (firearms in scene "
            + String.join(", ", day.firearmsScenes()) + ")", "The UPM, 1st AD or a producer schedules an armorer "
            + "or property master as the day's dedicated armorer", path)
            .saying(Said.of("gap.staffing.no-armorer", day.day().date(), String.join(", ", day.firearmsScenes())),
                Said.of("gap.staffing.no-armorer.fix")));
      }
      for (Flag flag : day.flags()) {
        if (!flag.decided()) {
          // The flag's detail as the rest and hours rules recorded it when it was raised, in every language.
          gaps.add(new Gap(SOURCE, "Scene " + flag.sceneNumber() + " on " + flag.date() + ": " + flag.detail(),
              "A producer or the UPM records a decision on the flag", path)
              .saying(Said.of("gap.staffing.flag", flag.sceneNumber(), flag.date(), flag.detail()),
                  Said.of("gap.staffing.flag.fix")));
        }
      }
    }
    return gaps;
  }

  /** A rest or hours flag on a scene, with the decision on it or that none was made. */
  private static AgendaItem item(Flag flag) {
    Lines lines = new Lines();
    // What the rest and hours rules found, as they recorded it when the flag was raised, and in words.
    lines.add(flag.detail(), flag.detailWords());
    if (flag.decided()) {
      lines.add("Decision (" + flag.decision().role().toLowerCase() + " " + flag.decision().decidedByName() + "): "
          + flag.decision().decision(), Said.of("agenda.staffing.decision",
              Said.of("agenda.staffing.decider." + flag.decision().role()),
              FormerMember.inWords(flag.decision().decidedByName()),
              flag.decision().decision()));
    } else {
      lines.add("No decision recorded yet by a producer or the UPM.", Said.of("agenda.staffing.undecided"));
    }
    String title = "Scene " + flag.sceneNumber() + ": " + flag.kind().label().toLowerCase() + " — "
        + flag.personName() + " (" + flag.watchedAs() + ")";
    return item(flag.sceneId(), title, lines, !flag.decided()).saying(Said.of("agenda.staffing.title.flag",
        flag.sceneNumber(), Said.of("agenda.staffing.kind." + flag.kind().name()),
        FormerMember.inWords(flag.personName()),
        FatigueFlags.watchedAsWords(flag.watchedAs())), lines.words());
  }

  private static AgendaItem item(UUID sceneId, String title, Lines lines, boolean concern) {
    return new AgendaItem(sceneId, SOURCE, title, lines.english(), concern,
        fingerprint(sceneId, title, lines.english(), concern));
  }

  /** Changes whenever what the item says changes: the roster, a flag, a decision. */
  private static String fingerprint(UUID sceneId, String title, List<String> lines, boolean concern) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(String.valueOf(sceneId).getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(title.getBytes(StandardCharsets.UTF_8));
      for (String line : lines) {
        sha.update((byte) 0);
        sha.update(line.getBytes(StandardCharsets.UTF_8));
      }
      sha.update(concern ? (byte) 1 : (byte) 2);
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
