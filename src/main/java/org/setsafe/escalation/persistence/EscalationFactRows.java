package org.setsafe.escalation.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.setsafe.escalation.domain.Step;
import org.setsafe.shared.FactRows;
import org.setsafe.shared.RecordedFactSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Escalation's recorded facts read back from its tables for the ledger's reconciliation: each step that told a
 * level ({@code escalation_step}, one row a step, written in the same transaction as its fact), keyed by report,
 * round and step, with when it was due and when it fired. A missed deadline's row is the once-only marker of the
 * re-escalation, whose own fact names the new round; it is not compared here. Who was told is in the fact and the
 * notification log, not in this table.
 */
@Component
class EscalationFactRows implements RecordedFactSource {

  private static final String ESCALATED = "escalation.report-escalated";

  private final JdbcClient jdbc;

  EscalationFactRows(DataSource dataSource) {
    this.jdbc = FactRows.streaming(dataSource);
  }

  @Override
  public List<FactKind> kinds() {
    return List.of(new FactKind(ESCALATED, "escalation_step", fact -> key(
        UUID.fromString(String.valueOf(fact.get("reportId"))), number(fact.get("round")),
        Step.level(null, 0, number(fact.get("level")), number(fact.get("repeat"))).name())));
  }

  @Override
  public void forEachFact(UUID productionId, Consumer<TableFact> facts) {
    if (productionId == null) {
      return;
    }
    jdbc.sql("SELECT report_id, round, step, production_id, due_at, fired_at FROM escalation_step "
            + "WHERE production_id = ? AND step <> 'deadline' ORDER BY report_id, round, step")
        .param(productionId).query(FactRows.each(facts, EscalationFactRows::step));
  }

  private static TableFact step(ResultSet rs) throws SQLException {
    UUID reportId = rs.getObject("report_id", UUID.class);
    int round = rs.getInt("round");
    Step step = Step.parse(reportId + "/" + round + "/" + rs.getString("step"));
    return new TableFact(ESCALATED, "escalation_step", step.id(), key(reportId, round, step.name()), List.of(
        new Field("reportId", "report_id", reportId),
        new Field("round", "round", round),
        new Field("level", "step", step.level()),
        new Field("repeat", "step", step.repeat()),
        new Field("productionId", "production_id", rs.getObject("production_id", UUID.class)),
        new Field("dueAt", "due_at", FactRows.instant(rs, "due_at")),
        new Field("firedAt", "fired_at", FactRows.instant(rs, "fired_at"))));
  }

  private static String key(UUID reportId, int round, String step) {
    return "step:" + reportId + "/" + round + "/" + step;
  }

  private static int number(Object value) {
    return value instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(value));
  }
}
