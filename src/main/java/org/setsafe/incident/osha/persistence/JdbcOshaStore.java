package org.setsafe.incident.osha.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.setsafe.incident.osha.domain.CaseDecision;
import org.setsafe.incident.osha.domain.Certification;
import org.setsafe.incident.osha.domain.EmployeeDetails;
import org.setsafe.incident.osha.domain.Establishment;
import org.setsafe.incident.osha.domain.FirstAid;
import org.setsafe.incident.osha.domain.InjuryType;
import org.setsafe.incident.osha.domain.OshaStore;
import org.setsafe.incident.osha.domain.PrivacyConcern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The OSHA records in SQL; inserts and reads only (PostgreSQL triggers refuse the rest). */
@Repository
class JdbcOshaStore implements OshaStore {

  private static final String ESTABLISHMENT_COLUMNS = "id, production_id, establishment_name, company_name, ein, "
      + "street_address, city, state, zip, naics_code, industry_description, size_code, establishment_type, "
      + "recorded_by, recorded_at";
  private static final String DECISION_COLUMNS = "id, incident_id, person_position, production_id, supersedes, "
      + "work_related, death, date_of_death, days_away_from, back_to_work_on, restricted_from, full_duty_on, "
      + "medical_treatment, first_aid, loss_of_consciousness, significant_diagnosis, illness_type, privacy_concern, "
      + "job_title, description, before_incident, injury_illness, object_or_substance, time_started_work, "
      + "treated_in_emergency, hospitalized_overnight, physician, treatment_facility, why, decided_by, decided_at, "
      + "employee_street, employee_city, employee_state, employee_zip, date_of_birth, date_hired, sex, "
      + "facility_street, facility_city, facility_state, facility_zip";
  private static final String CERTIFICATION_COLUMNS = "id, production_id, log_year, executive_name, "
      + "executive_title, certified_on, totals_sha256, recorded_by, recorded_at";

  private final JdbcClient jdbc;

  JdbcOshaStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void insert(Establishment e) {
    jdbc.sql("INSERT INTO osha_establishment (" + ESTABLISHMENT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + "?, ?, ?, ?, ?)")
        .params(e.id(), e.productionId(), e.name(), e.companyName(), e.ein(), e.streetAddress(), e.city(), e.state(),
            e.zip(), e.naicsCode(), e.industryDescription(), e.size().itaCode(), e.type().itaCode(), e.recordedBy(),
            utc(e.recordedAt()))
        .update();
  }

  @Override
  public Optional<Establishment> establishment(UUID productionId) {
    return jdbc.sql("SELECT " + ESTABLISHMENT_COLUMNS + " FROM osha_establishment WHERE production_id = ? "
            + "ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")
        .param(productionId)
        .query((rs, n) -> new Establishment(rs.getObject("id", UUID.class), rs.getObject("production_id", UUID.class),
            rs.getString("establishment_name"), rs.getString("company_name"), rs.getString("ein"),
            rs.getString("street_address"), rs.getString("city"), rs.getString("state"), rs.getString("zip"),
            rs.getString("naics_code"), rs.getString("industry_description"),
            Establishment.Size.ofCode(rs.getString("size_code")),
            Establishment.Type.ofCode(rs.getString("establishment_type")), rs.getObject("recorded_by", UUID.class),
            instant(rs, "recorded_at")))
        .optional();
  }

