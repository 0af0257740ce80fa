package org.setsafe.reporting;

import java.util.UUID;
import org.setsafe.production.Hazard;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Text;

/**
 * What a person files: the same for named and anonymous reports. {@code injury}: someone was hurt, which always opens
 * an incident too (left out by older clients: not an injury). It is read only after the door's check (someone
 * off the production gets 404 whatever they typed), so it validates when asked ({@link #checked}), not when built.
 */
public record NewReport(Hazard category, Severity severity, String title, String description, UUID sceneId,
    String location, String department, boolean resignation, boolean injury) {

  /** A report that says nothing about anyone hurt. */
  public NewReport(Hazard category, Severity severity, String title, String description, UUID sceneId,
      String location, String department, boolean resignation) {
    this(category, severity, title, description, sceneId, location, department, resignation, false);
  }

  public static final int MAX_TITLE = 200;
  public static final int MAX_DESCRIPTION = 4000;
  public static final int MAX_LOCATION = 200;
  public static final int MAX_DEPARTMENT = 60;

  /**
   * The report with its words trimmed and every field within its rule, or a 400 naming the first field that is not;
   * whether its scene is one of the production's is for the one filing it to ask.
   */
  NewReport checked() {
    if (category == null) {
      throw new InvalidInputException("category", "Required", "category is required (e.g. FIREARMS, STUNTS)")
          .saying("input.reporting.category.required.example");
    }
    if (severity == null) {
      throw new InvalidInputException("severity", "Required", "severity is required (LOW, MEDIUM, HIGH or CRITICAL)")
          .saying("input.reporting.severity.required");
    }
    return new NewReport(category, severity, Text.required("title", title, MAX_TITLE),
        Text.required("description", description, MAX_DESCRIPTION), sceneId,
        Text.optional("location", location, MAX_LOCATION), Text.optional("department", department, MAX_DEPARTMENT),
        resignation, injury);
  }
}
