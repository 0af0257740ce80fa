package org.setsafe.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;
import static org.setsafe.incident.IncidentsOnSet.json;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.incident.osha.OshaRecords;
import org.setsafe.ledger.Ledger;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.ReasonWords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A year of OSHA records on a western, last year: a cut first dressed on set and then sutured, a needlestick from a
 * discarded syringe at the location (a privacy case), a fall from the camera crane that kept the actor away most of
 * the year, smoke from the atmospherics machine; the 300 log, the 300A with the hours staffing recorded, its
 * certification, the 301, and the ITA CSV files, read back as OSHA would read them.
 */
@SetSafeTest
class OshaRecordsTest {

  private static final String SUTURES = "Four sutures at the urgent care clinic";

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Ledger ledger;
  @Autowired Productions productions;
  @Autowired Accounts accounts;
  @Autowired Schedule schedule;
  @Autowired JdbcClient jdbc;
  @Autowired OshaRecords osha;

  private IncidentsOnSet set;
  private int year;

  @BeforeEach
  void callTime() {
    set = IncidentsOnSet.create(crew, mvc, productions, accounts, schedule, "OSHA log at Cerro Pelon");
    year = LocalDate.now(ZoneId.of("America/Denver")).getYear() - 1;
  }

  @Test
  void aYearOfCasesMakesTheLogTheSummaryAndTheItaFiles() throws Exception {
    establishment();
    // A cut from breakaway glass: dressed, cleaned, a tetanus shot: first aid only, not recordable.
    String cut = incident("marcus.camera", "-03-07T17:00:00Z", "Breakaway window shattered early, glass hit the operator");
    set.post("sam.safety", "incidents/" + cut + "/osha/decisions", """
        {"workRelated":true,"firstAid":["WOUND_COVERINGS","CLEANING_WOUNDS","TETANUS_IMMUNIZATION"],
         "employeeStreet":"14 Calle Ocho","dateOfBirth":"1988-04-02","sex":"MALE",
         "why":"Bandage, cleaning and a tetanus shot are all on the first-aid list of 1904.7(b)(5)(ii)"}""")
        .andExpect(status().isCreated()).andExpect(jsonPath("$.inForce.recordable").value(false))
        // A case that is not recorded keeps no address or birth date: only a recordable case's 301 asks for them.
        .andExpect(jsonPath("$.inForce.employee.street").doesNotExist())
        .andExpect(jsonPath("$.inForce.employee.dateOfBirth").doesNotExist())
        .andExpect(jsonPath("$.caseNumber").doesNotExist());
    // The clinic sutured it the next day: medical treatment beyond first aid; the new decision supersedes.
    String first = json(set.get("leo.upm", "incidents/" + cut + "/osha/cases"), "$[0].decisions[0].id");
    set.post("sam.safety", "incidents/" + cut + "/osha/decisions", """
        {"workRelated":true,"firstAid":["TETANUS_IMMUNIZATION"],"medicalTreatment":"%s","injuryType":"INJURY",
         "jobTitle":"Camera operator","description":"Laceration to left forearm from breakaway glass",
         "beforeIncident":"Operating the A camera for the church window gag",
         "injuryIllness":"Laceration to the left forearm","objectOrSubstance":"Breakaway glass",
         "timeStartedWork":"06:30","treatmentFacility":"Valley urgent care, Santa Fe",
         "employeeStreet":"14 Calle Ocho","employeeCity":"Santa Fe","employeeState":"nm","employeeZip":"875011234",
         "dateOfBirth":"1988-04-02","dateHired":"%2$d-02-20","sex":"male","facilityStreet":"2 Cerrillos Rd",
         "facilityCity":"Santa Fe","facilityState":"NM","facilityZip":"87505","treatedInEmergencyRoom":true,
         "why":"Sutures are medical treatment (1904.7(b)(5)(ii)(D))"}""".formatted(SUTURES, year))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.inForce.employee.zip").value("87501-1234"))
        .andExpect(jsonPath("$.inForce.employee.state").value("NM"))
        .andExpect(jsonPath("$.inForce.employee.sex").value("MALE"))
        .andExpect(jsonPath("$.inForce.recordable").value(true))
        .andExpect(jsonPath("$.inForce.supersedes").value(first))
        .andExpect(jsonPath("$.inForce.criteriaMet[0]").value("MEDICAL_TREATMENT"))
        .andExpect(jsonPath("$.inForce.decidedBy").value("Samira Haddad"))
        .andExpect(jsonPath("$.decisions.length()").value(2))
        .andExpect(jsonPath("$.caseNumber").value(year + "-001"));
    // A needlestick from a syringe left at the location: a privacy case (1904.29(b)(7)(v)).
    String needle = incident("tess.grip", "-05-12T21:00:00Z", "Grip picked up a syringe hidden in the brush by the corral");
    set.post("leo.upm", "incidents/" + needle + "/osha/decisions", """
        {"workRelated":true,"medicalTreatment":"Post-exposure prophylaxis (prescription)","injuryType":"INJURY",
         "privacyConcern":"NEEDLESTICK_CONTAMINATED","jobTitle":"Grip","description":"Needlestick to right hand",
         "why":"Prescription medication; needlestick with another person's blood is a privacy case"}""")
        .andExpect(status().isCreated()).andExpect(jsonPath("$.caseNumber").value(year + "-002"));
    // A fall from the camera crane: away 233 days, counted 180 (1904.7(b)(3)(vii)); then 14 days restricted.
    String fall = incident("eli.actor", "-01-10T20:00:00Z", "Actor fell from the crane platform during a rehearsal");
    set.post("grace.producer", "incidents/" + fall + "/osha/decisions", """
        {"workRelated":true,"significantDiagnosis":"Fractured tibia","injuryType":"INJURY",
         "daysAwayFrom":"%1$d-01-11","backToWorkOn":"%1$d-09-01","restrictedFrom":"%1$d-09-01",
         "fullDutyOn":"%1$d-09-15","jobTitle":"Actor","description":"Fractured right tibia, fall from crane platform",
         "hospitalizedOvernight":true,"why":"Days away and a fracture diagnosed by the physician"}""".formatted(year))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.inForce.outcome").value("DAYS_AWAY"))
        .andExpect(jsonPath("$.inForce.daysAway").value(180))
        .andExpect(jsonPath("$.inForce.daysRestricted").value(14))
        .andExpect(jsonPath("$.caseNumber").value(year + "-003"));
    // Smoke from the atmospherics machine: a prescription inhaler; a respiratory condition.
    String smoke = incident("dana.ad", "-06-02T16:00:00Z", "Atmospherics machine ran on in the closed church set");
    set.post("sam.safety", "incidents/" + smoke + "/osha/decisions", """
        {"workRelated":true,"medicalTreatment":"Prescription inhaler","injuryType":"RESPIRATORY_CONDITION",
         "jobTitle":"1st AD","description":"Respiratory irritation from atmospherics smoke",
         "why":"Prescription medication is medical treatment"}""")
        .andExpect(status().isCreated()).andExpect(jsonPath("$.caseNumber").value(year + "-004"));
    hours();

    // The 300 log: four cases in case-number order; the needlestick is a privacy case.
    String log = body(set.get("sam.safety", "osha/" + year + "/log").andExpect(status().isOk())
        .andExpect(jsonPath("$.lines.length()").value(4))
        .andExpect(jsonPath("$.lines[0].employeeName").value("Marcus Oyelaran"))
        .andExpect(jsonPath("$.lines[0].outcome").value("OTHER_RECORDABLE"))
        .andExpect(jsonPath("$.lines[1].employeeName").value("Privacy case"))
        .andExpect(jsonPath("$.lines[2].daysAway").value(180))
        .andExpect(jsonPath("$.lines[3].injuryType").value("RESPIRATORY_CONDITION")));
    assertThat(log).doesNotContain("Tess Lindqvist");

    // The 300A: totals from the log, hours from staffing (41.5 h in force, rounded up), 3 people paid over 52 weeks.
    set.get("grace.producer", "osha/" + year + "/summary").andExpect(status().isOk())
        .andExpect(jsonPath("$.totals.deaths").value(0))
        .andExpect(jsonPath("$.totals.daysAwayCases").value(1))
        .andExpect(jsonPath("$.totals.restrictedCases").value(0))
        .andExpect(jsonPath("$.totals.otherCases").value(3))
        .andExpect(jsonPath("$.totals.daysAway").value(180))
        .andExpect(jsonPath("$.totals.daysRestricted").value(14))
        .andExpect(jsonPath("$.totals.hoursWorked").value(42))
        .andExpect(jsonPath("$.totals.averageEmployees").value(1))
        .andExpect(jsonPath("$.certified").value(false));
    assertThat(pdfText(set.get("grace.producer", "osha/" + year + "/summary.pdf"))).contains("NOT CERTIFIED")
        .contains("Total hours worked by all employees last year: 42").contains("512110");

    // The ITA summary CSV, read back by its column names.
    CSVRecord summary = csv(set.get("grace.producer", "osha/" + year + "/summary.csv")).get(0);
    assertThat(summary.getParser().getHeaderNames()).containsExactly("establishment_name", "ein", "company_name",
        "street_address", "city", "state", "zip", "naics_code", "industry_description", "size", "establishment_type",
        "year_filing_for", "annual_average_employees", "total_hours_worked", "no_injuries_illnesses", "total_deaths",
        "total_dafw_cases", "total_djtr_cases", "total_other_cases", "total_dafw_days", "total_djtr_days",
        "total_injuries", "total_skin_disorders", "total_respiratory_conditions", "total_poisonings",
        "total_hearing_loss", "total_other_illnesses", "change_reason");
    assertThat(summary.toMap()).containsEntry("establishment_name", "Rattlesnake Pictures, Cerro Pelon unit")
        .containsEntry("naics_code", "512110").containsEntry("size", "21").containsEntry("establishment_type", "1")
        .containsEntry("year_filing_for", String.valueOf(year)).containsEntry("total_hours_worked", "42")
        .containsEntry("annual_average_employees", "1").containsEntry("no_injuries_illnesses", "1")
        .containsEntry("total_dafw_cases", "1").containsEntry("total_other_cases", "3")
        .containsEntry("total_dafw_days", "180").containsEntry("total_djtr_days", "14")
        .containsEntry("total_injuries", "3").containsEntry("total_respiratory_conditions", "1")
        .containsEntry("zip", "87010");

    // The ITA case data: one row per case, no names at all, codes as ITA reads them.
    String casesCsv = body(set.get("sam.safety", "osha/" + year + "/cases.csv").andExpect(status().isOk()));
    assertThat(casesCsv).doesNotContain("Tess Lindqvist").doesNotContain("Marcus Oyelaran")
        // ITA collects no employee address: neither the street nor the ZIP goes to OSHA.
        .doesNotContain("Calle Ocho").doesNotContain("87501").doesNotContain("Cerrillos");
    List<CSVRecord> cases = csv(casesCsv);
    assertThat(cases).hasSize(4);
    assertThat(cases.get(0).getParser().getHeaderNames()).startsWith("establishment_name", "year_of_filing",
        "case_number", "job_title", "date_of_incident", "incident_location", "incident_description",
        "incident_outcome", "dafw_num_away", "djtr_num_tr", "type_of_incident").endsWith("nar_before_incident",
        "nar_what_happened", "nar_injury_illness", "nar_object_substance", "date_of_death");
    Map<String, String> sutured = cases.get(0).toMap();
    assertThat(sutured).containsEntry("case_number", year + "-001").containsEntry("job_title", "Camera operator")
        .containsEntry("date_of_incident", "03/07/" + year).containsEntry("incident_outcome", "4")
        .containsEntry("type_of_incident", "1").containsEntry("time_of_incident", "10:00")
        .containsEntry("time_started_work", "06:30").containsEntry("nar_object_substance", "Breakaway glass")
        .containsEntry("date_of_birth", "04/02/1988").containsEntry("date_of_hire", "02/20/" + year)
        .containsEntry("sex", "M").containsEntry("treatment_facility_type", "1")
        .containsEntry("treatment_in_patient", "0");
    // Unknown stays empty, as the 301 lets it.
    assertThat(cases.get(2).toMap()).containsEntry("date_of_birth", "").containsEntry("date_of_hire", "")
        .containsEntry("sex", "").containsEntry("treatment_facility_type", "0");
    assertThat(cases.get(2).toMap()).containsEntry("incident_outcome", "2").containsEntry("dafw_num_away", "180")
        .containsEntry("djtr_num_tr", "14").containsEntry("treatment_in_patient", "1");
    assertThat(cases.get(3).get("type_of_incident")).isEqualTo("3");

    // The 300 as PDF, landscape, with its columns; the privacy case unnamed.
    byte[] logPdf = bytes(set.get("sam.safety", "osha/" + year + "/log.pdf").andExpect(status().isOk()));
    try (PDDocument document = Loader.loadPDF(logPdf)) {
      assertThat(document.getPage(0).getMediaBox().getWidth()).isGreaterThan(document.getPage(0).getMediaBox()
          .getHeight());
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("Form 300").contains("Marcus Oyelaran").contains("Privacy case").contains("180")
          .contains("(K)").contains("(M6)").doesNotContain("Tess Lindqvist");
    }
    // The 301 of the sutured cut names the operator (the 301 is kept confidential) and what happened.
    assertThat(pdfText(set.get("leo.upm", "incidents/" + cut + "/osha/301.pdf"))).contains("Form 301")
        .contains("Marcus Oyelaran").contains(year + "-001").contains("Breakaway window shattered early")
        .contains("14 Calle Ocho, Santa Fe, NM 87501-1234").contains("04/02/1988").contains("02/20/" + year)
        .contains("Male").contains("2 Cerrillos Rd, Santa Fe, NM 87505");

    // Certified by a company executive after the year, recorded on the ledger; a date in the year itself is refused.
    set.post("grace.producer", "osha/" + year + "/summary/certification", """
        {"executiveName":"Grace Mbeki","executiveTitle":"Producer","certifiedOn":"%d-12-01"}""".formatted(year))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("certifiedOn"));
    set.post("grace.producer", "osha/" + year + "/summary/certification", """
        {"executiveName":"Ines Ortega","executiveTitle":"President, Rattlesnake Pictures","certifiedOn":"%d-01-20"}"""
            .formatted(year + 1))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.certified").value(true))
        .andExpect(jsonPath("$.certification.executiveName").value("Ines Ortega"));
    assertThat(pdfText(set.get("grace.producer", "osha/" + year + "/summary.pdf"))).doesNotContain("NOT CERTIFIED")
        .contains("Ines Ortega").contains("President, Rattlesnake Pictures");
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(SystemActor.call(() ->
        ledger.history(set.id(), "production:" + set.id())))
        .anySatisfy(e -> assertThat(e.kind()).isEqualTo("osha.summary-certified")));

    // A later decision that changes the totals shows the summary as not certified again.
    set.post("sam.safety", "incidents/" + smoke + "/osha/decisions", """
        {"workRelated":true,"medicalTreatment":"Prescription inhaler","injuryType":"RESPIRATORY_CONDITION",
         "restrictedFrom":"%1$d-06-03","fullDutyOn":"%1$d-06-06","jobTitle":"1st AD",
         "description":"Respiratory irritation from atmospherics smoke",
         "why":"Kept off the smoke scenes three days"}""".formatted(year)).andExpect(status().isCreated());
    set.get("leo.upm", "osha/" + year + "/summary").andExpect(jsonPath("$.certified").value(false))
        .andExpect(jsonPath("$.changedSinceCertified").value(true))
        .andExpect(jsonPath("$.totals.restrictedCases").value(1))
        .andExpect(jsonPath("$.totals.daysRestricted").value(17));

    // The ledger says who decided and whether it is recordable, never what the injury was or how it was treated.
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(SystemActor.call(() ->
        ledger.history(set.id(), "incident:" + cut)))
        .filteredOn(e -> e.kind().equals("osha.recordability-decided")).hasSize(2));
    SystemActor.run(() -> ledger.history(set.id(), "incident:" + cut).forEach(e -> assertThat(e.toString())
        .doesNotContain("sutures").doesNotContain("Laceration").doesNotContain("tetanus")));
  }

  @Test
  void onlyThoseWhoKeepTheRecordsSeeThemAndStrangersLearnNothing() throws Exception {
    String cut = incident("marcus.camera", "-03-07T17:00:00Z", "Cut on a C-stand");
    String decision = """
        {"workRelated":true,"medicalTreatment":"Sutures","injuryType":"INJURY","jobTitle":"Camera operator",
         "description":"Cut to the hand","why":"Sutures"}""";
    // The injured operator, a performer, the 1st AD and studio safety: 403, each refusal logged.
    for (String refused : new String[] {"marcus.camera", "eli.actor", "dana.ad", "demo.studio"}) {
      set.post(refused, "incidents/" + cut + "/osha/decisions", decision).andExpect(status().isForbidden());
      set.get(refused, "osha/" + year + "/log").andExpect(status().isForbidden());
      set.get(refused, "osha/" + year + "/summary.csv").andExpect(status().isForbidden());
    }
    // The safety advisor decides, but the establishment and the certification are the UPM's or a producer's.
    set.post("sam.safety", "osha/establishment", establishmentJson("Cerro Pelon"))
        .andExpect(status().isForbidden());
    // Not on the production: 404 whatever is sent.
    set.post("june.actor", "incidents/" + cut + "/osha/decisions", "{}").andExpect(status().isNotFound());
    set.get("june.actor", "osha/" + year + "/log.pdf").andExpect(status().isNotFound());
    set.post("june.actor", "osha/establishment", "{}").andExpect(status().isNotFound());
    set.get("leo.upm", "incidents/" + cut + "/osha/cases").andExpect(jsonPath("$[0].decisions.length()").value(0));
  }

  @Test
  void badInputIsAProblemNamingTheFieldAndNothingIsWritten() throws Exception {
    String cut = incident("marcus.camera", "-03-07T17:00:00Z", "Cut on a C-stand");
    String path = "incidents/" + cut + "/osha/decisions";
    expectField(set.post("sam.safety", path, "{\"why\":\"x\"}"), "workRelated");
    expectField(set.post("sam.safety", path, "{\"workRelated\":true,\"firstAid\":[\"ICE_PACK\"],\"why\":\"x\"}"),
        "firstAid[0]");
    expectField(set.post("sam.safety", path, "{\"workRelated\":true,\"medicalTreatment\":\"Sutures\","
        + "\"injuryType\":\"INJURY\",\"description\":\"Cut\",\"why\":\"Sutures\"}"), "jobTitle");
    expectField(set.post("sam.safety", path, "{\"workRelated\":true,\"why\":\"first aid\\u0000only\"}"), "why")
        .andExpect(jsonPath("$.errors[0].rule").value("NoControlCharacters"));
    expectField(set.post("sam.safety", path, "{\"workRelated\":true,\"medicalTreatment\":\"Sut\\u0000ures\","
        + "\"why\":\"x\"}"), "medicalTreatment");
    expectField(set.post("sam.safety", path, "{\"workRelated\":true,\"daysAwayFrom\":\"" + year + "-03-01\","
        + "\"why\":\"x\"}"), "daysAwayFrom");
    expectField(set.post("sam.safety", path, "{\"workRelated\":true,\"daysAwayFrom\":\"" + year + "-03-09\","
        + "\"backToWorkOn\":\"" + year + "-03-08\",\"why\":\"x\"}"), "backToWorkOn");
    expectField(set.post("sam.safety", path, "{\"workRelated\":true,\"medicalTreatment\":\"Sutures\","
        + "\"injuryType\":\"INJURY\",\"privacyConcern\":\"EMPLOYEE_ASKS\",\"jobTitle\":\"Operator\","
        + "\"description\":\"Cut\",\"why\":\"x\"}"), "privacyConcern");
    // The 301's information about the employee: text without control characters, ZIP and state as the post office
    // writes them, dates not in the future, born before hired, male or female (or left out).
    String recordable = "{\"workRelated\":true,\"medicalTreatment\":\"Sutures\",\"injuryType\":\"INJURY\","
        + "\"jobTitle\":\"Operator\",\"description\":\"Cut\",\"why\":\"x\",";
    expectField(set.post("sam.safety", path, recordable + "\"employeeStreet\":\"14 Calle\\u0000Ocho\"}"),
        "employeeStreet").andExpect(jsonPath("$.errors[0].rule").value("NoControlCharacters"));
    expectField(set.post("sam.safety", path, recordable + "\"facilityCity\":\"Santa\\u0007Fe\"}"), "facilityCity")
        .andExpect(jsonPath("$.errors[0].rule").value("NoControlCharacters"));
    expectField(set.post("sam.safety", path, recordable + "\"employeeZip\":\"8750\"}"), "employeeZip")
        .andExpect(jsonPath("$.errors[0].rule").value("Pattern"));
    expectField(set.post("sam.safety", path, recordable + "\"facilityState\":\"N1\"}"), "facilityState")
        .andExpect(jsonPath("$.errors[0].rule").value("Pattern"));
    expectField(set.post("sam.safety", path, recordable + "\"dateOfBirth\":\"" + (year + 2) + "-01-01\"}"),
        "dateOfBirth").andExpect(jsonPath("$.errors[0].rule").value("NotInTheFuture"));
    expectField(set.post("sam.safety", path, recordable + "\"dateHired\":\"" + (year + 2) + "-01-01\"}"),
        "dateHired").andExpect(jsonPath("$.errors[0].rule").value("NotInTheFuture"));
    expectField(set.post("sam.safety", path, recordable + "\"dateOfBirth\":\"2001-05-01\","
        + "\"dateHired\":\"1999-05-01\"}"), "dateHired")
        .andExpect(jsonPath("$.errors[0].rule").value("AfterDateOfBirth"));
    expectField(set.post("sam.safety", path, recordable + "\"sex\":\"UNKNOWN\"}"), "sex")
        .andExpect(jsonPath("$.errors[0].rule").value("OneOf"));
    expectField(set.post("sam.safety", path, "{\"personIndex\":1,\"workRelated\":true,\"why\":\"x\"}"), "personIndex");
    expectField(set.post("leo.upm", "osha/establishment", establishmentJson("Cerro\\u0000Pelon")), "name");
    expectField(set.post("leo.upm", "osha/establishment", establishmentJson("Cerro Pelon").replace("87010", "8701")),
        "zip");
    expectField(set.get("leo.upm", "osha/1789/summary"), "year");
    expectField(set.post("leo.upm", "osha/" + year + "/summary/certification", """
        {"executiveName":"Ines Ortega","executiveTitle":"President","certifiedOn":"%d-01-20"}""".formatted(year + 1)),
        "establishment");
    set.get("leo.upm", "incidents/" + cut + "/osha/cases").andExpect(jsonPath("$[0].decisions.length()").value(0));
    set.get("leo.upm", "osha/establishment").andExpect(status().isNotFound());
    // A case not decided recordable has no 301.
    set.get("leo.upm", "incidents/" + cut + "/osha/301.pdf").andExpect(status().isNotFound());
  }

  /** What the records refuse is said in words as well, for a page in the reader's language; the API stays English. */
  @Test
  void whatTheRecordsRefuseIsSaidInWords() throws Exception {
    UUID cut = UUID.fromString(incident("marcus.camera", "-03-07T17:00:00Z", "Cut on a C-stand"));
    UUID nobodyHurt = UUID.fromString(incidentOf("""
        [{"userId":"%s","involvement":"WITNESS"}]""".formatted(set.userId("tess.grip"))));
    UUID twoHurt = UUID.fromString(incidentOf("""
        [{"userId":"%s","involvement":"INJURED"},{"userId":"%s","involvement":"INJURED"}]"""
        .formatted(set.userId("tess.grip"), set.userId("eli.actor"))));
    String sam = set.user("sam.safety");
    String leo = set.user("leo.upm");
    List<Runnable> refused = List.of(
        () -> crew.as(sam, () -> osha.decide(set.id(), cut, null)),
        () -> crew.as(sam, () -> osha.decide(set.id(), cut, decision(null, null))),
        () -> crew.as(sam, () -> osha.decide(set.id(), cut, decision(1, true))),
        () -> crew.as(sam, () -> osha.decide(set.id(), nobodyHurt, decision(null, true))),
        () -> crew.as(sam, () -> osha.decide(set.id(), twoHurt, decision(null, true))),
        () -> crew.as(leo, () -> osha.recordEstablishment(set.id(), null)),
        () -> crew.as(leo, () -> osha.summary(set.id(), 1789)),
        () -> crew.as(leo, () -> osha.certify(set.id(), year, "Ines Ortega", "President",
            LocalDate.of(year + 1, 1, 20))));
    for (Runnable call : refused) {
      ReasonWords.saidAsWritten(catchThrowableOfType(call::run, InvalidInputException.class));
    }
  }

  /** A decision saying only whose case it is, whether it is work-related and why. */
  private static OshaRecords.DecisionInput decision(Integer personIndex, Boolean workRelated) {
    return new OshaRecords.DecisionInput(personIndex, workRelated, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, "first aid only", null,
        null, null, null, null, null, null, null, null, null, null);
  }

  @Test
  void theOshaRoutesAreInTheOpenApiDocument() throws Exception {
    String api = body(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
        .get("/api/openapi").header("Authorization", crew.bearer(set.user("leo.upm")))).andExpect(status().isOk()));
    assertThat(api).contains("OSHA records").contains("/api/productions/{productionId}/osha/{year}/log")
        .contains("/api/productions/{productionId}/incidents/{incidentId}/osha/decisions")
        .contains("/api/productions/{productionId}/osha/{year}/summary/certification")
        .contains("/api/productions/{productionId}/osha/{year}/cases.csv");
  }

  @Test
  void theDatabaseRefusesToChangeAnOshaDecision() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(org.setsafe.TestDatabase.isPostgres(),
        "H2 has no triggers refusing change (README: what the embedded database does and does not promise)");
    String cut = incident("marcus.camera", "-03-07T17:00:00Z", "Cut on a C-stand");
    set.post("sam.safety", "incidents/" + cut + "/osha/decisions", "{\"workRelated\":true,\"firstAid\":"
        + "[\"WOUND_COVERINGS\"],\"why\":\"A bandage\"}").andExpect(status().isCreated());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("UPDATE osha_decision SET medical_treatment = "
            + "'Sutures' WHERE incident_id = ?").param(UUID.fromString(cut)).update())
        .hasStackTraceContaining("SetSafe incident records are append-only");
  }

  // ---- the set ----

  private void establishment() throws Exception {
    set.post("leo.upm", "osha/establishment", establishmentJson("Rattlesnake Pictures, Cerro Pelon unit"))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.naicsCode").value("512110"))
        .andExpect(jsonPath("$.industryDescription").value("Motion picture and video production"))
        .andExpect(jsonPath("$.sizeCode").value("21"));
  }

  private static String establishmentJson(String name) {
    return """
        {"name":"%s","companyName":"Rattlesnake Pictures LLC","streetAddress":"1 Cerro Pelon Ranch Road",
         "city":"Galisteo","state":"nm","zip":"87010","size":"FROM_20_TO_99"}""".formatted(name);
  }

  private String incidentOf(String people) throws Exception {
    return json(set.post("sam.safety", "incidents", """
        {"kind":"INJURY_OR_ILLNESS","severity":"HIGH","where":"Church set","happenedAt":"%d-03-07T17:00:00Z",
         "whatHappened":"Smoke from the atmospherics machine","people":%s}""".formatted(year, people))
        .andExpect(status().isCreated()), "$.id");
  }

  private String incident(String injured, String at, String what) throws Exception {
    return json(set.post("sam.safety", "incidents", """
        {"kind":"INJURY_OR_ILLNESS","severity":"HIGH","where":"Church set","happenedAt":"%d%s",
         "whatHappened":"%s","people":[{"userId":"%s","involvement":"INJURED"}]}"""
        .formatted(year, at, what, set.userId(injured))).andExpect(status().isCreated()), "$.id");
  }

  /**
   * Hours in the year as the UPM recorded them: a corrected entry counts as corrected, a day of the next year not
   * at all. 10 + 12 hours (Marcus), 8 (Tess, corrected from 10), 11.5 (Eli): 41.5 hours, rounded up to 42; people
   * paid: 2 in the first weekly period, 1 in the second.
   */
  private void hours() throws Exception {
    hoursOf("marcus.camera", year + "-01-06", "06:00", "16:00", null);
    hoursOf("tess.grip", year + "-01-06", "06:00", "16:00", null);
    hoursOf("marcus.camera", year + "-01-07", "06:00", "18:00", null);
    hoursOf("tess.grip", year + "-01-06", "06:00", "14:00", "Wrapped early, sent home at two");
    hoursOf("eli.actor", year + "-01-13", "06:00", "17:30", null);
    hoursOf("eli.actor", (year + 1) + "-01-02", "06:00", "17:30", null);
  }

  private void hoursOf(String who, String date, String on, String off, String reason) throws Exception {
    set.post("leo.upm", "staffing/hours", """
        {"personId":"%s","date":"%s","on":"%s","off":"%s"%s}""".formatted(set.userId(who), date, on, off,
        reason == null ? "" : ",\"reason\":\"" + reason + "\"")).andExpect(status().isCreated());
  }

  private static ResultActions expectField(ResultActions call, String field) throws Exception {
    return call.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value(field));
  }

  private static String body(ResultActions call) throws Exception {
    return call.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(ResultActions call) throws Exception {
    return call.andReturn().getResponse().getContentAsByteArray();
  }

  private static String pdfText(ResultActions call) throws Exception {
    try (PDDocument document = Loader.loadPDF(bytes(call.andExpect(status().isOk())))) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static List<CSVRecord> csv(ResultActions call) throws Exception {
    return csv(body(call.andExpect(status().isOk())));
  }

  private static List<CSVRecord> csv(String text) throws Exception {
    CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(text));
    return parser.getRecords();
  }
}
