package org.setsafe.studio;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.setsafe.production.CrewList;
import org.setsafe.production.Production;
import org.setsafe.shared.NotFoundException;
import org.setsafe.studio.StudioWeekly.StudioWeeks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The studio's trends over the last weeks, across every production: reports per 100 crew-days, near misses against
 * injuries, how long reports wait to be acknowledged and resolved, the rules productions hit most, misfires. Drawn
 * from the series the modules contribute ({@link StudioWeekly}); weeks run Monday to Monday in UTC, because the
 * productions' own zones differ.
 */
@Service
public class StudioTrends {

  public static final int WEEKS = 12;
  /** The rules drawn in "refusals by rule": the most hit; more lines than this cannot be read on a phone. */
  public static final int RULES_DRAWN = 5;

  /** One trend: its key (the CSV's name), heading, unit, the Monday of each week, and its lines. */
  public record Trend(String key, String heading, String unit, List<LocalDate> weeks, List<Line> lines) {}

  /** One line of a trend; a week without a value (nothing to divide by, no report answered) is NaN. */
  public record Line(String name, double[] values) {

    public double total() {
      return Arrays.stream(values).filter(v -> !Double.isNaN(v)).sum();
    }
  }

  static final List<String> KEYS = List.of("reports-per-100-crew-days", "near-misses-and-injuries",
      "time-to-acknowledge-and-resolve", "refusals-by-rule", "misfires");

  private final CrewList productions;
  private final ObjectProvider<StudioWeekly> contributors;
  private final Clock clock;

  StudioTrends(CrewList productions, ObjectProvider<StudioWeekly> contributors, Clock clock) {
    this.productions = productions;
    this.contributors = contributors;
    this.clock = clock;
  }

  /** Every trend, for studio safety and administrators only. */
  public List<Trend> trends() {
    StudioAccess.require("studio trends");
    return compute();
  }

  public Trend trend(String key) {
    StudioAccess.require("studio trend");
    if (!KEYS.contains(key)) {
      throw new NotFoundException("No trend " + key + "; the trends are " + String.join(", ", KEYS) + ".")
          .saying("input.studio.not-found.trend", key, String.join(", ", KEYS));
    }
    return compute().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
  }

  private List<Trend> compute() {
    LocalDate thisMonday = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate firstMonday = thisMonday.minusWeeks(WEEKS - 1);
    StudioWeeks weeks = new StudioWeeks(firstMonday.atStartOfDay(ZoneOffset.UTC).toInstant(), WEEKS);
    List<LocalDate> mondays = new ArrayList<>();
    for (int i = 0; i < WEEKS; i++) {
      mondays.add(firstMonday.plusWeeks(i));
    }
    List<UUID> ids = productions.all().stream().map(Production::id).toList();
    Map<String, double[]> series = new HashMap<>();
    if (!ids.isEmpty()) {
      contributors.orderedStream().forEach(c -> series.putAll(c.series(ids, weeks)));
    }
    double[] reports = series.getOrDefault("reports", new double[WEEKS]);
    double[] crewDays = series.getOrDefault("crew-days", new double[WEEKS]);
    double[] per100 = new double[WEEKS];
    for (int i = 0; i < WEEKS; i++) {
      per100[i] = crewDays[i] == 0 ? Double.NaN : Math.round(1000.0 * reports[i] / crewDays[i]) / 10.0;
    }
    List<Trend> trends = new ArrayList<>();
    trends.add(new Trend(KEYS.get(0), "Reports per 100 crew-days", "reports", mondays,
        List.of(new Line("Reports per 100 crew-days", per100))));
    trends.add(new Trend(KEYS.get(1), "Near misses and injuries", "incidents", mondays, List.of(
        new Line("Near misses", or0(series, "near-misses")), new Line("Injuries", or0(series, "injuries")))));
    trends.add(new Trend(KEYS.get(2), "Time to acknowledge and to resolve reports", "hours (median)", mondays,
        List.of(new Line("To acknowledge", orNaN(series, "hours-to-acknowledge")),
            new Line("To resolve", orNaN(series, "hours-to-resolve")))));
    List<Line> rules = series.entrySet().stream().filter(e -> e.getKey().startsWith("refused:"))
        .map(e -> new Line(e.getKey().substring("refused:".length()), e.getValue()))
        .sorted(Comparator.comparingDouble(Line::total).reversed().thenComparing(Line::name))
        .limit(RULES_DRAWN).toList();
    trends.add(new Trend(KEYS.get(3), "Refusals by rule (the " + RULES_DRAWN + " rules hit most)", "refusals",
        mondays, rules));
    trends.add(new Trend(KEYS.get(4), "Misfires and accidental discharges", "events", mondays, List.of(
        new Line("Misfires", or0(series, "misfires")),
        new Line("Accidental discharges", or0(series, "accidental-discharges")))));
    return trends;
  }

  private static double[] or0(Map<String, double[]> series, String name) {
    return series.getOrDefault(name, new double[WEEKS]);
  }

  private static double[] orNaN(Map<String, double[]> series, String name) {
    double[] none = new double[WEEKS];
    Arrays.fill(none, Double.NaN);
    return series.getOrDefault(name, none);
  }
}
