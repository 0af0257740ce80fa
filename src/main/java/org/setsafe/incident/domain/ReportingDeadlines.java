package org.setsafe.incident.domain;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.setsafe.incident.Regulator;
import org.setsafe.incident.ReportableOutcome;
import org.setsafe.shared.InvalidInputException;

/**
 * Who must hear of an outcome and how soon. Federal OSHA (29 CFR 1904.39(a)): a death within 8 hours; an
 * in-patient hospitalization, an amputation or the loss of an eye within 24 hours. California (8 CCR 342(a),
 * Labor Code §6302(h)): a death or any serious injury or illness (hospitalization other than for observation,
 * amputation, loss of an eye, serious permanent disfigurement) to Cal/OSHA within 8 hours; California runs its own
 * plan, so a Californian workplace reports to Cal/OSHA, and its shorter clock is the one that counts. The state is
 * where it happened: a production that shoots in New Mexico and California answers to both, incident by incident.
 */
public final class ReportingDeadlines {

  /** One clock an outcome starts: to whom, within how long. */
  public record Deadline(Regulator regulator, Duration within) {}

  public static final String CALIFORNIA = "CA";

  private ReportingDeadlines() {}

  public static List<Deadline> of(ReportableOutcome outcome, String usState) {
    if (outcome == null) {
      throw new InvalidInputException("outcome", "Required", "outcome is one of DEATH, IN_PATIENT_HOSPITALIZATION, "
          + "AMPUTATION, LOSS_OF_AN_EYE, SERIOUS_DISFIGUREMENT").saying("input.incident.outcome.required");
    }
    if (CALIFORNIA.equals(state(usState))) {
      return List.of(new Deadline(Regulator.CAL_OSHA, Duration.ofHours(8)));
    }
    return switch (outcome) {
      case DEATH -> List.of(new Deadline(Regulator.OSHA, Duration.ofHours(8)));
      case IN_PATIENT_HOSPITALIZATION, AMPUTATION, LOSS_OF_AN_EYE ->
          List.of(new Deadline(Regulator.OSHA, Duration.ofHours(24)));
      case SERIOUS_DISFIGUREMENT -> throw new InvalidInputException("outcome", "ReportableHere",
          "outside California a disfigurement alone is not reported within hours (29 CFR 1904.39); "
              + "record it on the OSHA log instead").saying("input.incident.outcome.reportable-here");
    };
  }

  /** The two-letter US state (or territory) code, upper case; refused when it is not two letters. */
  public static String state(String usState) {
    String s = usState == null ? "" : usState.strip().toUpperCase(Locale.ROOT);
    if (!s.matches("[A-Z]{2}")) {
      throw new InvalidInputException("state", "UsState",
          "state is the two-letter code of the US state where it happened (CA, NM, GA …)")
          .saying("input.incident.state.us-state");
    }
    return s;
  }
}
