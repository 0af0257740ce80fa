package org.setsafe.operations.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A fact handed to one listener that has not finished with it: the registry keeps it until the listener
 * completes. {@code tries} counts the hand-overs, the first included (the registry's {@code completion_attempts});
 * {@code lastTriedAt} is the last of them ({@code null} read as the publication itself).
 */
public record PendingPublication(UUID id, String listenerId, String eventType, Instant publishedAt, int tries,
    Instant lastTriedAt) {

  /** What each listener does with a fact, in the words of the people reading the banner. */
  private static final Map<String, String> DUTIES = Map.of(
      "LedgerRecorder", "recording it in the ledger",
      "AutomaticReports", "opening its automatic hazard report",
      "AutomaticIncidents", "opening its incident and preserving the evidence",
      "EvidencePreservation", "pinning the ledger for the incident",
      "EscalationListener", "escalating it or sending its stop-work notices",
      "ScheduleChanges", "updating the day's staffing");

  /**
   * The listeners whose delay delays safety itself, handed their facts first after an outage: the ledger's copy,
   * escalation and stop-work notices, automatic hazard reports and incidents. Staffing updates and the rest come
   * after.
   */
  private static final Set<String> SAFETY_DUTIES = Set.of("LedgerRecorder", "EscalationListener",
      "AutomaticReports", "AutomaticIncidents", "EvidencePreservation");

  public PendingPublication {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(listenerId, "listenerId");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(publishedAt, "publishedAt");
    tries = Math.max(1, tries);
    lastTriedAt = lastTriedAt == null ? publishedAt : lastTriedAt;
  }

  public Duration age(Instant now) {
    Duration age = Duration.between(publishedAt, now);
    return age.isNegative() ? Duration.ZERO : age;
  }

  public boolean stuck(Instant now, Duration stuckAfter) {
    return age(now).compareTo(stuckAfter) >= 0;
  }

  /** The hand-overs after the first. */
  public int retries() {
    return tries - 1;
  }

  /**
   * The listener as a short name, e.g. {@code AutomaticReports.on(Misfire)} for the registry's
   * {@code org.setsafe.reporting.AutomaticReports.on(org.setsafe.custody.domain.CustodyEvents$Misfire)}.
   */
  public String listener() {
    int paren = listenerId.indexOf('(');
    String method = paren < 0 ? listenerId : listenerId.substring(0, paren);
    String[] parts = method.split("\\.");
    String name = parts.length >= 2 ? parts[parts.length - 2] + "." + parts[parts.length - 1] : method;
    if (paren < 0) {
      return name;
    }
    String argument = listenerId.substring(paren + 1, Math.max(paren + 1, listenerId.lastIndexOf(')')));
    return name + "(" + simpleName(argument) + ")";
  }

  /** True if its listener's work is one of the {@link #SAFETY_DUTIES}. */
  public boolean safetyDuty() {
    int paren = listenerId.indexOf('(');
    String[] parts = (paren < 0 ? listenerId : listenerId.substring(0, paren)).split("\\.");
    return parts.length >= 2 && SAFETY_DUTIES.contains(parts[parts.length - 2]);
  }

  /** The fact's type as a short name, e.g. {@code Misfire}. */
  public String event() {
    return simpleName(eventType);
  }

  /** E.g. "Misfire: opening its automatic hazard report". */
  public String description() {
    String owner = listener();
    int dot = owner.indexOf('.');
    String duty = DUTIES.get(dot < 0 ? owner : owner.substring(0, dot));
    return words(event()) + ": " + (duty == null ? "handled by " + owner : duty);
  }

  private static String simpleName(String type) {
    String name = type.substring(type.lastIndexOf('.') + 1);
    return name.substring(name.lastIndexOf('$') + 1);
  }

  /** "HazardReported" → "Hazard reported". */
  private static String words(String camel) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (i > 0 && Character.isUpperCase(c)) {
        out.append(' ').append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
