package org.setsafe.escalation.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.setsafe.shared.Refusal.Said;
import org.setsafe.studio.StudioColumn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Escalation's column of the studio's table: reports not resolved whose escalation has climbed to level 2 or above,
 * that is, past the people first told. One query for every production asked about.
 */
@Component
class EscalationStudio implements StudioColumn {

  private final JdbcClient jdbc;

  EscalationStudio(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String key() {
    return "escalations";
  }

  @Override
  public String heading() {
    return "Escalated to level 2 or more";
  }

  @Override
  public int order() {
    return 55;
  }

  @Override
  public Map<UUID, StudioCell> cells(Collection<UUID> productionIds, Instant now) {
    Map<UUID, StudioCell> cells = new HashMap<>();
    jdbc.sql("SELECT production_id, COUNT(*) AS n, MAX(level) AS top, "
            + "SUM(CASE WHEN state = 'ESCALATING' THEN 1 ELSE 0 END) AS unacknowledged FROM escalation "
            + "WHERE production_id IN (:ids) AND state <> 'RESOLVED' AND level >= 2 GROUP BY production_id")
        .param("ids", productionIds)
        .query(rs -> {
          UUID id = rs.getObject("production_id", UUID.class);
          long count = rs.getLong("n");
          long unacknowledged = rs.getLong("unacknowledged");
          cells.put(id, cell(id, count, rs.getInt("top"), unacknowledged));
        });
    return cells;
  }

  /** One production's cell: how many reports climbed to level 2 or more, how high, how many nobody acknowledged. */
  static StudioCell cell(UUID id, long count, int top, long unacknowledged) {
    String words = count + (count == 1 ? " report" : " reports") + ", up to level " + top
        + (unacknowledged > 0 ? ", " + unacknowledged + " not acknowledged" : "");
    Said reports = Said.of(count == 1 ? "escalation.studio.reports.one" : "escalation.studio.reports.many",
        count, top);
    Said said = unacknowledged > 0 ? Said.of("escalation.studio.not-acknowledged", reports, unacknowledged)
        : reports;
    // Still climbing with nobody answering is for the studio now; acknowledged ones are being handled.
    return new StudioCell(count, unacknowledged > 0 ? Concern.ACT : Concern.WATCH, words, said,
        "/productions/" + id + "/escalation");
  }
}
