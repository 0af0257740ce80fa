package org.setsafe.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.setsafe.production.CrewList;
import org.setsafe.shared.Refusal.Said;
import org.setsafe.studio.StudioColumn;
import org.springframework.stereotype.Component;

/**
 * Training's column of the studio's table: crew missing a qualification their role needs, or whose qualification
 * has expired or runs out within the expiring window. The same gaps the safety advisor's overview lists, for every
 * production from two reads (crews, certificates in force).
 */
@Component
class TrainingStudio implements StudioColumn {

  private final CrewQualifications qualifications;
  private final CrewList productions;

  TrainingStudio(CrewQualifications qualifications, CrewList productions) {
    this.qualifications = qualifications;
    this.productions = productions;
  }

  @Override
  public String key() {
    return "qualifications";
  }

  @Override
  public String heading() {
    return "Qualifications missing or expiring";
  }

  @Override
  public int order() {
    return 70;
  }

  @Override
  public Map<UUID, StudioCell> cells(Collection<UUID> productionIds, Instant now) {
    Map<UUID, LocalDate> todays = new HashMap<>();
    productions.all().forEach(p -> todays.put(p.id(), LocalDate.ofInstant(now, p.timeZone())));
    Map<UUID, StudioCell> cells = new HashMap<>();
    qualifications.missingOrExpiring(productionIds, todays).forEach((id, gaps) -> {
      if (gaps.isEmpty()) {
        return;
      }
      long missing = gaps.stream().filter(g -> g.status() != QualificationStatus.EXPIRING).count();
      long expiring = gaps.size() - missing;
      cells.put(id, cell(id, missing, expiring));
    });
    return cells;
  }

  /** One production's cell: how many of its crew's qualifications are missing or expired, how many expire soon. */
  static StudioCell cell(UUID id, long missing, long expiring) {
    List<String> words = new java.util.ArrayList<>();
    List<Said> said = new java.util.ArrayList<>();
    if (missing > 0) {
      words.add(missing + " missing or expired");
      said.add(Said.of(missing == 1 ? "training.studio.missing.one" : "training.studio.missing.many", missing));
    }
    if (expiring > 0) {
      words.add(expiring + " expiring soon");
      said.add(Said.of(expiring == 1 ? "training.studio.expiring.one" : "training.studio.expiring.many", expiring));
    }
    // Missing or expired stops someone working with firearms; expiring soon is time to renew.
    return new StudioCell(missing + expiring, missing > 0 ? Concern.ACT : Concern.WATCH, String.join(", ", words),
        Said.joined("training.studio.list", said), "/productions/" + id + "/qualifications");
  }

}
