package org.setsafe.escalation.domain;

import java.util.List;
import org.setsafe.production.CrewRole;
import org.setsafe.reporting.Severity;

/**
 * The policy a production has until someone changes it, by severity (the README's table shows the same). A
 * critical report (a misfire, a live round) reaches the safety advisor at once and the UPM within 15 minutes.
 */
public final class DefaultPolicies {

  private DefaultPolicies() {}

  public static EscalationPolicy of(Severity severity) {
    Level advisor = new Level("Safety advisor", 0, List.of(Target.role(CrewRole.SAFETY_ADVISOR)), 0, 0);
    return switch (severity) {
      case CRITICAL -> new EscalationPolicy(List.of(
          new Level("Safety advisor", 0, List.of(Target.role(CrewRole.SAFETY_ADVISOR)), 5, 2),
          new Level("UPM", 15, List.of(Target.role(CrewRole.UPM)), 5, 2),
          new Level("Producer", 15, List.of(Target.role(CrewRole.PRODUCER)), 10, 2),
          new Level("Studio safety", 30, List.of(Target.studioSafety()), 30, 2)), 4 * 60);
      case HIGH -> new EscalationPolicy(List.of(
          new Level("Safety advisor", 0, List.of(Target.role(CrewRole.SAFETY_ADVISOR)), 15, 2),
          new Level("UPM", 30, List.of(Target.role(CrewRole.UPM)), 30, 1),
          new Level("Producer", 60, List.of(Target.role(CrewRole.PRODUCER)), 60, 1),
          new Level("Studio safety", 4 * 60, List.of(Target.studioSafety()), 0, 0)), 24 * 60);
      case MEDIUM -> new EscalationPolicy(List.of(
          new Level("Safety advisor", 0, List.of(Target.role(CrewRole.SAFETY_ADVISOR)), 60, 1),
          new Level("UPM", 4 * 60, List.of(Target.role(CrewRole.UPM)), 0, 0),
          new Level("Producer", 24 * 60, List.of(Target.role(CrewRole.PRODUCER)), 0, 0)), 3 * 24 * 60);
      case LOW -> new EscalationPolicy(List.of(
          advisor,
          new Level("UPM", 24 * 60, List.of(Target.role(CrewRole.UPM)), 0, 0)), 7 * 24 * 60);
    };
  }
}
