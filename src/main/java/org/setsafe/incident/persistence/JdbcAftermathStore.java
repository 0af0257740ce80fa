package org.setsafe.incident.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.incident.CheckIn;
import org.setsafe.incident.Regulator;
import org.setsafe.incident.ReportableOutcome;
import org.setsafe.incident.SupportAnswer;
import org.setsafe.incident.domain.AftermathStore;
import org.setsafe.incident.domain.ReportMade;
import org.setsafe.incident.domain.ReportingClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reporting clocks and care after an incident, in SQL; inserts and reads only. */
@Repository
class JdbcAftermathStore implements AftermathStore {

  private static final String CLOCK = "SELECT id, production_id, incident_id, outcome, us_state, regulator, "
      + "started_at, due_at, recorded_by FROM incident_reporting_clock ";
  private static final String OFFER = "SELECT id, production_id, incident_id, offered_at, people FROM care_offer ";

  private final JdbcClient jdbc;

  JdbcAftermathStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean insertClock(ReportingClock c) {
    return jdbc.sql("INSERT INTO incident_reporting_clock (id, production_id, incident_id, outcome, us_state, "
            + "regulator, started_at, due_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
        .params(c.id(), c.productionId(), c.incidentId(), c.outcome().name(), c.usState(), c.regulator().name(),
            utc(c.startedAt()), utc(c.dueAt()), c.recordedBy())
        .update() == 1;
  }

  @Override
  public Optional<ReportingClock> clock(UUID productionId, UUID clockId) {
    return jdbc.sql(CLOCK + "WHERE production_id = ? AND id = ?").params(productionId, clockId)
        .query(JdbcAftermathStore::clock).optional();
  }

  @Override
  public Optional<ReportingClock> lockClock(UUID clockId) {
    return jdbc.sql(CLOCK + "WHERE id = ? FOR UPDATE").param(clockId).query(JdbcAftermathStore::clock).optional();
  }

  @Override
  public List<ReportingClock> clocks(UUID productionId, UUID incidentId) {
    return jdbc.sql(CLOCK + "WHERE production_id = ? AND incident_id = ? ORDER BY due_at, regulator")
        .params(productionId, incidentId).query(JdbcAftermathStore::clock).list();
  }

  @Override
  public List<ReportingClock> unanswered(UUID productionId) {
    return jdbc.sql(CLOCK + "WHERE production_id = ? AND NOT EXISTS (SELECT 1 FROM incident_report_made m "
            + "WHERE m.clock_id = incident_reporting_clock.id) ORDER BY due_at")
        .param(productionId).query(JdbcAftermathStore::clock).list();
  }

  @Override
  public void insertReportMade(ReportMade m) {
    jdbc.sql("INSERT INTO incident_report_made (clock_id, made_at, regulator, reference, recorded_by, recorded_at) "
            + "VALUES (?, ?, ?, ?, ?, ?)")
        .params(m.clockId(), utc(m.madeAt()), m.regulator().name(), m.reference(), m.recordedBy(),
            utc(m.recordedAt()))
        .update();
  }

  @Override
  public Optional<ReportMade> reportMade(UUID clockId) {
    return jdbc.sql("SELECT clock_id, made_at, regulator, reference, recorded_by, recorded_at FROM "
            + "incident_report_made WHERE clock_id = ?").param(clockId)
        .query((rs, n) -> new ReportMade(rs.getObject("clock_id", UUID.class), instant(rs, "made_at"),
            Regulator.valueOf(rs.getString("regulator")), rs.getString("reference"),
            rs.getObject("recorded_by", UUID.class), instant(rs, "recorded_at")))
        .optional();
  }

  @Override
  public boolean insertClockStep(UUID clockId, String step, Instant dueAt, Instant firedAt) {
    return jdbc.sql("INSERT INTO incident_clock_step (clock_id, step, due_at, fired_at) VALUES (?, ?, ?, ?) "
            + "ON CONFLICT DO NOTHING")
        .params(clockId, step, utc(dueAt), utc(firedAt)).update() == 1;
  }

  @Override
  public List<String> clockSteps(UUID clockId) {
    return jdbc.sql("SELECT step FROM incident_clock_step WHERE clock_id = ? ORDER BY due_at, fired_at")
        .param(clockId).query(String.class).list();
  }

  // ---- care ----

  @Override
  public boolean insertOffer(Offer o, Set<UUID> people) {
    boolean added = jdbc.sql("INSERT INTO care_offer (id, production_id, incident_id, offered_at, people) "
            + "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
        .params(o.id(), o.productionId(), o.incidentId(), utc(o.offeredAt()), o.people()).update() == 1;
    if (added) {
      for (UUID person : people) {
        jdbc.sql("INSERT INTO care_offered_to (offer_id, user_id) VALUES (?, ?)").params(o.id(), person).update();
      }
    }
    return added;
  }

  @Override
  public Optional<Offer> offer(UUID productionId, UUID offerId) {
    return jdbc.sql(OFFER + "WHERE production_id = ? AND id = ?").params(productionId, offerId)
        .query(JdbcAftermathStore::offer).optional();
  }

  @Override
  public Optional<Offer> offerFor(UUID incidentId) {
    return jdbc.sql(OFFER + "WHERE incident_id = ?").param(incidentId).query(JdbcAftermathStore::offer).optional();
  }

  @Override
  public Optional<Offer> offerById(UUID offerId) {
    return jdbc.sql(OFFER + "WHERE id = ?").param(offerId).query(JdbcAftermathStore::offer).optional();
  }

  @Override
  public List<Offer> offersTo(UUID productionId, UUID userId) {
    return jdbc.sql(OFFER + "WHERE production_id = ? AND id IN (SELECT offer_id FROM care_offered_to WHERE "
            + "user_id = ?) ORDER BY offered_at DESC")
        .params(productionId, userId).query(JdbcAftermathStore::offer).list();
  }

  @Override
  public List<Offer> offers(UUID productionId) {
    return jdbc.sql(OFFER + "WHERE production_id = ? ORDER BY offered_at DESC").param(productionId)
        .query(JdbcAftermathStore::offer).list();
  }

  @Override
  public boolean offeredTo(UUID offerId, UUID userId) {
    return jdbc.sql("SELECT COUNT(*) FROM care_offered_to WHERE offer_id = ? AND user_id = ?")
        .params(offerId, userId).query(Integer.class).single() > 0;
  }

  @Override
  public List<UUID> people(UUID offerId) {
    return jdbc.sql("SELECT user_id FROM care_offered_to WHERE offer_id = ?").param(offerId)
        .query(UUID.class).list();
  }

  @Override
  public void insertAnswer(UUID offerId, UUID userId, SupportAnswer answer, Instant at) {
    jdbc.sql("INSERT INTO care_answer (id, offer_id, user_id, answer, answered_at) VALUES (?, ?, ?, ?, ?)")
        .params(UUID.randomUUID(), offerId, userId, answer.name(), utc(at)).update();
  }

  @Override
  public Optional<SupportAnswer> answer(UUID offerId, UUID userId) {
    return jdbc.sql("SELECT answer FROM care_answer WHERE offer_id = ? AND user_id = ? "
            + "ORDER BY answered_at DESC, id FETCH FIRST 1 ROWS ONLY")
        .params(offerId, userId).query(String.class).optional().map(SupportAnswer::valueOf);
  }

  @Override
  public boolean insertCheckIn(UUID offerId, UUID userId, CheckIn which, Instant dueAt, Instant sentAt) {
    return jdbc.sql("INSERT INTO care_check_in (offer_id, user_id, which, due_at, sent_at) VALUES (?, ?, ?, ?, ?) "
            + "ON CONFLICT DO NOTHING")
        .params(offerId, userId, which.name(), utc(dueAt), utc(sentAt)).update() == 1;
  }

  @Override
  public List<CheckIn> checkInsSent(UUID offerId, UUID userId) {
    return jdbc.sql("SELECT which FROM care_check_in WHERE offer_id = ? AND user_id = ? ORDER BY due_at")
        .params(offerId, userId).query(String.class).list().stream().map(CheckIn::valueOf).toList();
  }

  @Override
  public void insertCounsellingContact(UUID productionId, UUID userId, UUID namedBy, Instant at) {
    jdbc.sql("INSERT INTO care_counselling_contact (id, production_id, user_id, named_by, named_at) "
            + "VALUES (?, ?, ?, ?, ?)")
        .params(UUID.randomUUID(), productionId, userId, namedBy, utc(at)).update();
  }

  @Override
  public Optional<UUID> counsellingContact(UUID productionId) {
    return jdbc.sql("SELECT user_id FROM care_counselling_contact WHERE production_id = ? "
            + "ORDER BY named_at DESC, id FETCH FIRST 1 ROWS ONLY")
        .param(productionId).query(UUID.class).optional();
  }

  @Override
  public void insertDebrief(Debrief d) {
    jdbc.sql("INSERT INTO care_debrief (id, offer_id, starts_at, place, scheduled_by, scheduled_at) "
            + "VALUES (?, ?, ?, ?, ?, ?)")
        .params(d.id(), d.offerId(), utc(d.startsAt()), d.place(), d.scheduledBy(), utc(d.scheduledAt())).update();
  }

  @Override
  public Optional<Debrief> debrief(UUID offerId) {
    return jdbc.sql("SELECT id, offer_id, starts_at, place, scheduled_by, scheduled_at FROM care_debrief "
            + "WHERE offer_id = ? ORDER BY scheduled_at DESC, id FETCH FIRST 1 ROWS ONLY").param(offerId)
        .query((rs, n) -> new Debrief(rs.getObject("id", UUID.class), rs.getObject("offer_id", UUID.class),
            instant(rs, "starts_at"), rs.getString("place"), rs.getObject("scheduled_by", UUID.class),
            instant(rs, "scheduled_at")))
        .optional();
  }

  @Override
  public void insertAttendance(UUID debriefId, UUID userId, boolean attending, Instant at) {
    jdbc.sql("INSERT INTO care_debrief_attendance (id, debrief_id, user_id, attending, answered_at) "
            + "VALUES (?, ?, ?, ?, ?)")
        .params(UUID.randomUUID(), debriefId, userId, attending, utc(at)).update();
  }

  @Override
  public Optional<Boolean> attending(UUID debriefId, UUID userId) {
    return jdbc.sql("SELECT attending FROM care_debrief_attendance WHERE debrief_id = ? AND user_id = ? "
            + "ORDER BY answered_at DESC, id FETCH FIRST 1 ROWS ONLY")
        .params(debriefId, userId).query(Boolean.class).optional();
  }

  private static ReportingClock clock(ResultSet rs, int n) throws SQLException {
    return new ReportingClock(rs.getObject("id", UUID.class), rs.getObject("production_id", UUID.class),
        rs.getObject("incident_id", UUID.class), ReportableOutcome.valueOf(rs.getString("outcome")),
        rs.getString("us_state"), Regulator.valueOf(rs.getString("regulator")), instant(rs, "started_at"),
        instant(rs, "due_at"), rs.getObject("recorded_by", UUID.class));
  }

  private static Offer offer(ResultSet rs, int n) throws SQLException {
    return new Offer(rs.getObject("id", UUID.class), rs.getObject("production_id", UUID.class),
        rs.getObject("incident_id", UUID.class), instant(rs, "offered_at"), rs.getInt("people"));
  }

  private static OffsetDateTime utc(Instant at) {
    return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
