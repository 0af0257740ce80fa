package org.setsafe.studio;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Generated productions for the studio's view, written straight into the tables as the benchmark's generator does:
 * the studio reads what the modules recorded, and two hundred productions made one step at a time through every
 * module would make the test about them rather than about the table.
 */
final class StudioProductions {

  /** One generated production and what it was given. */
  record Generated(UUID id, String name, int openCritical, int resolvedCritical) {}

  private final JdbcClient jdbc;
  private final Instant now;

  StudioProductions(JdbcClient jdbc, Instant now) {
    this.jdbc = jdbc;
    this.now = now;
  }

  /**
   * {@code count} productions named "{@code prefix} 001" on: number {@code i} has {@code i % 7} open critical
   * reports, one resolved critical report when {@code i % 5 == 0} (which must not count), a high report open on
   * every third, and work stopped on the whole production on every tenth.
   */
  List<Generated> generate(String prefix, int count) {
    List<Generated> made = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      UUID id = UUID.randomUUID();
      String name = String.format("%s %03d", prefix, i);
      production(id, name);
      int critical = i % 7;
      for (int r = 0; r < critical; r++) {
        report(id, "CRITICAL", now.minus(Duration.ofHours(6L * (r + 1))));
      }
      int resolved = i % 5 == 0 ? 1 : 0;
      if (resolved == 1) {
        UUID report = report(id, "CRITICAL", now.minus(Duration.ofDays(3)));
        step(report, id, 1, "ACKNOWLEDGED", now.minus(Duration.ofDays(3)).plusSeconds(600));
        step(report, id, 2, "RESOLVED", now.minus(Duration.ofDays(2)));
      }
      if (i % 3 == 0) {
        report(id, "HIGH", now.minus(Duration.ofDays(i % 20)));
      }
      if (i % 10 == 0) {
        jdbc.sql("INSERT INTO stop_work (id, production_id, scene_id, called_by, reason, called_at) "
                + "VALUES (?, ?, NULL, ?, ?, ?)")
            .params(UUID.randomUUID(), id, UUID.randomUUID(), "Rigging over the set not signed off", at(now))
            .update();
      }
      made.add(new Generated(id, name, critical, resolved));
    }
    return made;
  }

  void production(UUID id, String name) {
    jdbc.sql("INSERT INTO production (id, name, time_zone, created_at) VALUES (?, ?, ?, ?)")
        .params(id, name, "America/Denver", at(now.minus(Duration.ofDays(60)))).update();
  }

  UUID report(UUID productionId, String severity, Instant reportedAt) {
    UUID id = UUID.randomUUID();
    jdbc.sql("INSERT INTO hazard_report (id, production_id, category, severity, title, description, resignation, "
            + "anonymous, reported_at) VALUES (?, ?, 'FIREARMS', ?, ?, ?, FALSE, FALSE, ?)")
        .params(id, productionId, severity, "Loose rounds on the prop cart", "Found at the meal break",
            at(reportedAt))
        .update();
    return id;
  }

  void step(UUID reportId, UUID productionId, int no, String step, Instant at) {
    jdbc.sql("INSERT INTO report_step (report_id, step_no, production_id, step, by_reporter, occurred_at) "
            + "VALUES (?, ?, ?, ?, FALSE, ?)")
        .params(reportId, no, productionId, step, at(at)).update();
  }

  private static OffsetDateTime at(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
