package org.setsafe.training.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.training.domain.BriefingStore;
import org.setsafe.training.domain.FirearmsHandlingPolicy.PerformerRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcBriefingStore implements BriefingStore {

  private final JdbcClient jdbc;

  JdbcBriefingStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void insert(StoredBriefing briefing) {
    jdbc.sql("INSERT INTO armorer_briefing (id, production_id, performer_id, armorer_id, given_on, topics, recorded_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(briefing.id(), briefing.productionId(), briefing.performerId(), briefing.armorerId(), briefing.givenOn(),
            briefing.topics(), briefing.recordedAt().atOffset(ZoneOffset.UTC))
        .update();
  }

  @Override
  public List<StoredBriefing> briefings(UUID productionId, UUID performerId) {
    String sql = "SELECT id, production_id, performer_id, armorer_id, given_on, topics, recorded_at FROM armorer_briefing "
        + "WHERE production_id = ?" + (performerId == null ? "" : " AND performer_id = ?")
        + " ORDER BY given_on DESC, recorded_at DESC";
    var statement = jdbc.sql(sql).param(productionId);
    if (performerId != null) {
      statement = statement.param(performerId);
    }
    return statement.query((rs, row) -> briefing(rs)).list();
  }

  @Override
  public BriefedUnderRule briefedUnderRule(UUID productionId, UUID performerId) {
    Objects.requireNonNull(performerId, "performerId");
    // The one-row driver keeps the rule's row when the performer has no briefing, and a row when no rule was set.
    List<BriefingRow> rows = jdbc.sql("SELECT r.briefing_accepted, r.briefing_valid_days, b.id, b.production_id, "
            + "b.performer_id, b.armorer_id, b.given_on, b.topics, b.recorded_at FROM (SELECT 1 AS one) one "
            + "LEFT JOIN (SELECT briefing_accepted, briefing_valid_days FROM performer_training_rule "
            + "WHERE production_id = ? ORDER BY seq DESC LIMIT 1) r ON TRUE "
            + "LEFT JOIN armorer_briefing b ON b.production_id = ? AND b.performer_id = ? "
            + "ORDER BY b.given_on DESC, b.recorded_at DESC")
        .params(productionId, productionId, performerId)
        .query((rs, row) -> new BriefingRow(rs.getObject("briefing_accepted") == null ? null
            : new PerformerRule(rs.getBoolean("briefing_accepted"), rs.getInt("briefing_valid_days")),
            rs.getObject("id") == null ? null : briefing(rs)))
        .list();
    return new BriefedUnderRule(rows.stream().map(BriefingRow::briefing).filter(Objects::nonNull).toList(),
        Optional.ofNullable(rows.get(0).rule()));
  }

  /** One row of a performer's briefings read with the rule: the rule (or null) and one briefing (or null). */
  private record BriefingRow(PerformerRule rule, StoredBriefing briefing) {}

  private static StoredBriefing briefing(ResultSet rs) throws SQLException {
    return new StoredBriefing(rs.getObject("id", UUID.class), rs.getObject("production_id", UUID.class),
        rs.getObject("performer_id", UUID.class), rs.getObject("armorer_id", UUID.class),
        rs.getObject("given_on", LocalDate.class), rs.getString("topics"),
        rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
  }

  @Override
  public void insertRule(UUID id, UUID productionId, PerformerRule rule, UUID setBy, Instant setAt) {
    jdbc.sql("INSERT INTO performer_training_rule (id, production_id, briefing_accepted, briefing_valid_days, set_by, "
            + "set_at) VALUES (?, ?, ?, ?, ?, ?)")
        .params(id, productionId, rule.briefingAccepted(), rule.briefingValidDays(), setBy, setAt.atOffset(ZoneOffset.UTC))
        .update();
  }

  @Override
  public Optional<PerformerRule> rule(UUID productionId) {
    return jdbc.sql("SELECT briefing_accepted, briefing_valid_days FROM performer_training_rule WHERE production_id = ? "
            + "ORDER BY seq DESC LIMIT 1")
        .param(productionId)
        .query((rs, row) -> new PerformerRule(rs.getBoolean("briefing_accepted"), rs.getInt("briefing_valid_days")))
        .optional();
  }
}