  @Override
  public void insert(CaseDecision d) {
    EmployeeDetails e = d.employee();
    jdbc.sql("INSERT INTO osha_decision (" + DECISION_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(d.id(), d.incidentId(), d.personPosition(), d.productionId(), d.supersedes(), d.workRelated(),
            d.death(), d.dateOfDeath(), d.daysAwayFrom(), d.backToWorkOn(), d.restrictedFrom(), d.fullDutyOn(),
            d.medicalTreatment(), d.firstAid().isEmpty() ? null
                : EnumSet.copyOf(d.firstAid()).stream().map(Enum::name).collect(Collectors.joining(",")),
            d.lossOfConsciousness(), d.significantDiagnosis(), d.injuryType() == null ? null : d.injuryType().name(),
            d.privacyConcern() == null ? null : d.privacyConcern().name(), d.jobTitle(), d.description(),
            d.beforeIncident(), d.injuryIllness(), d.objectOrSubstance(), d.timeStartedWork(),
            d.treatedInEmergencyRoom(), d.hospitalizedOvernight(), d.physician(), d.treatmentFacility(), d.why(),
            d.decidedBy(), utc(d.decidedAt()), e.street(), e.city(), e.state(), e.zip(), e.dateOfBirth(),
            e.dateHired(), e.sex() == null ? null : e.sex().name(), e.facilityStreet(), e.facilityCity(),
            e.facilityState(), e.facilityZip())
        .update();
  }

  @Override
  public List<CaseDecision> decisions(UUID incidentId, int personPosition) {
    return jdbc.sql("SELECT " + DECISION_COLUMNS + " FROM osha_decision WHERE incident_id = ? AND person_position = ? "
            + "ORDER BY seq")
        .params(incidentId, personPosition).query(JdbcOshaStore::decision).list();
  }

  @Override
  public List<CaseDecision> decisionsInForce(UUID productionId) {
    Map<String, CaseDecision> latest = new LinkedHashMap<>();
    jdbc.sql("SELECT " + DECISION_COLUMNS + " FROM osha_decision WHERE production_id = ? ORDER BY seq")
        .param(productionId).query(JdbcOshaStore::decision).list()
        .forEach(d -> latest.put(d.incidentId() + "/" + d.personPosition(), d));
    return List.copyOf(latest.values());
  }

  private static CaseDecision decision(ResultSet rs, int n) throws SQLException {
    String firstAid = rs.getString("first_aid");
    Set<FirstAid> aid = firstAid == null ? Set.of()
        : Arrays.stream(firstAid.split(",")).map(FirstAid::valueOf).collect(Collectors.toSet());
    String type = rs.getString("illness_type");
    String privacy = rs.getString("privacy_concern");
    String sex = rs.getString("sex");
    return new CaseDecision(rs.getObject("id", UUID.class), rs.getObject("incident_id", UUID.class),
        rs.getInt("person_position"), rs.getObject("production_id", UUID.class),
        rs.getObject("supersedes", UUID.class), rs.getBoolean("work_related"), rs.getBoolean("death"),
        rs.getObject("date_of_death", LocalDate.class), rs.getObject("days_away_from", LocalDate.class),
        rs.getObject("back_to_work_on", LocalDate.class), rs.getObject("restricted_from", LocalDate.class),
        rs.getObject("full_duty_on", LocalDate.class), rs.getString("medical_treatment"), aid,
        rs.getBoolean("loss_of_consciousness"), rs.getString("significant_diagnosis"),
        type == null ? null : InjuryType.valueOf(type), privacy == null ? null : PrivacyConcern.valueOf(privacy),
        rs.getString("job_title"), rs.getString("description"), rs.getString("before_incident"),
        rs.getString("injury_illness"), rs.getString("object_or_substance"),
        rs.getObject("time_started_work", LocalTime.class), rs.getBoolean("treated_in_emergency"),
        rs.getBoolean("hospitalized_overnight"), rs.getString("physician"), rs.getString("treatment_facility"),
        new EmployeeDetails(rs.getString("employee_street"), rs.getString("employee_city"),
            rs.getString("employee_state"), rs.getString("employee_zip"),
            rs.getObject("date_of_birth", LocalDate.class), rs.getObject("date_hired", LocalDate.class), sex == null ? null : EmployeeDetails.Sex.valueOf(sex),
            rs.getString("facility_street"), rs.getString("facility_city"), rs.getString("facility_state"),
            rs.getString("facility_zip")),
        rs.getString("why"), rs.getObject("decided_by", UUID.class), instant(rs, "decided_at"));
  }

  @Override
  public Optional<CaseNumber> caseNumber(UUID incidentId, int personPosition) {
    return jdbc.sql("SELECT incident_id, person_position, log_year, case_number FROM osha_case WHERE incident_id = ? "
            + "AND person_position = ?")
        .params(incidentId, personPosition).query(JdbcOshaStore::caseNumber).optional();
  }

  @Override
  public CaseNumber number(UUID productionId, UUID incidentId, int personPosition, int year, Instant at) {
    // One numbering at a time per production: two cases decided at once do not take the same number.
    jdbc.sql("SELECT id FROM production WHERE id = ? FOR UPDATE").param(productionId).query((rs, n) -> 1).list();
    long taken = jdbc.sql("SELECT COUNT(*) FROM osha_case WHERE production_id = ? AND log_year = ?")
        .params(productionId, year).query(Long.class).single();
    String number = String.format("%d-%03d", year, taken + 1);
    jdbc.sql("INSERT INTO osha_case (incident_id, person_position, production_id, log_year, case_number, numbered_at) "
            + "VALUES (?, ?, ?, ?, ?, ?)")
        .params(incidentId, personPosition, productionId, year, number, utc(at)).update();
    return new CaseNumber(incidentId, personPosition, year, number);
  }

  @Override
  public List<CaseNumber> caseNumbers(UUID productionId, int year) {
    return jdbc.sql("SELECT incident_id, person_position, log_year, case_number FROM osha_case WHERE production_id = ? "
            + "AND log_year = ? ORDER BY case_number")
        .params(productionId, year).query(JdbcOshaStore::caseNumber).list();
  }

  private static CaseNumber caseNumber(ResultSet rs, int n) throws SQLException {
    return new CaseNumber(rs.getObject("incident_id", UUID.class), rs.getInt("person_position"),
        rs.getInt("log_year"), rs.getString("case_number"));
  }

  @Override
  public void insert(Certification c) {
    jdbc.sql("INSERT INTO osha_certification (" + CERTIFICATION_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(c.id(), c.productionId(), c.year(), c.executiveName(), c.executiveTitle(), c.certifiedOn(),
            c.totalsSha256(), c.recordedBy(), utc(c.recordedAt()))
        .update();
  }

  @Override
  public Optional<Certification> certification(UUID productionId, int year) {
    return jdbc.sql("SELECT " + CERTIFICATION_COLUMNS + " FROM osha_certification WHERE production_id = ? AND "
            + "log_year = ? ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")
        .params(productionId, year)
        .query((rs, n) -> new Certification(rs.getObject("id", UUID.class), rs.getObject("production_id", UUID.class),
            rs.getInt("log_year"), rs.getString("executive_name"), rs.getString("executive_title"),
            rs.getObject("certified_on", LocalDate.class), rs.getString("totals_sha256"),
            rs.getObject("recorded_by", UUID.class), instant(rs, "recorded_at")))
        .optional();
  }

  private static OffsetDateTime utc(Instant at) {
    return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
