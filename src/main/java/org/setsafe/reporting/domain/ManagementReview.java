package org.setsafe.reporting.domain;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.setsafe.shared.Refusal.Said;

/**
 * A management review a producer must answer in writing; shown on the dashboard until they have. Opened by a
 * department's repeated reports, a resignation citing safety, or a cut to the safety budget.
 */
public record ManagementReview(UUID id, UUID productionId, Trigger trigger, String department, UUID reportId,
    String why, Instant openedAt, UUID answeredBy, String answer, Instant answeredAt) {

  /** What opened the review; a safety budget cut has no report behind it ({@code reportId} is null). */
  public enum Trigger { REPEATED_REPORTS, RESIGNATION, SAFETY_BUDGET_CUT }

  public boolean answered() {
    return answeredAt != null;
  }

  private static final Pattern REPEATED = Pattern.compile("(.+) has filed (\\d+) safety reports in the last (\\d+) days");
  private static final String RESIGNED = "A resignation citing safety";

  /**
   * Why the review opened, in bundle words, for a page in the reader's language; {@code null} when it cannot be said
   * again (a budget cut's reason is the words its producer typed). The English {@code why} is what was stored, so the
   * words are read back from it as {@link RepeatedReportsPolicy#reviewDue} and a resignation wrote it: the department,
   * the count and the days are all in it, and no column had to be added to keep them.
   */
  public Said whySaid() {
    if (why == null || department == null) {
      return trigger == Trigger.RESIGNATION && why != null && why.startsWith(RESIGNED + ": ")
          ? Said.of("reporting.review.why.resignation", why.substring(RESIGNED.length() + 2)) : null;
    }
    if (trigger == Trigger.REPEATED_REPORTS) {
      Matcher m = REPEATED.matcher(why);
      return m.matches() && m.group(1).equals(department)
          ? Said.of("reporting.review.why.repeated", department, m.group(2), m.group(3)) : null;
    }
    String inDepartment = RESIGNED + " in " + department + ": ";
    return trigger == Trigger.RESIGNATION && why.startsWith(inDepartment)
        ? Said.of("reporting.review.why.resignation.in", department, why.substring(inDepartment.length())) : null;
  }
}
