package org.setsafe.incident.osha.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Text;

/**
 * A recordability decision on one injured person of an incident (an OSHA "case"), as the safety advisor, UPM or
 * producer took it: the facts the general recording criteria of 29 CFR 1904.7 look at, who decided and why, and
 * what the 300 log and the 301 report need. Never edited: a later decision on the same case supersedes it, and this
 * one stays on record. Whether it is recordable is derived here, from the facts, never typed in.
 *
 * <p>First aid is chosen from the closed list of 1904.7(b)(5)(ii) ({@link FirstAid}); medical treatment beyond it
 * is said in words ("prescription naproxen", "three sutures"), since that list is open.
 */
public record CaseDecision(UUID id, UUID incidentId, int personPosition, UUID productionId, UUID supersedes,
    boolean workRelated, boolean death, LocalDate dateOfDeath, LocalDate daysAwayFrom, LocalDate backToWorkOn,
    LocalDate restrictedFrom, LocalDate fullDutyOn, String medicalTreatment, Set<FirstAid> firstAid,
    boolean lossOfConsciousness, String significantDiagnosis, InjuryType injuryType, PrivacyConcern privacyConcern,
    String jobTitle, String description, String beforeIncident, String injuryIllness, String objectOrSubstance,
    LocalTime timeStartedWork, boolean treatedInEmergencyRoom, boolean hospitalizedOvernight, String physician,
    String treatmentFacility, EmployeeDetails employee, String why, UUID decidedBy, Instant decidedAt) {

  public static final int MAX_TREATMENT = 500;
  public static final int MAX_JOB_TITLE = 100;
  public static final int MAX_DESCRIPTION = 500;
  public static final int MAX_NARRATIVE = 2000;
  public static final int MAX_OBJECT = 1000;
  public static final int MAX_PHYSICIAN = 200;
  public static final int MAX_FACILITY = 300;
  public static final int MAX_WHY = 2000;

  public CaseDecision {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(productionId, "productionId");
    Objects.requireNonNull(decidedBy, "decidedBy");
    Objects.requireNonNull(decidedAt, "decidedAt");
    medicalTreatment = Text.optional("medicalTreatment", medicalTreatment, MAX_TREATMENT);
    firstAid = firstAid == null || firstAid.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(firstAid));
    significantDiagnosis = Text.optional("significantDiagnosis", significantDiagnosis, MAX_TREATMENT);
    jobTitle = Text.optional("jobTitle", jobTitle, MAX_JOB_TITLE);
    description = Text.optional("description", description, MAX_DESCRIPTION);
    beforeIncident = Text.optional("beforeIncident", beforeIncident, MAX_NARRATIVE);
    injuryIllness = Text.optional("injuryIllness", injuryIllness, MAX_NARRATIVE);
    objectOrSubstance = Text.optional("objectOrSubstance", objectOrSubstance, MAX_OBJECT);
    physician = Text.optional("physician", physician, MAX_PHYSICIAN);
    treatmentFacility = Text.optional("treatmentFacility", treatmentFacility, MAX_FACILITY);
    employee = employee == null ? EmployeeDetails.NONE : employee;
    why = Text.required("why", why, MAX_WHY);
    if (death && dateOfDeath == null) {
      throw new InvalidInputException("dateOfDeath", "Required", "dateOfDeath is required when the case is a death")
          .saying("input.incident.osha.date-of-death.required");
    }
    if (!death && dateOfDeath != null) {
      throw new InvalidInputException("dateOfDeath", "OnlyForADeath", "dateOfDeath is only given for a death")
          .saying("input.incident.osha.date-of-death.only-for-a-death");
    }
    if (backToWorkOn != null && (daysAwayFrom == null || !backToWorkOn.isAfter(daysAwayFrom))) {
      throw new InvalidInputException("backToWorkOn", "AfterDaysAwayFrom",
          "backToWorkOn is the first day back at work, after daysAwayFrom")
          .saying("input.incident.osha.back-to-work-on.after-days-away-from");
    }
    if (fullDutyOn != null && (restrictedFrom == null || !fullDutyOn.isAfter(restrictedFrom))) {
      throw new InvalidInputException("fullDutyOn", "AfterRestrictedFrom",
          "fullDutyOn is the first day back on full duty, after restrictedFrom")
          .saying("input.incident.osha.full-duty-on.after-restricted-from");
    }
    if (privacyConcern == PrivacyConcern.EMPLOYEE_ASKS && injuryType == InjuryType.INJURY) {
      throw new InvalidInputException("privacyConcern", "IllnessOnly", "privacyConcern EMPLOYEE_ASKS is for illness "
          + "cases only (1904.29(b)(7)(vi)); an injury is a privacy case only for the reasons (i) to (v)")
          .saying("input.incident.osha.privacy-concern.illness-only");
    }
  }

  /** Checks the dates against the day of the injury, which the incident knows. */
  public void checkDates(LocalDate injuredOn, LocalDate today) {
    dateNotBefore("daysAwayFrom", daysAwayFrom, injuredOn, today);
    dateNotBefore("restrictedFrom", restrictedFrom, injuredOn, today);
    dateNotBefore("dateOfDeath", dateOfDeath, injuredOn, today);
    employee.checkDates(injuredOn, today);
  }

  /**
   * The same decision without the person's details: they are kept for a recordable case only, whose 301 asks for
   * them; a case that is not recorded keeps no address or birth date.
   */
  public CaseDecision withoutEmployeeDetails() {
    return new CaseDecision(id, incidentId, personPosition, productionId, supersedes, workRelated, death, dateOfDeath,
        daysAwayFrom, backToWorkOn, restrictedFrom, fullDutyOn, medicalTreatment, firstAid, lossOfConsciousness,
        significantDiagnosis, injuryType, privacyConcern, jobTitle, description, beforeIncident, injuryIllness,
        objectOrSubstance, timeStartedWork, treatedInEmergencyRoom, hospitalizedOvernight, physician,
        treatmentFacility, EmployeeDetails.NONE, why, decidedBy, decidedAt);
  }

  private static void dateNotBefore(String field, LocalDate date, LocalDate injuredOn, LocalDate today) {
    if (date != null && (date.isBefore(injuredOn) || date.isAfter(today))) {
      throw new InvalidInputException(field, "Range", field + " must be between the day of the injury ("
          + injuredOn + ") and today").saying("input.incident.osha.date.since-the-injury", field, injuredOn);
    }
  }

  /** Calendar days away from work, the day of the injury not counted, at most 180. */
  public int daysAway(LocalDate injuredOn, LocalDate today) {
    return DayCount.days(injuredOn, daysAwayFrom, backToWorkOn, today);
  }

  /** Calendar days of restricted work or job transfer, the day of the injury not counted, at most 180. */
  public int daysRestricted(LocalDate injuredOn, LocalDate today) {
    return DayCount.days(injuredOn, restrictedFrom, fullDutyOn, today);
  }

  /**
   * The general recording criteria the case meets. Days away or restricted only on the day of the injury meet
   * none (1904.7(b)(3)(i), (b)(4)(iii)); first aid alone meets none (1904.7(b)(5)(i)).
   */
  public List<Criterion> criteriaMet(LocalDate injuredOn, LocalDate today) {
    List<Criterion> met = new ArrayList<>();
    if (death) {
      met.add(Criterion.DEATH);
    }
    if (daysAway(injuredOn, today) > 0) {
      met.add(Criterion.DAYS_AWAY);
    }
    if (daysRestricted(injuredOn, today) > 0) {
      met.add(Criterion.RESTRICTED_WORK_OR_TRANSFER);
    }
    if (medicalTreatment != null) {
      met.add(Criterion.MEDICAL_TREATMENT);
    }
    if (lossOfConsciousness) {
      met.add(Criterion.LOSS_OF_CONSCIOUSNESS);
    }
    if (significantDiagnosis != null) {
      met.add(Criterion.SIGNIFICANT_DIAGNOSIS);
    }
    return met;
  }

  /** Recordable: work-related (1904.5) and meeting at least one general recording criterion (1904.7). */
  public boolean recordable(LocalDate injuredOn, LocalDate today) {
    return workRelated && !criteriaMet(injuredOn, today).isEmpty();
  }

  /** The 300 log's classification, by the most serious outcome (1904.7; the 300's columns G to J). */
  public Outcome outcome(LocalDate injuredOn, LocalDate today) {
    if (death) {
      return Outcome.DEATH;
    }
    if (daysAway(injuredOn, today) > 0) {
      return Outcome.DAYS_AWAY;
    }
    if (daysRestricted(injuredOn, today) > 0) {
      return Outcome.JOB_TRANSFER_OR_RESTRICTION;
    }
    return Outcome.OTHER_RECORDABLE;
  }

  /** What a recordable case must say on the 300 log and the 301; refused naming the first field missing. */
  public void checkComplete() {
    if (injuryType == null) {
      throw new InvalidInputException("injuryType", "Required", "injuryType is required for a recordable case "
          + "(the 300 log's column M)").saying("input.incident.osha.injury-type.required");
    }
    if (jobTitle == null) {
      throw new InvalidInputException("jobTitle", "Required", "jobTitle is required for a recordable case "
          + "(the 300 log's column C)").saying("input.incident.osha.job-title.required");
    }
    if (description == null) {
      throw new InvalidInputException("description", "Required", "description is required for a recordable case: "
          + "the injury or illness, the parts of the body affected and the object or substance (the 300's column F)")
          .saying("input.incident.osha.description.required");
    }
  }

  /** Whether the 300 log names the person: not for a privacy concern case (1904.29(b)(7)). */
  public boolean privacyCase() {
    return privacyConcern != null;
  }
}
