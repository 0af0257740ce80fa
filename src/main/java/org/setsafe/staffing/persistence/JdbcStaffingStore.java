package org.setsafe.staffing.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.production.CrewRole;
import org.setsafe.staffing.domain.FlagKind;
import org.setsafe.staffing.domain.RosterEntry;
import org.setsafe.staffing.domain.Shift;
import org.setsafe.staffing.domain.StaffingRules;
import org.setsafe.staffing.domain.StaffingStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Staffing records in SQL, insert and select only (PostgreSQL triggers refuse the rest). */
@Repository
class JdbcStaffingStore implements StaffingStore {

  private static final String ROSTER_COLUMNS = "id, production_id, shooting_day_id, day_date, person_id, duty,"
      + " on_duty, recorded_by, recorded_at";
  private static final String SHIFT_COLUMNS = "id, production_id, person_id, work_date, on_at, off_at, reason,"
      + " recorded_by, recorded_at";

  private final JdbcClient jdbc;

  JdbcStaffingStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void append(RosterEntry e) {
    jdbc.sql("INSERT INTO staffing_roster (" + ROSTER_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(e.id(), e.productionId(), e.shootingDayId(), e.date(), e.personId(), e.duty().name(), e.onDuty(),
            e.recordedBy(), utc(e.recordedAt()))
        .update();
  }

  @Override
  public List<RosterEntry> rosterOf(UUID productionId, UUID shootingDayId) {
    return jdbc.sql("SELECT " + ROSTER_COLUMNS + " FROM staffing_roster WHERE production_id = ? AND shooting_day_id = ?"
            + " ORDER BY seq")
        .params(productionId, shootingDayId).query((rs, n) -> roster(rs)).list();
  }

  @Override
  public List<RosterEntry> rosterOf(UUID productionId) {
    return jdbc.sql("SELECT " + ROSTER_COLUMNS + " FROM staffing_roster WHERE production_id = ? ORDER BY seq")
        .param(productionId).query((rs, n) -> roster(rs)).list();
  }

  @Override
  public List<RosterEntry> rosterOfPerson(UUID personId, LocalDate date) {
    return jdbc.sql("SELECT " + ROSTER_COLUMNS + " FROM staffing_roster WHERE person_id = ? AND day_date = ? ORDER BY seq")
        .params(personId, date).query((rs, n) -> roster(rs)).list();
  }

  @Override
  public List<RosterEntry> rosterOfPersonOrDay(UUID personId, LocalDate date, UUID productionId,
      UUID shootingDayId) {
    return jdbc.sql("SELECT " + ROSTER_COLUMNS + " FROM staffing_roster WHERE (person_id = ? AND day_date = ?)"
            + " OR (production_id = ? AND shooting_day_id = ?) ORDER BY seq")
        .params(personId, date, productionId, shootingDayId).query((rs, n) -> roster(rs)).list();
  }

  @Override
  public void lockPerson(UUID personId) {
    jdbc.sql("SELECT id FROM app_user WHERE id = ? FOR UPDATE").param(personId).query((rs, n) -> 1).list();
  }

  @Override
  public void append(Shift s) {
    jdbc.sql("INSERT INTO staffing_hours (" + SHIFT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(s.id(), s.productionId(), s.personId(), s.workDate(), utc(s.on()),
            s.off() == null ? null : utc(s.off()), s.reason(), s.recordedBy(), utc(s.recordedAt()))
        .update();
  }

  @Override
  public List<Shift> shiftsOf(UUID personId, LocalDate from, LocalDate until) {
    return jdbc.sql("SELECT " + SHIFT_COLUMNS + " FROM staffing_hours WHERE person_id = ? AND work_date >= ?"
            + " AND work_date <= ? ORDER BY seq")
        .params(personId, from, until)
        .query(JdbcStaffingStore::shift)
        .list();
  }

  @Override
  public List<Shift> shiftsOfEach(Collection<UUID> personIds, LocalDate from, LocalDate until) {
    return jdbc.sql("SELECT " + SHIFT_COLUMNS + " FROM staffing_hours WHERE person_id IN (:people)"
            + " AND work_date >= :from AND work_date <= :until ORDER BY seq")
        .param("people", List.copyOf(personIds)).param("from", from).param("until", until)
        .query(JdbcStaffingStore::shift)
        .list();
  }

  private static Shift shift(ResultSet rs, int row) throws SQLException {
    return new Shift(rs.getObject("id", UUID.class), rs.getObject("production_id", UUID.class),
        rs.getObject("person_id", UUID.class), rs.getObject("work_date", LocalDate.class), instant(rs, "on_at"),
        instant(rs, "off_at"), rs.getString("reason"), rs.getObject("recorded_by", UUID.class),
        instant(rs, "recorded_at"));
  }

  @Override
  public void appendRules(UUID id, UUID productionId, StaffingRules rules, UUID recordedBy, Instant recordedAt) {
    jdbc.sql("INSERT INTO staffing_rules (id, production_id, min_rest_minutes, weekly_limit_minutes, recorded_by,"
            + " recorded_at) VALUES (?, ?, ?, ?, ?, ?)")
        .params(id, productionId, (int) rules.minRest().toMinutes(), (int) rules.weeklyLimit().toMinutes(),
            recordedBy, utc(recordedAt))
        .update();
  }

  @Override
  public Optional<StoredRules> rules(UUID productionId) {
    return jdbc.sql("SELECT min_rest_minutes, weekly_limit_minutes, recorded_by, recorded_at FROM staffing_rules"
            + " WHERE production_id = ? ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")
        .param(productionId)
        .query((rs, n) -> new StoredRules(limits(rs), rs.getObject("recorded_by", UUID.class),
            instant(rs, "recorded_at")))
        .optional();
  }

  private static StaffingRules limits(ResultSet rs) throws SQLException {
    return new StaffingRules(Duration.ofMinutes(rs.getInt("min_rest_minutes")),
        Duration.ofMinutes(rs.getInt("weekly_limit_minutes")));
  }

  @Override
  public boolean raiseOnce(RaisedFlag f) {
    // Checked first so that on PostgreSQL the usual case does not abort the transaction; the unique key still
    // decides when two writers race.
    Integer existing = jdbc.sql("SELECT COUNT(*) FROM staffing_flag WHERE scene_id = ? AND day_date = ?"
            + " AND person_id = ? AND kind = ?")
        .params(f.sceneId(), f.date(), f.personId(), f.kind().name()).query(Integer.class).single();
    if (existing > 0) {
      return false;
    }
    try {
      jdbc.sql("INSERT INTO staffing_flag (id, production_id, scene_id, day_date, person_id, kind, detail, raised_at)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
          .params(f.id(), f.productionId(), f.sceneId(), f.date(), f.personId(), f.kind().name(), f.detail(),
              utc(f.raisedAt()))
          .update();
      return true;
    } catch (DuplicateKeyException raced) {
      return false;
    }
  }

  @Override
  public List<RaisedFlag> flags(UUID productionId) {
    return jdbc.sql("SELECT * FROM staffing_flag WHERE production_id = ? ORDER BY raised_at, id").param(productionId)
        .query((rs, n) -> new RaisedFlag(rs.getObject("id", UUID.class), rs.getObject("production_id", UUID.class),
            rs.getObject("scene_id", UUID.class), rs.getObject("day_date", LocalDate.class),
            rs.getObject("person_id", UUID.class), FlagKind.valueOf(rs.getString("kind")), rs.getString("detail"),
            instant(rs, "raised_at")))
        .list();
  }

  @Override
  public void append(Decision d) {
    jdbc.sql("INSERT INTO staffing_decision (id, production_id, scene_id, day_date, person_id, kind, decision,"
            + " decided_by, decider_role, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(d.id(), d.productionId(), d.sceneId(), d.date(), d.personId(), d.kind().name(), d.decision(),
            d.decidedBy(), d.deciderRole(), utc(d.decidedAt()))
        .update();
  }

  @Override
  public List<Decision> decisions(UUID productionId) {
    return jdbc.sql("SELECT * FROM staffing_decision WHERE production_id = ? ORDER BY seq").param(productionId)
        .query((rs, n) -> decision(rs))
        .list();
  }

  @Override
  public LimitsAndDecisions limitsAndDecisions(UUID productionId, UUID sceneId, LocalDate date) {
    // Joined to one row of its own, so the limits come back when nothing was decided and the decisions when no
    // limits were set: the latest limits beside each decision, or alone.
    List<LimitsAndDecision> rows = jdbc.sql("SELECT r.min_rest_minutes, r.weekly_limit_minutes, d.id,"
            + " d.production_id, d.scene_id, d.day_date, d.person_id, d.kind, d.decision, d.decided_by,"
            + " d.decider_role, d.decided_at"
            + " FROM (SELECT 1 AS one_row) one_row"
            + " LEFT JOIN staffing_rules r ON r.production_id = :production"
            + " AND r.seq = (SELECT MAX(seq) FROM staffing_rules WHERE production_id = :production)"
            + " LEFT JOIN staffing_decision d ON d.production_id = :production AND d.scene_id = :scene"
            + " AND d.day_date = :date"
            + " ORDER BY d.seq")
        .param("production", productionId).param("scene", sceneId).param("date", date)
        .query((rs, n) -> new LimitsAndDecision(rs.getObject("min_rest_minutes") == null ? null : limits(rs),
            rs.getObject("id") == null ? null : decision(rs)))
        .list();
    return new LimitsAndDecisions(Optional.ofNullable(rows.get(0).limits()),
        rows.stream().map(LimitsAndDecision::decision).filter(Objects::nonNull).toList());
  }

  /** One row of {@link #limitsAndDecisions}: the limits if set, a decision if any. */
  private record LimitsAndDecision(StaffingRules limits, Decision decision) {}

  private static Decision decision(ResultSet rs) throws SQLException {
    return new Decision(rs.getObject("id", UUID.class), rs.getObject("production_id", UUID.class),
        rs.getObject("scene_id", UUID.class), rs.getObject("day_date", LocalDate.class),
        rs.getObject("person_id", UUID.class), FlagKind.valueOf(rs.getString("kind")), rs.getString("decision"),
        rs.getObject("decided_by", UUID.class), rs.getString("decider_role"), instant(rs, "decided_at"));
  }

  private static RosterEntry roster(ResultSet rs) throws SQLException {
    return new RosterEntry(rs.getObject("id", UUID.class), rs.getObject("production_id", UUID.class),
        rs.getObject("shooting_day_id", UUID.class), rs.getObject("day_date", LocalDate.class),
        rs.getObject("person_id", UUID.class), CrewRole.valueOf(rs.getString("duty")), rs.getBoolean("on_duty"),
        rs.getObject("recorded_by", UUID.class), instant(rs, "recorded_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  @Override
  public List<Shift> shiftsOfProduction(UUID productionId, LocalDate from, LocalDate until) {
    return jdbc.sql("SELECT " + SHIFT_COLUMNS + " FROM staffing_hours WHERE production_id = ? AND work_date >= ?"
            + " AND work_date <= ? ORDER BY seq")
        .params(productionId, from, until)
        .query(JdbcStaffingStore::shift)
        .list();
  }
}
