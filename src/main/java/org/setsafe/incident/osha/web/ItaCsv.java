package org.setsafe.incident.osha.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.setsafe.incident.osha.OshaRecords.EstablishmentView;
import org.setsafe.incident.osha.OshaRecords.Form301;
import org.setsafe.incident.osha.OshaRecords.SummaryView;
import org.setsafe.incident.osha.domain.AnnualSummary;
import org.setsafe.incident.osha.domain.CaseDecision;
import org.setsafe.incident.osha.domain.InjuryType;

/**
 * The OSHA records as CSV files for OSHA's Injury Tracking Application (ITA), with its templates' column names and
 * codes: the 300A summary data (one row per establishment and year) and the 300/301 case data (one row per
 * recordable case). ITA takes no employee names, so a privacy case needs nothing more here; dates are MM/DD/YYYY and
 * times 24-hour HH:MM, as ITA reads them.
 */
final class ItaCsv {

  static final String[] SUMMARY_COLUMNS = {"establishment_name", "ein", "company_name", "street_address", "city",
      "state", "zip", "naics_code", "industry_description", "size", "establishment_type", "year_filing_for",
      "annual_average_employees", "total_hours_worked", "no_injuries_illnesses", "total_deaths", "total_dafw_cases",
      "total_djtr_cases", "total_other_cases", "total_dafw_days", "total_djtr_days", "total_injuries",
      "total_skin_disorders", "total_respiratory_conditions", "total_poisonings", "total_hearing_loss",
      "total_other_illnesses", "change_reason"};

  static final String[] CASE_COLUMNS = {"establishment_name", "year_of_filing", "case_number", "job_title",
      "date_of_incident", "incident_location", "incident_description", "incident_outcome", "dafw_num_away",
      "djtr_num_tr", "type_of_incident", "date_of_birth", "date_of_hire", "sex", "treatment_facility_type",
      "treatment_in_patient", "time_started_work", "time_of_incident", "time_unknown", "nar_before_incident",
      "nar_what_happened", "nar_injury_illness", "nar_object_substance", "date_of_death"};

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private ItaCsv() {}

  /** The 300A summary data; {@code no_injuries_illnesses} is 1 when the year had recordable cases, 2 when none. */
  static byte[] summary(SummaryView s) {
    EstablishmentView e = s.establishment();
    AnnualSummary t = s.totals();
    return csv(SUMMARY_COLUMNS, List.of(List.of(e == null ? "" : e.name(), nz(e == null ? null : e.ein()),
        nz(e == null ? null : e.companyName()), e == null ? "" : e.streetAddress(), e == null ? "" : e.city(),
        e == null ? "" : e.state(), e == null ? "" : e.zip(), e == null ? "" : e.naicsCode(),
        nz(e == null ? null : e.industryDescription()), e == null ? "" : e.sizeCode(), e == null ? "" : e.typeCode(),
        String.valueOf(s.year()), String.valueOf(t.averageEmployees()), String.valueOf(t.hoursWorked()),
        t.cases() > 0 ? "1" : "2", String.valueOf(t.deaths()), String.valueOf(t.daysAwayCases()),
        String.valueOf(t.restrictedCases()), String.valueOf(t.otherCases()), String.valueOf(t.daysAway()),
        String.valueOf(t.daysRestricted()), count(t, InjuryType.INJURY), count(t, InjuryType.SKIN_DISORDER),
        count(t, InjuryType.RESPIRATORY_CONDITION), count(t, InjuryType.POISONING),
        count(t, InjuryType.HEARING_LOSS), count(t, InjuryType.OTHER_ILLNESS), "")));
  }

  /**
   * The 300/301 case data: one row per recordable case. Birth and hire dates and sex as the 301 has them, empty when
   * unknown; {@code treatment_facility_type} 1 for treatment in an emergency room; never the employee's name or
   * address, which ITA does not collect.
   */
  static byte[] cases(int year, String establishmentName, List<Form301> reports) {
    return csv(CASE_COLUMNS, reports.stream().map(f -> {
      CaseDecision d = f.decision();
      return List.of(nz(establishmentName), String.valueOf(year), f.caseNumber(), nz(d.jobTitle()),
          DATE.format(f.injuredOn()), nz(f.where()), nz(d.description()), String.valueOf(f.outcome().itaCode()),
          String.valueOf(f.daysAway()), String.valueOf(f.daysRestricted()), String.valueOf(d.injuryType().itaCode()),
          date(d.employee().dateOfBirth()), date(d.employee().dateHired()),
          d.employee().sex() == null ? "" : d.employee().sex().itaCode(), d.treatedInEmergencyRoom() ? "1" : "0",
          d.hospitalizedOvernight() ? "1" : "0",
          d.timeStartedWork() == null ? "" : TIME.format(d.timeStartedWork()), TIME.format(f.timeOfEvent()), "0",
          nz(d.beforeIncident()), nz(f.whatHappened()), nz(d.injuryIllness()), nz(d.objectOrSubstance()),
          d.dateOfDeath() == null ? "" : DATE.format(d.dateOfDeath()));
    }).toList());
  }

  private static String date(java.time.LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  private static String count(AnnualSummary t, InjuryType type) {
    return String.valueOf(t.count(type));
  }

  private static String nz(String text) {
    return text == null ? "" : text;
  }

  private static byte[] csv(String[] header, List<List<String>> rows) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header).get())) {
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
