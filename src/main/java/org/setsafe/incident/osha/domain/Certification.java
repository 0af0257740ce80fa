package org.setsafe.incident.osha.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Text;

/**
 * A company executive's certification of a year's 300A summary (29 CFR 1904.32(b)(3)): that they examined the log
 * and the summary and reasonably believe them correct and complete. Given once the year is over (1904.32(a)); the
 * totals it certified are kept by their fingerprint, so a case decided differently afterwards shows the summary as
 * not certified again.
 */
public record Certification(UUID id, UUID productionId, int year, String executiveName, String executiveTitle,
    LocalDate certifiedOn, String totalsSha256, UUID recordedBy, Instant recordedAt) {

  public static final int MAX_NAME = 120;

  public Certification {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(productionId, "productionId");
    Objects.requireNonNull(totalsSha256, "totalsSha256");
    Objects.requireNonNull(recordedBy, "recordedBy");
    Objects.requireNonNull(recordedAt, "recordedAt");
    executiveName = Text.required("executiveName", executiveName, MAX_NAME);
    executiveTitle = Text.required("executiveTitle", executiveTitle, MAX_NAME);
    if (certifiedOn == null) {
      throw new InvalidInputException("certifiedOn", "Required", "certifiedOn is required: the date the executive "
          + "signed").saying("input.incident.osha.certified-on.required");
    }
    if (certifiedOn.getYear() <= year) {
      throw new InvalidInputException("certifiedOn", "AfterTheYear", "the " + year + " summary is certified after "
          + "the year is over (1904.32(a)): certifiedOn must be in " + (year + 1) + " or later")
          .saying("input.incident.osha.certified-on.after-the-year", year, year + 1);
    }
  }
}
