package org.setsafe.briefing.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.setsafe.shared.FactRows;
import org.setsafe.shared.RecordedFactSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Briefing's recorded facts read back from its tables for the ledger's reconciliation: each safety meeting opened
 * and held, each person's acknowledgment of a meeting or a bulletin (these keep their fact ids), and each bulletin
 * attached. A meeting's scenes and agenda are in tables of their own and are not compared here, nor the list of
 * who had acknowledged when it was held (the acknowledgments themselves are).
 */
@Component
class BriefingFactRows implements RecordedFactSource {

  private final JdbcClient jdbc;

  BriefingFactRows(DataSource dataSource) {
    this.jdbc = FactRows.streaming(dataSource);
  }

  @Override
  public List<FactKind> kinds() {
    return List.of(
        new FactKind("briefing.safety-meeting-opened", "safety_meeting", fact -> "meeting:" + fact.get("meetingId")),
        new FactKind("briefing.safety-meeting-acknowledged", "safety_meeting_acknowledgment",
            fact -> "fact:" + fact.get("factId")),
        new FactKind("briefing.safety-meeting-held", "safety_meeting_held", fact -> "held:" + fact.get("meetingId")),
        new FactKind("briefing.bulletin-attached", "safety_bulletin", fact -> "bulletin:" + fact.get("bulletinId")),
        new FactKind("briefing.bulletin-acknowledged", "safety_bulletin_acknowledgment",
            fact -> "fact:" + fact.get("factId")));
  }

  @Override
  public void forEachFact(UUID productionId, Consumer<TableFact> facts) {
    if (productionId == null) {
      return;
    }
    jdbc.sql("SELECT * FROM safety_meeting WHERE production_id = ? ORDER BY id").param(productionId)
        .query(FactRows.each(facts, BriefingFactRows::meeting));
    jdbc.sql("SELECT a.*, m.production_id, m.meeting_date FROM safety_meeting_acknowledgment a "
            + "JOIN safety_meeting m ON m.id = a.meeting_id WHERE m.production_id = ? ORDER BY a.fact_id")
        .param(productionId).query(FactRows.each(facts, BriefingFactRows::meetingAcknowledgment));
    jdbc.sql("SELECT h.*, m.production_id, m.meeting_date FROM safety_meeting_held h "
            + "JOIN safety_meeting m ON m.id = h.meeting_id WHERE m.production_id = ? ORDER BY h.meeting_id")
        .param(productionId).query(FactRows.each(facts, BriefingFactRows::held));
    jdbc.sql("SELECT * FROM safety_bulletin WHERE production_id = ? ORDER BY id").param(productionId)
        .query(FactRows.each(facts, BriefingFactRows::bulletin));
    jdbc.sql("SELECT a.*, b.production_id FROM safety_bulletin_acknowledgment a "
            + "JOIN safety_bulletin b ON b.id = a.bulletin_id WHERE b.production_id = ? ORDER BY a.fact_id")
        .param(productionId).query(FactRows.each(facts, BriefingFactRows::bulletinAcknowledgment));
  }

  private static TableFact meeting(ResultSet rs) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    return new TableFact("briefing.safety-meeting-opened", "safety_meeting", id.toString(), "meeting:" + id, List.of(
        new Field("meetingId", "id", id),
        new Field("productionId", "production_id", rs.getObject("production_id", UUID.class)),
        new Field("date", "meeting_date", FactRows.date(rs, "meeting_date")),
        new Field("actorId", "opened_by", rs.getObject("opened_by", UUID.class)),
        new Field("occurredAt", "opened_at", FactRows.instant(rs, "opened_at"))));
  }

  private static TableFact meetingAcknowledgment(ResultSet rs) throws SQLException {
    UUID meetingId = rs.getObject("meeting_id", UUID.class);
    UUID userId = rs.getObject("user_id", UUID.class);
    UUID factId = rs.getObject("fact_id", UUID.class);
    return new TableFact("briefing.safety-meeting-acknowledged", "safety_meeting_acknowledgment",
        meetingId + " by " + userId, "fact:" + factId, List.of(
            new Field("factId", "fact_id", factId),
            new Field("meetingId", "meeting_id", meetingId),
            new Field("actorId", "user_id", userId),
            new Field("occurredAt", "acknowledged_at", FactRows.instant(rs, "acknowledged_at")),
            new Field("productionId", "safety_meeting.production_id", rs.getObject("production_id", UUID.class)),
            new Field("date", "safety_meeting.meeting_date", FactRows.date(rs, "meeting_date"))));
  }

  private static TableFact held(ResultSet rs) throws SQLException {
    UUID meetingId = rs.getObject("meeting_id", UUID.class);
    return new TableFact("briefing.safety-meeting-held", "safety_meeting_held", meetingId.toString(),
        "held:" + meetingId, List.of(
            new Field("meetingId", "meeting_id", meetingId),
            new Field("actorId", "held_by", rs.getObject("held_by", UUID.class)),
            new Field("occurredAt", "held_at", FactRows.instant(rs, "held_at")),
            new Field("productionId", "safety_meeting.production_id", rs.getObject("production_id", UUID.class)),
            new Field("date", "safety_meeting.meeting_date", FactRows.date(rs, "meeting_date"))));
  }

  private static TableFact bulletin(ResultSet rs) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    return new TableFact("briefing.bulletin-attached", "safety_bulletin", id.toString(), "bulletin:" + id, List.of(
        new Field("bulletinId", "id", id),
        new Field("productionId", "production_id", rs.getObject("production_id", UUID.class)),
        new Field("title", "title", rs.getString("title")),
        new Field("reference", "reference", rs.getString("reference")),
        new Field("text", "body", rs.getString("body")),
        new Field("appliesFrom", "applies_from", FactRows.date(rs, "applies_from")),
        new Field("everyDay", "every_day", rs.getBoolean("every_day")),
        new Field("actorId", "attached_by", rs.getObject("attached_by", UUID.class)),
        new Field("occurredAt", "attached_at", FactRows.instant(rs, "attached_at"))));
  }

  private static TableFact bulletinAcknowledgment(ResultSet rs) throws SQLException {
    UUID bulletinId = rs.getObject("bulletin_id", UUID.class);
    UUID userId = rs.getObject("user_id", UUID.class);
    UUID factId = rs.getObject("fact_id", UUID.class);
    return new TableFact("briefing.bulletin-acknowledged", "safety_bulletin_acknowledgment",
        bulletinId + " by " + userId, "fact:" + factId, List.of(
            new Field("factId", "fact_id", factId),
            new Field("bulletinId", "bulletin_id", bulletinId),
            new Field("actorId", "user_id", userId),
            new Field("occurredAt", "acknowledged_at", FactRows.instant(rs, "acknowledged_at")),
            new Field("productionId", "safety_bulletin.production_id", rs.getObject("production_id", UUID.class))));
  }
}
