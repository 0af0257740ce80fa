package org.setsafe.staffing.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.setsafe.shared.Refusal.Said;
import org.setsafe.studio.StudioColumn;
import org.setsafe.studio.StudioColumn.Concern;
import org.setsafe.studio.StudioColumn.StudioCell;
import org.setsafe.studio.StudioWeekly;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Staffing's column of the studio's table (flags on firearms scenes no one has decided on yet) and its weekly series
 * (crew-days worked: one person on one work date with hours recorded), each one query for every production.
 */
final class StaffingStudio {

  private StaffingStudio() {}

  @Component
  static class Flags implements StudioColumn {

    private final JdbcClient jdbc;

    Flags(JdbcClient jdbc) {
      this.jdbc = jdbc;
    }

    @Override
    public String key() {
      return "staffing-flags";
    }

    @Override
    public String heading() {
      return "Staffing flags undecided";
    }

    @Override
    public int order() {
      return 80;
    }

    @Override
    public Map<UUID, StudioCell> cells(Collection<UUID> productionIds, Instant now) {
      Map<UUID, StudioCell> cells = new HashMap<>();
      LocalDate yesterday = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1);
      jdbc.sql("SELECT f.production_id, COUNT(*) AS n, MIN(f.day_date) AS first_day, "
              + "SUM(CASE WHEN f.day_date >= :yesterday THEN 1 ELSE 0 END) AS ahead FROM staffing_flag f "
              + "WHERE f.production_id IN (:ids) AND NOT EXISTS (SELECT 1 FROM staffing_decision d "
              + "WHERE d.production_id = f.production_id AND d.scene_id = f.scene_id AND d.day_date = f.day_date "
              + "AND d.person_id = f.person_id AND d.kind = f.kind) GROUP BY f.production_id")
          .param("ids", productionIds).param("yesterday", yesterday)
          .query(rs -> {
            UUID id = rs.getObject("production_id", UUID.class);
            long count = rs.getLong("n");
            long ahead = rs.getLong("ahead");
            cells.put(id, cell(id, count, ahead));
          });
      return cells;
    }

    /** One production's cell: how many flags await a decision, and how many of them on days still to shoot. */
    static StudioCell cell(UUID id, long count, long ahead) {
      Said flags = Said.of(count == 1 ? "staffing.studio.flags.one" : "staffing.studio.flags.many", count);
      // A flag on a day still to shoot is for someone to decide now; one on a day gone is for the record.
      return new StudioCell(count, ahead > 0 ? Concern.ACT : Concern.WATCH,
          count + (count == 1 ? " flag" : " flags") + (ahead > 0 ? ", " + ahead + " on days ahead" : ""),
          ahead > 0 ? Said.of("staffing.studio.flags.ahead", flags, ahead) : flags,
          "/productions/" + id + "/schedule");
    }
  }

  /** Crew-days worked each week ({@code crew-days}): what the studio's "reports per 100 crew-days" divides by. */
  @Component
  static class Weekly implements StudioWeekly {

    private final JdbcClient jdbc;

    Weekly(JdbcClient jdbc) {
      this.jdbc = jdbc;
    }

    @Override
    public Map<String, double[]> series(Collection<UUID> productionIds, StudioWeeks weeks) {
      double[] crewDays = new double[weeks.count()];
      LocalDate first = LocalDate.ofInstant(weeks.first(), ZoneOffset.UTC);
      LocalDate end = LocalDate.ofInstant(weeks.end(), ZoneOffset.UTC);
      jdbc.sql("SELECT work_date, COUNT(DISTINCT person_id) AS people FROM staffing_hours "
              + "WHERE production_id IN (:ids) AND work_date >= :first AND work_date < :end "
              + "GROUP BY production_id, work_date")
          .param("ids", productionIds).param("first", first).param("end", end)
          .query(rs -> {
            LocalDate day = rs.getObject("work_date", LocalDate.class);
            int week = weeks.weekOf(day.atStartOfDay(ZoneOffset.UTC).toInstant());
            if (week >= 0) {
              crewDays[week] += rs.getLong("people");
            }
          });
      return Map.of("crew-days", crewDays);
    }
  }
}
