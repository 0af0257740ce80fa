package org.setsafe.reporting.persistence;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
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
 * Reporting's columns of the studio's table (open hazard reports by severity and age, open critical reports,
 * stop-work in force, management reviews without a producer's answer) and its weekly series (reports, hours to
 * acknowledge and to resolve). Each answers every production asked about in one query.
 */
final class ReportingStudio {

  private ReportingStudio() {}

  /** A report is open unless its last resolve was not followed by a reopen. */
  private static final String OPEN = """
      NOT EXISTS (SELECT 1 FROM report_step s WHERE s.report_id = h.id AND s.step = 'RESOLVED'
        AND NOT EXISTS (SELECT 1 FROM report_step r WHERE r.report_id = h.id AND r.step = 'REOPENED'
          AND r.step_no > s.step_no))""";

  record OpenBySeverity(UUID productionId, String severity, long count, Instant oldest) {}

  private static Map<UUID, List<OpenBySeverity>> open(JdbcClient jdbc, Collection<UUID> ids) {
    Map<UUID, List<OpenBySeverity>> open = new HashMap<>();
    jdbc.sql("SELECT h.production_id, h.severity, COUNT(*) AS n, MIN(h.reported_at) AS oldest FROM hazard_report h "
            + "WHERE h.production_id IN (:ids) AND " + OPEN + " GROUP BY h.production_id, h.severity")
        .param("ids", ids)
        .query((rs, n) -> new OpenBySeverity(rs.getObject("production_id", UUID.class), rs.getString("severity"),
            rs.getLong("n"), rs.getObject("oldest", OffsetDateTime.class).toInstant()))
        .list().forEach(o -> open.computeIfAbsent(o.productionId(), k -> new ArrayList<>()).add(o));
    return open;
  }

  private static String reports(UUID productionId) {
    return "/productions/" + productionId + "/reports";
  }

  private static long days(Instant since, Instant now) {
    return Math.max(0, Duration.between(since, now).toDays());
  }

  /** "1 day", "3 days", as the English cells write them. */
  private static String daysWritten(long days) {
    return days + (days == 1 ? " day" : " days");
  }

  private static Said daysSaid(long days) {
    return Said.of(days == 1 ? "reporting.studio.days.one" : "reporting.studio.days.many", days);
  }

  @Component
  static class OpenReports implements StudioColumn {

    private static final List<String> SEVERITIES = List.of("CRITICAL", "HIGH", "MEDIUM", "LOW");
    private final JdbcClient jdbc;

    OpenReports(JdbcClient jdbc) {
      this.jdbc = jdbc;
    }

    @Override
    public String key() {
      return "open-reports";
    }

    @Override
    public String heading() {
      return "Open hazard reports";
    }

    @Override
    public int order() {
      return 40;
    }

    @Override
    public Map<UUID, StudioCell> cells(Collection<UUID> productionIds, Instant now) {
      Map<UUID, StudioCell> cells = new HashMap<>();
      open(jdbc, productionIds).forEach((id, bySeverity) -> cells.put(id, cell(id, bySeverity, now)));
      return cells;
    }

    /** One production's cell, from its open reports counted by severity (at least one). */
    static StudioCell cell(UUID id, List<OpenBySeverity> bySeverity, Instant now) {
      long total = bySeverity.stream().mapToLong(OpenBySeverity::count).sum();
      Instant oldest = bySeverity.stream().map(OpenBySeverity::oldest).min(Instant::compareTo).orElse(now);
      List<String> words = new ArrayList<>();
      List<Said> said = new ArrayList<>();
      for (String severity : SEVERITIES) {
        bySeverity.stream().filter(o -> o.severity().equals(severity)).findFirst().ifPresent(o -> {
          words.add(o.count() + " " + severity.toLowerCase());
          said.add(Said.of("reporting.studio.severity." + severity + (o.count() == 1 ? ".one" : ".many"),
              o.count()));
        });
      }
      long age = days(oldest, now);
      boolean serious = bySeverity.stream().anyMatch(o -> o.severity().equals("CRITICAL")
          || o.severity().equals("HIGH"));
      // A serious report open, or any report left a fortnight, is for the studio to chase.
      Concern concern = serious || age >= 14 ? Concern.ACT : Concern.WATCH;
      return new StudioCell(total, concern, String.join(", ", words) + "; oldest " + daysWritten(age),
          Said.of("reporting.studio.open", Said.joined("reporting.studio.list", said), daysSaid(age)),
          reports(id));
    }
  }

