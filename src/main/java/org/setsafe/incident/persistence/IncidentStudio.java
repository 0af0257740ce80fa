package org.setsafe.incident.persistence;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.setsafe.studio.StudioWeekly;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Incidents' weekly series for the studio: near misses ({@code near-misses}) against injuries and illnesses
 * ({@code injuries}), by when they happened. Many near misses for each injury is a crew that reports; few is one
 * that has stopped.
 */
@Component
class IncidentStudio implements StudioWeekly {

  private final JdbcClient jdbc;

  IncidentStudio(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<String, double[]> series(Collection<UUID> productionIds, StudioWeeks weeks) {
    double[] nearMisses = new double[weeks.count()];
    double[] injuries = new double[weeks.count()];
    jdbc.sql("SELECT kind, happened_at FROM incident WHERE production_id IN (:ids) "
            + "AND kind IN ('NEAR_MISS', 'INJURY_OR_ILLNESS') AND happened_at >= :from AND happened_at < :to")
        .param("ids", productionIds)
        .param("from", weeks.from())
        .param("to", weeks.to())
        .query(rs -> {
          int week = weeks.weekOf(rs.getObject("happened_at", OffsetDateTime.class).toInstant());
          if (week >= 0) {
            (rs.getString("kind").equals("NEAR_MISS") ? nearMisses : injuries)[week]++;
          }
        });
    return Map.of("near-misses", nearMisses, "injuries", injuries);
  }
}
