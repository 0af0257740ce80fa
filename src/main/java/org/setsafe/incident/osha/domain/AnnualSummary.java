package org.setsafe.incident.osha.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The 300A annual summary of one establishment's year: the totals of the 300 log's columns G to M, the average
 * number of employees and the hours they worked (from the hours staffing recorded). Derived from the log, never
 * typed in.
 */
public record AnnualSummary(int year, int deaths, int daysAwayCases, int restrictedCases, int otherCases,
    int daysAway, int daysRestricted, Map<InjuryType, Integer> byType, long hoursWorked, int averageEmployees) {

  public AnnualSummary {
    byType = Map.copyOf(byType);
  }

  public static AnnualSummary of(int year, List<LogLine> log, long hoursWorked, int averageEmployees) {
    Map<InjuryType, Integer> byType = new EnumMap<>(InjuryType.class);
    for (InjuryType type : InjuryType.values()) {
      byType.put(type, 0);
    }
    int[] outcomes = new int[Outcome.values().length];
    int away = 0;
    int restricted = 0;
    for (LogLine line : log) {
      outcomes[line.outcome().ordinal()]++;
      away += line.daysAway();
      restricted += line.daysRestricted();
      byType.merge(line.injuryType(), 1, Integer::sum);
    }
    return new AnnualSummary(year, outcomes[Outcome.DEATH.ordinal()], outcomes[Outcome.DAYS_AWAY.ordinal()],
        outcomes[Outcome.JOB_TRANSFER_OR_RESTRICTION.ordinal()], outcomes[Outcome.OTHER_RECORDABLE.ordinal()],
        away, restricted, byType, hoursWorked, averageEmployees);
  }

  public int cases() {
    return deaths + daysAwayCases + restrictedCases + otherCases;
  }

  public int count(InjuryType type) {
    return byType.getOrDefault(type, 0);
  }

  /** Identifies what an executive certifies: every total on the form, hours and employees included. */
  public String fingerprint() {
    StringBuilder canonical = new StringBuilder().append(year).append('|').append(deaths).append('|')
        .append(daysAwayCases).append('|').append(restrictedCases).append('|').append(otherCases).append('|')
        .append(daysAway).append('|').append(daysRestricted).append('|').append(hoursWorked).append('|')
        .append(averageEmployees);
    for (InjuryType type : InjuryType.values()) {
      canonical.append('|').append(count(type));
    }
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