  @Component
  static class OpenCriticalReports implements StudioColumn {

    private final JdbcClient jdbc;

    OpenCriticalReports(JdbcClient jdbc) {
      this.jdbc = jdbc;
    }

    @Override
    public String key() {
      return "open-critical-reports";
    }

    @Override
    public String heading() {
      return "Open critical reports";
    }

    @Override
    public int order() {
      return 30;
    }

    @Override
    public Map<UUID, StudioCell> cells(Collection<UUID> productionIds, Instant now) {
      Map<UUID, StudioCell> cells = new HashMap<>();
      jdbc.sql("SELECT h.production_id, COUNT(*) AS n, MIN(h.reported_at) AS oldest FROM hazard_report h "
              + "WHERE h.production_id IN (:ids) AND h.severity = 'CRITICAL' AND " + OPEN
              + " GROUP BY h.production_id")
          .param("ids", productionIds)
          .query(rs -> {
            UUID id = rs.getObject("production_id", UUID.class);
            long count = rs.getLong("n");
            long age = days(rs.getObject("oldest", OffsetDateTime.class).toInstant(), now);
            cells.put(id, cell(id, count, age));
          });
      return cells;
    }

    /** One production's cell: how many critical reports are open, the oldest for how many days. */
    static StudioCell cell(UUID id, long count, long age) {
      return new StudioCell(count, Concern.ACT, count + " critical, oldest " + daysWritten(age),
          Said.of(count == 1 ? "reporting.studio.critical.one" : "reporting.studio.critical.many", count,
              daysSaid(age)), reports(id));
    }
  }

  @Component
  static class StopWorks implements StudioColumn {

    private final JdbcClient jdbc;

    StopWorks(JdbcClient jdbc) {
      this.jdbc = jdbc;
    }

    @Override
    public String key() {
      return "stop-works";
    }

    @Override
    public String heading() {
      return "Stop-work in force";
    }

    @Override
    public int order() {
      return 20;
    }

    @Override
    public Map<UUID, StudioCell> cells(Collection<UUID> productionIds, Instant now) {
      Map<UUID, StudioCell> cells = new HashMap<>();
      jdbc.sql("SELECT w.production_id, COUNT(*) AS n, SUM(CASE WHEN w.scene_id IS NULL THEN 1 ELSE 0 END) AS whole, "
              + "MIN(w.called_at) AS since FROM stop_work w WHERE w.production_id IN (:ids) "
              + "AND NOT EXISTS (SELECT 1 FROM work_resumption r WHERE r.stop_work_id = w.id) GROUP BY w.production_id")
          .param("ids", productionIds)
          .query(rs -> {
            UUID id = rs.getObject("production_id", UUID.class);
            long count = rs.getLong("n");
            long days = days(rs.getObject("since", OffsetDateTime.class).toInstant(), now);
            cells.put(id, cell(id, count, rs.getLong("whole") > 0, days));
          });
      return cells;
    }

    /** One production's cell: how many stop-works are in force, whether one stops it whole, and since when. */
    static StudioCell cell(UUID id, long count, boolean whole, long days) {
      String words = whole ? "Whole production stopped"
          : count == 1 ? "1 scene stopped" : count + " scenes stopped";
      Said stopped = whole ? Said.of("reporting.studio.stopped.whole")
          : Said.of(count == 1 ? "reporting.studio.stopped.scenes.one" : "reporting.studio.stopped.scenes.many",
              count);
      return new StudioCell(count, Concern.ACT, words + (days > 0 ? ", for " + daysWritten(days) : ", since today"),
          days > 0 ? Said.of("reporting.studio.stopped.for", stopped, daysSaid(days))
              : Said.of("reporting.studio.stopped.today", stopped), "/productions/" + id + "/stop-work");
    }
  }

  @Component
  static class ReviewsUnanswered implements StudioColumn {

    private final JdbcClient jdbc;

    ReviewsUnanswered(JdbcClient jdbc) {
      this.jdbc = jdbc;
    }

    @Override
    public String key() {
      return "reviews-unanswered";
    }

    @Override
    public String heading() {
      return "Management reviews unanswered";
    }

    @Override
    public int order() {
      return 50;
    }

