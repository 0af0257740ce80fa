package org.setsafe.reporting.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.setsafe.shared.Refusal.Said;

/**
 * A management review a producer must answer in writing; shown on the dashboard until they have. Opened by a
 * department's repeated reports, a resignation citing safety, or a cut to the safety budget.
 *
 * <p>{@code why} is the English the review was opened with, what the ledger and the API keep; {@code parts} are the
 * same reason kept apart (see {@link Parts}), so a page says it again in its reader's words. A review opened before
 * the parts were kept may have none, and then reads as stored.
 */
public record ManagementReview(UUID id, UUID productionId, Trigger trigger, String department, UUID reportId,
    String why, @JsonIgnore Parts parts, Instant openedAt, UUID answeredBy, String answer, Instant answeredAt) {

  /** What opened the review; a safety budget cut has no report behind it ({@code reportId} is null). */
  public enum Trigger { REPEATED_REPORTS, RESIGNATION, SAFETY_BUDGET_CUT }

  /** The department a safety budget cut's review is listed under. */
  public static final String SAFETY_BUDGET = "Safety budget";

  /** The longest reason kept; a longer one is cut short with an ellipsis. */
  public static final int MAX_WHY = 2000;

  private static final String RESIGNED = "A resignation citing safety";

  public ManagementReview {
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(why, "why");
    if (parts != null && !parts.fit(trigger, department)) {
      throw new IllegalArgumentException("the parts of a " + trigger + " review's reason do not fit it: " + parts);
    }
  }

  /**
   * Why a review opened, in the parts it was said from: how many reports a department filed and over how many days;
   * what a person typed, as they typed it (the title of a resignation's report, a producer's reason for a cut); and
   * the safety budget's own words for what a cut did to which line ({@code cut}), which this module places but does
   * not write.
   */
  public record Parts(Long reports, Long days, String typed, Said cut) {

    public static Parts repeatedReports(long reports, long days) {
      return new Parts(reports, days, null, null);
    }

    public static Parts resignation(String title) {
      return new Parts(null, null, Objects.requireNonNull(title, "title"), null);
    }

    public static Parts safetyBudgetCut(Said cut, String reasonGiven) {
      return new Parts(null, null, Objects.requireNonNull(reasonGiven, "reasonGiven"),
          Objects.requireNonNull(cut, "cut"));
    }

    boolean fit(Trigger trigger, String department) {
      return switch (trigger) {
        case REPEATED_REPORTS -> department != null && reports != null && days != null && typed == null && cut == null;
        case RESIGNATION -> typed != null && reports == null && days == null && cut == null;
        case SAFETY_BUDGET_CUT -> typed != null && cut != null && reports == null && days == null;
      };
    }
  }

  /** A department has filed {@code reports} safety reports in the last {@code days}, the latest {@code reportId}. */
  public static ManagementReview repeatedReports(UUID id, UUID productionId, String department, UUID reportId,
      long reports, long days, Instant openedAt) {
    return opened(id, productionId, Trigger.REPEATED_REPORTS, department, reportId,
        department + " has filed " + reports + " safety reports in the last " + days + " days",
        Parts.repeatedReports(reports, days), openedAt);
  }

  /** Someone resigned citing safety, in the report {@code reportId} titled {@code title}. */
  public static ManagementReview resignation(UUID id, UUID productionId, String department, UUID reportId,
      String title, Instant openedAt) {
    return opened(id, productionId, Trigger.RESIGNATION, department, reportId,
        RESIGNED + (department == null ? "" : " in " + department) + ": " + title, Parts.resignation(title), openedAt);
  }

  /**
   * A safety line was cut: {@code cut} says how, in the budget's English, and {@code cutSaid} in its words;
   * {@code reasonGiven} is what the producer typed. No report is behind it.
   */
  public static ManagementReview safetyBudgetCut(UUID id, UUID productionId, String cut, Said cutSaid,
      String reasonGiven, Instant openedAt) {
    return opened(id, productionId, Trigger.SAFETY_BUDGET_CUT, SAFETY_BUDGET, null,
        cut + ". Reason given: " + reasonGiven, Parts.safetyBudgetCut(cutSaid, reasonGiven), openedAt);
  }

  private static ManagementReview opened(UUID id, UUID productionId, Trigger trigger, String department,
      UUID reportId, String why, Parts parts, Instant openedAt) {
    return new ManagementReview(id, productionId, trigger, department, reportId,
        why.length() > MAX_WHY ? why.substring(0, MAX_WHY - 1) + "…" : why, parts, openedAt, null, null, null);
  }

  public boolean answered() {
    return answeredAt != null;
  }

  /**
   * Why the review opened, in bundle words, for a page in the reader's language, said from its parts (what a person
   * typed placed as they typed it); {@code null} for a review kept without parts, which is read as stored.
   */
  public Said whySaid() {
    if (parts == null) {
      return null;
    }
    return switch (trigger) {
      case REPEATED_REPORTS -> Said.of("reporting.review.why.repeated", department, parts.reports(), parts.days());
      case RESIGNATION -> department == null ? Said.of("reporting.review.why.resignation", parts.typed())
          : Said.of("reporting.review.why.resignation.in", department, parts.typed());
      case SAFETY_BUDGET_CUT -> Said.of("reporting.review.why.safety-budget-cut", parts.cut(), parts.typed());
    };
  }
}