    @Override
    public Map<UUID, StudioCell> cells(Collection<UUID> productionIds, Instant now) {
      Map<UUID, StudioCell> cells = new HashMap<>();
      jdbc.sql("SELECT m.production_id, COUNT(*) AS n, MIN(m.opened_at) AS oldest FROM management_review m "
              + "WHERE m.production_id IN (:ids) AND NOT EXISTS "
              + "(SELECT 1 FROM management_review_answer a WHERE a.review_id = m.id) GROUP BY m.production_id")
          .param("ids", productionIds)
          .query(rs -> {
            UUID id = rs.getObject("production_id", UUID.class);
            long count = rs.getLong("n");
            long days = days(rs.getObject("oldest", OffsetDateTime.class).toInstant(), now);
            cells.put(id, cell(id, count, days));
          });
      return cells;
    }

    /** One production's cell: how many reviews await a producer's answer, the oldest for how many days. */
    static StudioCell cell(UUID id, long count, long days) {
      // A producer has a week to answer in writing; after that the studio steps in.
      return new StudioCell(count, days >= 7 ? Concern.ACT : Concern.WATCH, count
          + (count == 1 ? " review" : " reviews") + ", oldest " + daysWritten(days),
          Said.of(count == 1 ? "reporting.studio.reviews.one" : "reporting.studio.reviews.many", count,
              daysSaid(days)), reports(id) + "/reviews");
    }
  }

  /**
   * Reports made each week ({@code reports}), and of them the median hours until the first acknowledgment
   * ({@code hours-to-acknowledge}) and until the first resolution ({@code hours-to-resolve}), by the week reported.
   */
  @Component
  static class Weekly implements StudioWeekly {

    private final JdbcClient jdbc;

    Weekly(JdbcClient jdbc) {
      this.jdbc = jdbc;
    }

    @Override
    public Map<String, double[]> series(Collection<UUID> productionIds, StudioWeeks weeks) {
      double[] reports = new double[weeks.count()];
      List<List<Double>> toAcknowledge = new ArrayList<>();
      List<List<Double>> toResolve = new ArrayList<>();
      for (int i = 0; i < weeks.count(); i++) {
        toAcknowledge.add(new ArrayList<>());
        toResolve.add(new ArrayList<>());
      }
      jdbc.sql("SELECT h.reported_at, MIN(CASE WHEN s.step = 'ACKNOWLEDGED' THEN s.occurred_at END) AS acknowledged, "
              + "MIN(CASE WHEN s.step = 'RESOLVED' THEN s.occurred_at END) AS resolved FROM hazard_report h "
              + "LEFT JOIN report_step s ON s.report_id = h.id WHERE h.production_id IN (:ids) "
              + "AND h.reported_at >= :from AND h.reported_at < :to GROUP BY h.id, h.reported_at")
          .param("ids", productionIds)
          .param("from", weeks.from())
          .param("to", weeks.to())
          .query(rs -> {
            Instant reported = rs.getObject("reported_at", OffsetDateTime.class).toInstant();
            int week = weeks.weekOf(reported);
            if (week < 0) {
              return;
            }
            reports[week]++;
            OffsetDateTime acknowledged = rs.getObject("acknowledged", OffsetDateTime.class);
            if (acknowledged != null) {
              toAcknowledge.get(week).add(hours(reported, acknowledged.toInstant()));
            }
            OffsetDateTime resolved = rs.getObject("resolved", OffsetDateTime.class);
            if (resolved != null) {
              toResolve.get(week).add(hours(reported, resolved.toInstant()));
            }
          });
      return Map.of("reports", reports, "hours-to-acknowledge", medians(toAcknowledge),
          "hours-to-resolve", medians(toResolve));
    }

    private static double hours(Instant from, Instant to) {
      return Duration.between(from, to).toMinutes() / 60.0;
    }

    private static double[] medians(List<List<Double>> byWeek) {
      double[] medians = new double[byWeek.size()];
      for (int i = 0; i < medians.length; i++) {
        List<Double> values = byWeek.get(i).stream().sorted().toList();
        int n = values.size();
        double median = n == 0 ? Double.NaN : n % 2 == 1 ? values.get(n / 2)
            : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
        medians[i] = Double.isNaN(median) ? median : Math.round(median * 10) / 10.0;
      }
      return medians;
    }
  }
}
